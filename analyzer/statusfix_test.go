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
