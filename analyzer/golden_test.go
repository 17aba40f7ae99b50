package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
)

// TestGoldenFilesTypeCheck loads every fixture package with its .golden
// files in place of the originals: a fix must leave code that compiles
// (imports added under free names, conversions kept, no duplicate cases),
// and code that a second run of the fixes leaves alone.
func TestGoldenFilesTypeCheck(t *testing.T) {
	root := testdata(t)
	goldens, err := filepath.Glob(filepath.Join(root, "src", "*", "*.go.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files found: %v", err)
	}
	overlay := map[string][]byte{}
	dirs := map[string]bool{}
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		overlay[strings.TrimSuffix(g, ".golden")] = data
		dirs[filepath.Dir(g)] = true
	}
	var patterns []string
	for dir := range dirs {
		rel, _ := filepath.Rel(filepath.Join(root, "src"), dir)
		patterns = append(patterns, filepath.ToSlash(rel))
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedTypes | packages.NeedSyntax |
			packages.NeedTypesInfo | packages.NeedTypesSizes | packages.NeedImports | packages.NeedDeps,
		Dir:     filepath.Join(root, "src"),
		Env:     append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
		Overlay: overlay,
		Tests:   false,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != len(patterns) {
		t.Errorf("loaded %d packages for %d patterns", len(pkgs), len(patterns))
	}
	for _, pkg := range pkgs {
		for _, e := range pkg.Errors {
			t.Errorf("%s: fixed code does not compile: %v", pkg.PkgPath, e)
		}
	}
	if t.Failed() {
		return
	}

	// statuslint -fix is idempotent: on the fixed code, no finding has a
	// fix left to apply (a fix to a deprecated name that the next run
	// "fixes" again, say). Each package runs under the configuration its
	// test uses.
	rawOnly := withConfig(func(c *analyzer.Config) { c.Checks = []string{analyzer.CheckRaw} })
	for _, pkg := range pkgs {
		a := analyzer.Analyzer
		if pkg.PkgPath == "raw" { // TestRaw
			a = rawOnly
		}
		graph, err := checker.Analyze([]*analysis.Analyzer{a}, []*packages.Package{pkg}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, act := range graph.Roots {
			if act.Err != nil {
				t.Errorf("%s: %v", act, act.Err)
			}
			for _, d := range act.Diagnostics {
				if len(d.SuggestedFixes) > 0 {
					t.Errorf("%s: a second -fix would change the fixed code again: %s (%s)", pkg.Fset.Position(d.Pos), d.Message, d.SuggestedFixes[0].Message)
				}
			}
		}
	}
}
