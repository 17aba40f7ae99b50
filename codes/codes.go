package codes

import (
	"sort"
	"strconv"
	"strings"
)

// Code is a Clarifai status code. Its values are those of the SDK's
// status.StatusCode; convert with codes.Code(x) and back with
// status.StatusCode(c).
type Code int32

// sdkPrefix is the prefix of the SDK's constant names (StatusCode_SUCCESS).
const sdkPrefix = "StatusCode_"

// Info describes one status code value.
type Info struct {
	Code Code
	// Name is the SDK's name for the code without the StatusCode_ prefix: its
	// current name where it has several. Empty for codes that only the API
	// documentation lists.
	Name string
	// Aliases are further SDK names of the same value, all deprecated.
	Aliases []string
	// Ident is the name of the code's constant in this package (ConnThrottled).
	Ident string
	// Deprecated reports that Name itself is deprecated: the value has no
	// current SDK name.
	Deprecated bool
	// ReplacedBy is the SDK name that Name's deprecation note points to, if any.
	ReplacedBy string
	// InSDK reports that the SDK (clarifai-go-grpc v12.4.0) has a constant
	// for the value.
	InSDK       bool
	Category    Category
	Family      Family
	Description string
}

// Lookup returns the description of c, and false if c is not a known code.
func Lookup(c Code) (Info, bool) {
	i, ok := index(c)
	if !ok {
		return Info{}, false
	}
	return entry(i), true
}

// entry returns table[i] with a slice of its own, so that a caller that
// modifies the Info it was given cannot change the table.
func entry(i int) Info {
	info := table[i]
	if len(info.Aliases) > 0 { // few codes have aliases: the rest cost nothing
		info.Aliases = append([]string(nil), info.Aliases...)
	}
	return info
}

// index finds c in table, which is sorted by value.
func index(c Code) (int, bool) {
	i := sort.Search(len(table), func(i int) bool { return table[i].Code >= c })
	return i, i < len(table) && table[i].Code == c
}

// LookupName returns the code with the given SDK name, written with or
// without the StatusCode_ prefix ("CONN_THROTTLED", "StatusCode_CONN_THROTTLED").
// Deprecated aliases resolve to the code they share a value with.
func LookupName(name string) (Info, bool) {
	i, ok := indexOfName(name)
	if !ok {
		return Info{}, false
	}
	return entry(i), true
}

// indexOfName returns the index in table of the code named name (with or
// without the StatusCode_ prefix).
func indexOfName(name string) (int, bool) {
	name = strings.TrimPrefix(name, sdkPrefix)
	i := sort.Search(len(byName), func(i int) bool { return byName[i].name >= name })
	if i < len(byName) && byName[i].name == name {
		return int(byName[i].index), true
	}
	return 0, false
}

// Deprecation reports whether the SDK name (with or without the StatusCode_
// prefix) is deprecated and, if so, the name that replaces it ("" when the
// SDK names none). A deprecated alias is replaced by the current name of its
// value.
func Deprecation(name string) (replacedBy string, deprecated bool) {
	replacedBy, deprecated = deprecations[strings.TrimPrefix(name, sdkPrefix)]
	return replacedBy, deprecated
}

// deprecations maps each deprecated SDK name to the name that replaces it:
// made once from the table, so that Deprecation, which a linter asks about
// every SDK constant it meets, is one lookup in a small map.
var deprecations = func() map[string]string {
	m := map[string]string{}
	for i := range table {
		info := &table[i]
		for _, alias := range info.Aliases {
			m[alias] = info.Name
		}
		if info.Deprecated {
			m[info.Name] = info.ReplacedBy
		}
	}
	return m
}()

// All returns every known code in increasing order of value.
func All() []Info {
	out := make([]Info, len(table))
	for i := range table {
		out[i] = entry(i)
	}
	return out
}

// InCategory returns the codes of category cat in increasing order of value.
func InCategory(cat Category) []Info {
	var out []Info
	for i := range table {
		if table[i].Category == cat {
			out = append(out, entry(i))
		}
	}
	return out
}

// InFamily returns the codes of family f in increasing order of value.
func InFamily(f Family) []Info {
	var out []Info
	for i := range table {
		if table[i].Family == f {
			out = append(out, entry(i))
		}
	}
	return out
}

// String returns the code's SDK name (CONN_THROTTLED), its identifier in
// this package for codes the SDK does not name, or Code(N) for unknown values.
func (c Code) String() string {
	if i, ok := index(c); ok {
		if table[i].Name != "" {
			return table[i].Name
		}
		return table[i].Ident
	}
	return "Code(" + strconv.Itoa(int(c)) + ")"
}

// Known reports whether c is in the table.
func (c Code) Known() bool {
	_, ok := index(c)
	return ok
}

// Category returns what a caller should do with c; CategoryUnset for ZERO
// and for unknown codes.
func (c Code) Category() Category {
	if i, ok := index(c); ok {
		return table[i].Category
	}
	return CategoryUnset
}

// Family returns the numeric block c lives in. It is defined for unknown
// codes too, as long as they fall in a known block; otherwise FamilyUnknown.
func (c Code) Family() Family {
	i := sort.Search(len(familyBlocks), func(i int) bool { return familyBlocks[i].last >= c })
	if i < len(familyBlocks) && familyBlocks[i].first <= c {
		return familyBlocks[i].family
	}
	return FamilyUnknown
}

// Description returns the documentation's text for c, or "".
func (c Code) Description() string {
	if i, ok := index(c); ok {
		return table[i].Description
	}
	return ""
}

// IsSuccess reports whether c means the call fully succeeded (category success).
func (c Code) IsSuccess() bool { return c.Category() == CategorySuccess }

// IsRetryable reports whether the same request should be retried with backoff
// (category retry).
func (c Code) IsRetryable() bool { return c.Category() == CategoryRetry }

// IsPending reports whether the operation was accepted and is still queued or
// in progress, so the caller should poll again (category pending).
func (c Code) IsPending() bool { return c.Category() == CategoryPending }

// IsTerminal reports whether c is a final outcome: a known code that is
// neither pending, nor retry, nor unset.
func (c Code) IsTerminal() bool {
	switch c.Category() {
	case CategoryUnset, CategoryPending, CategoryRetry:
		return false
	}
	return true
}

// Category is what a caller should do with a status code. Every code has
// exactly one.
type Category uint8

// The categories, in the order the README's table lists them.
const (
	CategoryUnset    Category = iota // ZERO: no status set
	CategorySuccess                  // done, use the result
	CategoryPartial                  // some items succeeded; inspect each item's status
	CategoryPending                  // accepted, queued or in progress; poll again later
	CategoryRetry                    // transient; retry the same request with backoff
	CategoryAuth                     // credentials or permissions are wrong
	CategoryQuota                    // account, plan, billing or long-term limit
	CategoryInvalid                  // the request itself is wrong; fix it, do not retry
	CategoryNotFound                 // the addressed resource does not exist
	CategoryFailed                   // the operation ran and failed
	CategoryInternal                 // server-side error
	numCategories
)

var categoryInfo = [numCategories]struct {
	name, meaning string
	examples      [2]Code
}{
	{"unset", "no status set (ZERO); never required to be handled", [2]Code{Zero, Zero}},
	{"success", "done, use the result", [2]Code{Success, ModelTrained}},
	{"partial", "some items succeeded; inspect each item's status", [2]Code{MixedStatus, EvaluationMixed}},
	{"pending", "accepted, queued or in progress; poll again later", [2]Code{ModelTraining, InputPending}},
	{"retry", "transient; retry the same request with backoff", [2]Code{ConnThrottled, TryAgain}},
	{"auth", "credentials or permissions are wrong; retrying will not help", [2]Code{ConnKeyInvalid, ConnInsufficientScopes}},
	{"quota", "account, plan, billing or long-term limit", [2]Code{ConnExceedMonthlyLimit, ConnAccountIssues}},
	{"invalid", "the request itself is wrong; fix it, do not retry", [2]Code{ConnBadRequestFormat, ModelInvalidArgument}},
	{"not_found", "the addressed resource does not exist", [2]Code{ModelDoesNotExist, InputDoesNotExist}},
	{"failed", "the operation ran and failed", [2]Code{Failure, ModelTrainingFailed}},
	{"internal", "server-side error", [2]Code{InternalServerIssue, InternalUncategorized}},
}

// String returns the category's name as flags and messages spell it
// (success, not_found, …).
func (c Category) String() string {
	if c < numCategories {
		return categoryInfo[c].name
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// Meaning says what the category means for the caller.
func (c Category) Meaning() string {
	if c < numCategories {
		return categoryInfo[c].meaning
	}
	return ""
}

// Examples returns two typical codes of the category, as the README's
// category table shows them: current SDK names, never deprecated ones.
func (c Category) Examples() []Code {
	if c < numCategories {
		ex := categoryInfo[c].examples // a copy: callers may modify the result
		return ex[:]
	}
	return nil
}

// ParseCategory returns the category named s (as String spells it).
func ParseCategory(s string) (Category, bool) {
	for c := range numCategories {
		if categoryInfo[c].name == s {
			return c, true
		}
	}
	return 0, false
}

// Categories returns every category but unset, in order.
func Categories() []Category {
	out := make([]Category, 0, numCategories-1)
	for c := CategorySuccess; c < numCategories; c++ {
		out = append(out, c)
	}
	return out
}

// Family is the part of the API a code comes from: the numeric block it
// lives in, following the SDK's own sections and, where the SDK numbers a
// section's codes by operation, its sub-blocks (input, input cluster, input
// reindex). The codes of one family and category are those one operation
// returns together.
type Family uint8

// FamilyUnknown is the family of values outside every known block.
const FamilyUnknown Family = 0

// String returns the family's name as messages print it ("model training").
func (f Family) String() string {
	if int(f) < len(familyNames) {
		return familyNames[f]
	}
	return "Family(" + strconv.Itoa(int(f)) + ")"
}

// Families returns every known family, in order of their first block.
func Families() []Family {
	out := make([]Family, 0, len(familyNames)-1)
	for f := 1; f < len(familyNames); f++ {
		out = append(out, Family(f))
	}
	return out
}

// ParseFamily returns the family named s (as String spells it: "model training").
func ParseFamily(s string) (Family, bool) {
	for f := 1; f < len(familyNames); f++ {
		if familyNames[f] == s {
			return Family(f), true
		}
	}
	return FamilyUnknown, false
}

// familyBlock is a range of values [first, last] of one family.
type familyBlock struct {
	first, last Code
	family      Family
}

// nameIndex maps an SDK name to its entry in table.
type nameIndex struct {
	name  string
	index uint16
}
