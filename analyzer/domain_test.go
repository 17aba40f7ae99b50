package analyzer

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/codes"
)

// TestDomainRule pins which categories a resource's status is asked to
// handle: the state categories (success, partial, pending, failed) of its
// domain. The input family also holds request errors (INPUT_DUPLICATE,
// INPUT_DOES_NOT_EXIST, …), which an input poll is not asked for; Output and
// WorkflowResult can carry any code and keep every category.
func TestDomainRule(t *testing.T) {
	for resource, want := range map[string][]codes.Category{
		"ModelVersion":              {codes.CategorySuccess, codes.CategoryPending, codes.CategoryFailed},
		"Input":                     {codes.CategorySuccess, codes.CategoryPending, codes.CategoryFailed},
		"Annotation":                {codes.CategorySuccess, codes.CategoryPending, codes.CategoryFailed},
		"WorkflowVersionEvaluation": {codes.CategorySuccess, codes.CategoryPartial, codes.CategoryPending, codes.CategoryFailed},
	} {
		d := domainIndex()[resource]
		if d == nil {
			t.Errorf("%s: no domain", resource)
			continue
		}
		var got []codes.Category
		for _, cat := range codes.Categories() {
			if d.required.has(cat) {
				got = append(got, cat)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: required categories (-want +got):\n%s", resource, diff)
		}
	}
	for _, resource := range []string{"Output", "WorkflowResult"} {
		if d := domainIndex()[resource]; d != nil {
			t.Errorf("%s has a domain in the switch check; its status can carry any code", resource)
		}
	}
	// Every domain the table has, but the two that can carry any code, is
	// in the index, and a required category has current codes to name.
	for _, d := range codes.Domains() {
		info := domainIndex()[d.Resource]
		if d.Any || info == nil {
			if !d.Any {
				t.Errorf("%s: missing from the index", d.Resource)
			}
			continue
		}
		for _, cat := range codes.Categories() {
			if info.required.has(cat) && len(info.current[cat]) == 0 {
				t.Errorf("%s: %s is required but has no current code", d.Resource, cat)
			}
		}
	}
	// App duplication codes are all deprecated: nothing is demanded.
	if d := domainIndex()["AppDuplication"]; d == nil || d.required != 0 {
		t.Errorf("AppDuplication: want a domain that requires nothing, got %+v", d)
	}
}
