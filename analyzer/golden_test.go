package analyzer_test

import (
	"cmp"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
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

// TestFixesInPlace applies the fixes of the importorder fixture without
// formatting the result, as a driver that does not run gofmt would: the
// imports they add must land in their sorted place in the right group, so
// that the result equals the golden file byte for byte and is gofmt-clean.
func TestFixesInPlace(t *testing.T) {
	results := analysistest.Run(t, testdata(t), analyzer.Analyzer, "importorder")
	edits := map[string][]textEdit{}
	seen := map[string]map[textEdit]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			for _, e := range d.SuggestedFixes[0].TextEdits {
				tf := r.Pass.Fset.File(e.Pos)
				de := textEdit{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)}
				if seen[tf.Name()] == nil {
					seen[tf.Name()] = map[textEdit]bool{}
				}
				if !seen[tf.Name()][de] { // fixes that add one import agree
					seen[tf.Name()][de] = true
					edits[tf.Name()] = append(edits[tf.Name()], de)
				}
			}
		}
	}
	if len(edits) == 0 {
		t.Fatal("no fixes: the test checks nothing")
	}
	for name, es := range edits {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		got := applyEdits(src, es)
		want, err := os.ReadFile(name + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: fixed without formatting:\n%s\nwant:\n%s", name, got, want)
		}
		if formatted, err := format.Source(got); err != nil || string(formatted) != string(got) {
			t.Errorf("%s: the fixed file is not gofmt-clean (%v)", name, err)
		}
	}
}

// textEdit is an edit of a file's bytes.
type textEdit struct {
	start, end int
	text       string
}

// applyEdits applies edits that do not overlap, in the order given where
// they insert at one offset.
func applyEdits(src []byte, edits []textEdit) []byte {
	slices.SortStableFunc(edits, func(a, b textEdit) int { return cmp.Compare(a.start, b.start) })
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(append(out, src[last:e.start]...), e.text...)
		last = e.end
	}
	return append(out, src[last:]...)
}
