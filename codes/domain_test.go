package codes_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/codes"
)

// TestDomainsPinned pins the reviewed status domains: every resource, its
// noun, families and the categories they bring, so that a change to
// data/domains.tsv is a visible diff here.
func TestDomainsPinned(t *testing.T) {
	type row struct {
		Resource, Subject string
		Families          []codes.Family
		Any               bool
		Categories        []codes.Category
	}
	const (
		success  = codes.CategorySuccess
		partial  = codes.CategoryPartial
		pending  = codes.CategoryPending
		retry    = codes.CategoryRetry
		auth     = codes.CategoryAuth
		invalid  = codes.CategoryInvalid
		notFound = codes.CategoryNotFound
		failed   = codes.CategoryFailed
		internal = codes.CategoryInternal
	)
	fams := func(f ...codes.Family) []codes.Family { return f }
	cats := func(c ...codes.Category) []codes.Category { return c }
	job := cats(success, pending, invalid, failed, internal)
	want := []row{
		{"Annotation", "annotation", fams(codes.FamilyAnnotation), false, cats(success, pending, auth, invalid, failed, internal)},
		{"AnnotationTrack", "annotation track", fams(codes.FamilyAnnotationTrack), false, cats(success, pending, failed)},
		{"Input", "input", fams(codes.FamilyInput), false, cats(success, pending, retry, auth, invalid, notFound, failed)},
		{"DatasetVersion", "dataset version", fams(codes.FamilyDataset), false, cats(success, pending, invalid, failed, internal)},
		{"DatasetVersionExport", "dataset version export", fams(codes.FamilyDatasetExport), false, cats(success, pending, failed, internal)},
		{"ModelVersion", "model version", fams(codes.FamilyModelTraining), false, cats(success, pending, invalid, failed, internal)},
		{"ModelVersionExport", "model version export", fams(codes.FamilyModelExport), false, cats(success, pending, failed)},
		{"EvalMetrics", "model evaluation", fams(codes.FamilyModelEvaluation), false, cats(success, pending, invalid, failed)},
		{"Output", "output", nil, true, codes.Categories()},
		{"WorkflowResult", "workflow result", nil, true, codes.Categories()},
		{"AppDuplication", "app duplication", fams(codes.FamilyAppDuplication), false, cats(success, pending, invalid, failed)},
		{"LabelOrder", "label order", fams(codes.FamilyLabelOrder), false, cats(success, pending, failed)},
		{"Task", "task", fams(codes.FamilyTask), false, cats(success, pending, auth, invalid, notFound, failed)},
		{"TaskAssignment", "task assignment", fams(codes.FamilyTaskAssignment), false, cats(success, pending, failed)},
		{"BulkOperation", "bulk operation", fams(codes.FamilyBulkOperation), false, cats(success, pending, invalid, failed, internal)},
		{"InputsAddJob", "inputs-add job", fams(codes.FamilyJob), false, job},
		{"Upload", "upload", fams(codes.FamilyUpload), false, cats(success, pending, invalid, failed, internal)},
		{"InputsExtractionJob", "inputs extraction job", fams(codes.FamilyJob, codes.FamilyListObjects, codes.FamilyArchive), false, job},
		{"ProcessingInfo", "runner item", fams(codes.FamilyRunner), false, cats(success, pending, retry, auth, invalid, notFound, failed)},
		{"WorkflowVersionEvaluation", "workflow version evaluation", fams(codes.FamilyEvaluation), false, cats(success, partial, pending, invalid, failed, internal)},
		{"PipelineStepVersion", "pipeline step version", fams(codes.FamilyPipelineStep), false, cats(success, pending, invalid, notFound, failed, internal)},
		{"OrchestrationStatus", "pipeline version run", fams(codes.FamilyJob), false, job},
		{"PipelineVersionRunStatusLog", "pipeline version run", fams(codes.FamilyJob), false, job},
	}
	var got []row
	for _, d := range codes.Domains() {
		got = append(got, row{d.Resource, d.Subject, d.Families, d.Any, d.Categories()})
		// Each row names the SDK field it is decided from and, unless it
		// carries any code, the code block.
		if !strings.HasPrefix(d.Source, "resources.pb.go "+d.Resource+".Status") {
			t.Errorf("%s: source %q does not start with the field it comes from", d.Resource, d.Source)
		}
		if !d.Any && !strings.Contains(d.Source, "status_code.pb.go") {
			t.Errorf("%s: source %q names no code block of status_code.pb.go", d.Resource, d.Source)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("domains changed (-want +got); if intended, review the data and update the test:\n%s", diff)
	}
	// resources.pb.go of SDK v12.4.0 has 23 types with a Status field.
	if len(got) != 23 {
		t.Errorf("%d domains, want 23", len(got))
	}
}

func TestDomainOf(t *testing.T) {
	d, ok := codes.DomainOf("ModelVersion")
	if !ok {
		t.Fatal("DomainOf(ModelVersion) failed")
	}
	if got, want := d.Noun(), "the model version's status"; got != want {
		t.Errorf("Noun = %q, want %q", got, want)
	}
	for c, want := range map[codes.Code]bool{
		codes.ModelTrainingFailed:    true,
		codes.ModelQueuedForTraining: true,
		codes.Code(21149):            true, // unknown, but in the model training block
		codes.ConnThrottled:          false,
		codes.ModelDeploying:         false,
		codes.Success:                false,
	} {
		if got := d.Contains(c); got != want {
			t.Errorf("ModelVersion's domain contains %s: %v, want %v", c, got, want)
		}
	}
	for _, info := range d.Codes() {
		if info.Family != codes.FamilyModelTraining {
			t.Errorf("ModelVersion's domain lists %s of family %s", info.Code, info.Family)
		}
	}
	if got, want := len(d.Codes()), len(codes.InFamily(codes.FamilyModelTraining)); got != want {
		t.Errorf("ModelVersion's domain has %d codes, want %d", got, want)
	}

	out, ok := codes.DomainOf("Output")
	if !ok || !out.Any || out.Families != nil {
		t.Fatalf("DomainOf(Output) = %+v, %v; want any code", out, ok)
	}
	if !out.Contains(codes.ConnThrottled) || !out.Contains(codes.Code(12345)) || len(out.Codes()) != len(codes.All()) {
		t.Error("Output's domain does not hold every code")
	}
	if got, want := out.Noun(), "the output's status"; got != want {
		t.Errorf("Noun = %q, want %q", got, want)
	}

	for _, name := range []string{"", "modelversion", "Model", "Status", "PostModelOutputsResponse"} {
		if d, ok := codes.DomainOf(name); ok {
			t.Errorf("DomainOf(%q) = %+v, want none", name, d)
		}
	}
	for _, d := range codes.Domains() {
		if got, ok := codes.DomainOf(d.Resource); !ok || !cmp.Equal(got, d) {
			t.Errorf("DomainOf(%s) = %+v, %v; want %+v", d.Resource, got, ok, d)
		}
		if d.Any != (d.Families == nil) {
			t.Errorf("%s: Any %v with families %v", d.Resource, d.Any, d.Families)
		}
		for _, c := range d.Categories() {
			if c == codes.CategoryUnset {
				t.Errorf("%s: categories hold unset", d.Resource)
			}
		}
	}
}

// TestDomainsAreCopies checks that modifying a returned Domain leaves the
// table as it was.
func TestDomainsAreCopies(t *testing.T) {
	want, _ := codes.DomainOf("InputsExtractionJob")
	want.Families = append([]codes.Family(nil), want.Families...)
	for name, get := range map[string]func() codes.Domain{
		"DomainOf": func() codes.Domain { d, _ := codes.DomainOf("InputsExtractionJob"); return d },
		"Domains": func() codes.Domain {
			for _, d := range codes.Domains() {
				if d.Resource == "InputsExtractionJob" {
					return d
				}
			}
			t.Fatal("Domains lacks InputsExtractionJob")
			return codes.Domain{}
		},
	} {
		d := get()
		d.Families[0] = codes.FamilyConnection
		if got, _ := codes.DomainOf("InputsExtractionJob"); !cmp.Equal(got, want) {
			t.Errorf("modifying the result of %s changed the table: %+v, want %+v", name, got, want)
		}
	}
}
