package analyzer

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestReadNextAgrees checks allReadNext's shortcut against the uses index
// it stands in for: every unchecked fixture gives the same findings, and
// the same fixes, with every function judged on its index. The shortcut
// decides most functions of real code, and is only right while it says
// what judgeResponse would.
func TestReadNextAgrees(t *testing.T) {
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures := []string{
		"unchecked", "uncheckedoneline", "uncheckedflow", "uncheckedrest", "uncheckedrestnoctx",
		"uncheckedrestvia", "uncheckedwrap", "uncheckedwrap/fields", "uncheckedwrapnoctx", "testvariant", "oldsdk",
	}
	findings := func(indexAll bool) []string {
		cfg := DefaultConfig()
		cfg.indexAll = indexAll
		var list []string
		for _, r := range analysistest.Run(t, dir, New(cfg), fixtures...) {
			for _, d := range r.Diagnostics {
				list = append(list, fmt.Sprintf("%s: %s (%d fixes)", r.Pass.Fset.Position(d.Pos), d.Message, len(d.SuggestedFixes)))
			}
		}
		return list
	}
	short, indexed := findings(false), findings(true)
	if len(short) < 100 {
		t.Errorf("the fixtures give %d findings: the test compares too little", len(short))
	}
	if diff := cmp.Diff(indexed, short); diff != "" {
		t.Errorf("findings differ with the shortcut (-index +shortcut):\n%s", diff)
	}
}
