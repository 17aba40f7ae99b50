package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
)

// testdata is the top-level testdata directory: a GOPATH tree with the
// stand-in SDK and the fixtures.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// withConfig returns an analyzer built from the default configuration
// changed by edit: analyzers with different settings live side by side.
func withConfig(edit func(*analyzer.Config)) *analysis.Analyzer {
	cfg := analyzer.DefaultConfig()
	if edit != nil {
		edit(&cfg)
	}
	return analyzer.New(cfg)
}

func TestRaw(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) { c.Checks = []string{analyzer.CheckRaw} })
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "raw")
}
