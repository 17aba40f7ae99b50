package driver

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
)

// TestLoadAgreesWithChecker holds the driver's loader and runner, which
// analyze a package while later ones still type-check, to what they stand
// in for: go/packages in LoadSyntax mode, then x/tools' checker on the
// named packages, with facts from the named imports only. Both run the
// statuslint analyzer on the fixtures, with their tests, in GOPATH mode:
// wrappers whose facts cross packages (uncheckedwrap/...), test variants;
// the findings, their fixes, the packages' errors and which analyses
// failed must be the same.
func TestLoadAgreesWithChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the fixtures twice with go list")
	}
	src, err := filepath.Abs("../../testdata/src")
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOPATH", filepath.Dir(src))
	t.Setenv("GO111MODULE", "off")
	t.Setenv("GOFLAGS", "")
	t.Chdir(src)
	patterns := []string{"uncheckedwrap/...", "uncheckedrestvia", "uncheckedrest/...", "chains", "testvariant", "switches", "raw", "deprecated", "negative", "mytypes", "usertypes"}

	// The driver's way (it prints load errors, which these have none of).
	logf := log.New(io.Discard, "", 0).Printf
	graph, loadFailed, err := analyze(analyzer.Analyzer, patterns, DefaultOptions(), io.Discard, logf)
	if err != nil {
		t.Fatal(err)
	}
	got := summarize(graph)

	// The checker's way.
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: true}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	wantFailed := packages.PrintErrors(pkgs) > 0
	named := map[*packages.Package]bool{}
	for _, p := range pkgs {
		named[p] = true
	}
	for _, p := range pkgs {
		kept := map[string]*packages.Package{}
		for path, imp := range p.Imports {
			if named[imp] {
				kept[path] = imp
			}
		}
		p.Imports = kept
	}
	want, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantLines := summarize(want)

	if loadFailed != wantFailed {
		t.Errorf("load failed: %v, go/packages: %v", loadFailed, wantFailed)
	}
	if diff := cmp.Diff(wantLines, got); diff != "" {
		t.Errorf("driver's findings differ from the checker's (-checker +driver):\n%s", diff)
	}
	if n := len(got); n < 100 {
		t.Errorf("%d lines of findings: the fixtures hold more; did they load?", n)
	}
}

// summarize lists the root actions' outcomes, one line each, sorted: the
// package, its errors, the analysis error, each finding with its fixes.
func summarize(g *checker.Graph) []string {
	var lines []string
	for act := range g.All() {
		if !act.IsRoot {
			continue
		}
		p := act.Package
		for _, e := range p.Errors {
			lines = append(lines, fmt.Sprintf("%s: error %s", p.ID, e))
		}
		if act.Err != nil {
			lines = append(lines, fmt.Sprintf("%s: failed %v", p.ID, act.Err))
		}
		for _, d := range act.Diagnostics {
			line := fmt.Sprintf("%s: %s: %s (%s) %s", p.ID, p.Fset.Position(d.Pos), d.Message, d.Category, d.URL)
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					line += fmt.Sprintf(" [%s %d-%d %q]", f.Message, p.Fset.Position(e.Pos).Offset, p.Fset.Position(e.End).Offset, e.NewText)
				}
			}
			lines = append(lines, strings.ReplaceAll(line, filepath.Dir(os.Getenv("GOPATH")), ""))
		}
	}
	slices.Sort(lines)
	return lines
}

// TestNeedSource checks which packages the loader type-checks from source,
// whatever the order of the named packages: the named ones, those that
// import one (export data cannot refer to a package from source), and one
// without export data; and which come from export data: the others that a
// package from source imports.
func TestNeedSource(t *testing.T) {
	pkg := func(path, export string, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: path, PkgPath: path, Name: filepath.Base(path), ExportFile: export, Imports: map[string]*packages.Package{}}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	leaf := pkg("x/leaf", "leaf.a")            // imported by a named package only
	deep := pkg("x/deep", "deep.a")            // imported by leaf only
	named1 := pkg("x/named1", "n1.a", leaf)    // named
	between := pkg("x/between", "b.a", named1) // not named, imports a named package
	broken := pkg("x/broken", "")              // no export data
	named2 := pkg("x/named2", "n2.a", between, broken)
	leaf.Imports[deep.PkgPath] = deep

	type need struct{ Src, Types bool }
	want := map[string]need{
		"x/leaf": {false, true}, "x/deep": {false, false}, "x/named1": {true, true},
		"x/between": {true, true}, "x/broken": {true, true}, "x/named2": {true, true},
	}
	for _, roots := range [][]*packages.Package{{named2, named1}, {named1, named2}} {
		l := newLoader(roots)
		got := map[string]need{}
		for p, n := range l.nodes {
			got[p.PkgPath] = need{n.needsrc, n.needtypes}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("roots %s, %s: (-want +got):\n%s", roots[0].PkgPath, roots[1].PkgPath, diff)
		}
	}
}
