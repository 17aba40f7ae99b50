package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestGoldenFilesTypeCheck loads every fixture package with its .golden
// files in place of the originals: a fix must leave code that compiles
// (imports added under free names, conversions kept, no duplicate cases).
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
		Mode:    packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
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
}
