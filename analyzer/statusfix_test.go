package analyzer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
)

// TestAppendEdits: the parts of a fix that need the same import (the check's
// status.StatusCode_SUCCESS and a zero value status.StatusCode_ZERO) add it
// once; a fix with the same insertion twice would import the package twice.
func TestAppendEdits(t *testing.T) {
	status := analysis.TextEdit{Pos: 10, End: 10, NewText: []byte("\n\t\"status\"")}
	fmt := analysis.TextEdit{Pos: 10, End: 10, NewText: []byte("\n\t\"fmt\"")}
	got := appendEdits([]analysis.TextEdit{status}, status, fmt, fmt)
	want := []analysis.TextEdit{status, fmt}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("appendEdits (-want +got):\n%s", diff)
	}
}

// TestErrorPrefix: the unchecked fix's error string starts with the callee,
// lower-cased where it is one capitalised word that would read as a
// capitalised error string.
func TestErrorPrefix(t *testing.T) {
	got := map[string]string{}
	for _, name := range []string{"PostModelOutputs", "Recv", "Predict", "predict", "GetV2", "X", "Ünits", "listAll"} {
		got[name] = errorPrefix(name)
	}
	want := map[string]string{
		"PostModelOutputs": "PostModelOutputs",
		"Recv":             "recv",
		"Predict":          "predict",
		"predict":          "predict",
		"GetV2":            "GetV2",
		"X":                "x",
		"Ünits":            "ünits",
		"listAll":          "listAll",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errorPrefix (-want +got):\n%s", diff)
	}
}
