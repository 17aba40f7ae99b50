package codes

// Domain is the set of codes that the Status field of one SDK resource can
// carry: a model version's status holds model training codes (MODEL_TRAINED,
// MODEL_TRAINING, MODEL_TRAINING_FAILED, …), never CONN_THROTTLED, which
// arrives on the response's own status. The table is reviewed data
// (data/domains.tsv), each row with its source in the SDK.
type Domain struct {
	// Resource is the SDK's Go type name of the resource (ModelVersion).
	Resource string
	// Subject is the noun messages use for the resource ("model version").
	Subject string
	// Families are the families of the codes the status can carry, in the
	// order of Families(); nil when Any.
	Families []Family
	// Any reports that the status can carry every code: a prediction's
	// (Output, WorkflowResult), like a response's own status.
	Any bool
	// Source says where in the SDK (clarifai-go-grpc v12.4.0) the row comes
	// from: the field's proto comment and the code block it points to.
	Source string
}

// DomainOf returns the domain of the Status field of the SDK type named
// resource ("ModelVersion", "Input"), and false if that type has no domain
// in the table.
func DomainOf(resource string) (Domain, bool) {
	for i := range domains {
		if domains[i].Resource == resource {
			return domains[i].clone(), true
		}
	}
	return Domain{}, false
}

// Domains returns every domain, in the order the SDK's resources.pb.go
// declares the types.
func Domains() []Domain {
	out := make([]Domain, len(domains))
	for i := range domains {
		out[i] = domains[i].clone()
	}
	return out
}

// clone returns d with a Families slice of its own, so that callers cannot
// change the table.
func (d Domain) clone() Domain {
	if d.Families != nil {
		d.Families = append([]Family(nil), d.Families...)
	}
	return d
}

// Noun names the status in messages: "the model version's status".
func (d Domain) Noun() string {
	return "the " + d.Subject + "'s status"
}

// Contains reports whether the status can carry c: c's family is one of
// d's, or d is Any. Like Code.Family, it holds for codes newer than the
// table that fall in a known block.
func (d Domain) Contains(c Code) bool {
	if d.Any {
		return true
	}
	f := c.Family()
	for _, g := range d.Families {
		if g == f {
			return true
		}
	}
	return false
}

// Codes returns the known codes the status can carry (every code for Any),
// in increasing order of value, deprecated ones included.
func (d Domain) Codes() []Info {
	var out []Info
	for i := range table {
		if d.Contains(table[i].Code) {
			out = append(out, entry(i))
		}
	}
	return out
}

// Categories returns the categories of the codes the status can carry, in
// the order of Categories(); never CategoryUnset. For Any, every category.
func (d Domain) Categories() []Category {
	var has [numCategories]bool
	for i := range table {
		if d.Contains(table[i].Code) {
			has[table[i].Category] = true
		}
	}
	var out []Category
	for _, c := range Categories() {
		if has[c] {
			out = append(out, c)
		}
	}
	return out
}
