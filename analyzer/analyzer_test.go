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

func TestRawImports(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "rawalias", "rawimport")
}

func TestOtherSDKVersion(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "oldsdk")
}

func TestNegative(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "negative")
}

func TestREST(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "rest", "restcodes")
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "restnocontext")
}

func TestRESTOff(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) { c.REST = false })
	analysistest.Run(t, testdata(t), a, "restnocontext")
}

func TestDeprecated(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "deprecated")
}

func TestDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "directives")
}

// TestGenerated checks that generated files are skipped and that their
// literal is no fix target; -generated is covered by TestGeneratedFlag.
func TestGenerated(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "generated")
}

func TestSwitches(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "switches")
}
