package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file names packages for fixes: the qualifier a file can write a
// constant with, and the import edit when it has none. Messages name the
// same qualifier, so that they show what the fix writes.

// qualifier returns how the current file can refer to package pkg at pos:
// the name it imports pkg under, unless something at pos shadows it; else a
// name free in the whole file, with the edit that adds the import. A
// shadowed import is treated as a missing one. Every fix in a file adds the
// same name, so that fixes applied together import pkg once. ok is false
// when no name can be found.
func (c *fileChecker) qualifier(pkg *types.Package, pos token.Pos) (name string, edits []analysis.TextEdit, ok bool) {
	return c.qualifierFor(unvendor(pkg.Path()), pkg.Name(), pos)
}

// qualifierFor is qualifier for the package at path, whose package name is
// base, which the build need not have loaded (fmt, for a fix that calls
// fmt.Errorf).
func (c *fileChecker) qualifierFor(path, base string, pos token.Pos) (name string, edits []analysis.TextEdit, ok bool) {
	if name, ok := c.importedAs(path, base, pos); ok {
		return name, nil, true
	}
	name, ok = c.addedName(path, base)
	if !ok {
		return "", nil, false
	}
	return name, c.addImport(name, base, path), true
}

// scopeAt returns the innermost scope at pos. Package.Scope().Innermost
// tries every file's scope and then every function's of the file; fixes
// come in source order, many in one function, so the search starts from
// the function (or other scope below the file's) of the last answer when
// that contains pos.
func (c *fileChecker) scopeAt(pos token.Pos) *types.Scope {
	if s := c.lastScope; s != nil && s.Contains(pos) {
		return s.Innermost(pos)
	}
	inner := c.pass.Pkg.Scope().Innermost(pos)
	c.lastScope = nil
	for s := inner; s != nil && s.Parent() != nil; s = s.Parent() {
		if p := s.Parent(); p.Parent() == c.pass.Pkg.Scope() { // p is a file's scope
			c.lastScope = s
			break
		}
	}
	return inner
}

// importedAs returns the name under which the current file imports path
// and can use it at pos: "." for a dot import.
func (c *fileChecker) importedAs(path, base string, pos token.Pos) (string, bool) {
	scope := c.scopeAt(pos)
	if scope == nil {
		return "", false
	}
	for _, spec := range c.file.Imports {
		if importPath(spec) != path {
			continue
		}
		name := base
		if spec.Name != nil {
			name = spec.Name.Name
		}
		switch name {
		case "_":
			continue
		case ".":
			return ".", true
		}
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			if pn, ok := obj.(*types.PkgName); ok && unvendor(pn.Imported().Path()) == path {
				return name, true
			}
		}
	}
	return "", false
}

// addedName returns the name under which fixes in the current file import
// path: its package name base if free, else, for the SDK, its customary
// statuspb (files often import gRPC's status package as status), then other
// spellings.
func (c *fileChecker) addedName(path, base string) (string, bool) {
	if name, ok := c.added[path]; ok {
		return name, name != ""
	}
	cands := []string{base, base + "2", base + "3"}
	if path == sdkStatus {
		cands = []string{base, base + "pb", "clarifai" + base, base + "2", base + "3"}
	}
	name := ""
	for _, cand := range cands {
		if c.freeInFile(cand) {
			name = cand
			break
		}
	}
	if c.added == nil {
		c.added = map[string]string{}
	}
	c.added[path] = name
	return name, name != ""
}

// freeInFile reports whether name is bound nowhere in the current file: not
// by an import, not at package level (in the package's own _test.go files
// too), not in any scope of the file. The answer is the same in a pass over
// the package and in one over its test variant, so that the fixes of a file
// that both check agree, and an import added to a.go cannot collide with a
// func status in a_test.go.
func (c *fileChecker) freeInFile(name string) bool {
	if c.importsName(name) || c.pass.Pkg.Scope().Lookup(name) != nil || c.testDeclares(name) {
		return false
	}
	var declared func(s *types.Scope) bool
	declared = func(s *types.Scope) bool {
		if s.Lookup(name) != nil {
			return true
		}
		for child := range s.Children() {
			if declared(child) {
				return true
			}
		}
		return false
	}
	fileScope := c.pass.TypesInfo.Scopes[c.file]
	return fileScope == nil || !declared(fileScope)
}

// testDeclares reports whether the package's own _test.go files, which a
// pass over the package without its tests does not see, declare name at
// package level. They are read once per pass, and only by a fix that adds
// an import, from the directory of the package's files; a pass over the
// test variant has them in its scope already.
func (p *pkgChecker) testDeclares(name string) bool {
	if p.testNames == nil {
		p.testNames = p.readTestNames()
	}
	return p.testNames[name]
}

func (p *pkgChecker) readTestNames() map[string]bool {
	names := map[string]bool{}
	if len(p.pass.Files) == 0 || strings.HasSuffix(p.pass.Pkg.Name(), "_test") {
		return names
	}
	for _, f := range p.pass.Files {
		if isTestFile(p.pass.Fset, f) {
			return names // the test variant
		}
	}
	// The directories of the files' positions, not of their token.Files:
	// cgo compiles rewrites kept in the build cache.
	var dirs []string
	for _, f := range p.pass.Files {
		if dir := filepath.Dir(p.pass.Fset.Position(f.Package).Filename); filepath.IsAbs(dir) && !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		p.readTestNamesIn(fset, dir, names)
	}
	return names
}

// readTestNamesIn adds the package-level names of the _test.go files of the
// package in dir to names.
func (p *pkgChecker) readTestNamesIn(fset *token.FileSet, dir string, names map[string]bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, _ := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if f == nil || f.Name.Name != p.pass.Pkg.Name() {
			continue // an external test package's names are its own
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					names[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch spec := spec.(type) {
					case *ast.ValueSpec:
						for _, id := range spec.Names {
							names[id.Name] = true
						}
					case *ast.TypeSpec:
						names[spec.Name.Name] = true
					}
				}
			}
		}
	}
}

// importsName reports whether the current file binds name to an import.
func (c *fileChecker) importsName(name string) bool {
	for _, spec := range c.file.Imports {
		bound := ""
		if spec.Name != nil {
			bound = spec.Name.Name
		} else if obj := c.pass.TypesInfo.Implicits[spec]; obj != nil {
			bound = obj.Name()
		}
		if bound == name {
			return true
		}
	}
	return false
}

// addImport returns the edit that imports path as name into the current
// file, where gofmt and goimports would keep it: in its sorted place in the
// group of its kind in the file's first import declaration (the standard
// library with the standard library; another package with the group holding
// the import that shares the longest prefix with it), on a line of its own;
// in a new group where the file has none of its kind; after the package
// clause where the file imports nothing.
func (c *fileChecker) addImport(name, pkgName, path string) []analysis.TextEdit {
	spec := strconv.Quote(path)
	if name != pkgName {
		spec = name + " " + spec
	}
	insert := func(pos token.Pos, text string) []analysis.TextEdit {
		return []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}}
	}
	var gen *ast.GenDecl
	for _, decl := range c.file.Decls {
		d, ok := decl.(*ast.GenDecl)
		if !ok || d.Tok != token.IMPORT {
			continue
		}
		if gen == nil || !gen.Lparen.IsValid() && d.Lparen.IsValid() || isCImport(gen) && !isCImport(d) {
			gen = d // the first with parentheses, not cgo's import "C"
		}
	}
	switch {
	case gen == nil:
		return insert(c.file.Name.End(), "\n\nimport "+spec)
	case !gen.Lparen.IsValid() || len(gen.Specs) == 0:
		return insert(gen.End(), "\nimport "+spec)
	}
	tf := c.pass.Fset.File(gen.Lparen)
	line := func(pos token.Pos) int { return tf.Line(pos) }
	start := func(s ast.Spec) token.Pos {
		if is := s.(*ast.ImportSpec); is.Doc != nil {
			return is.Doc.Pos()
		}
		return s.Pos()
	}
	// The groups: runs of specs without a blank line between them.
	type group struct{ first, last int }
	var groups []group
	for i, s := range gen.Specs {
		if i > 0 && line(start(s)) <= line(gen.Specs[i-1].End())+1 {
			groups[len(groups)-1].last = i
			continue
		}
		groups = append(groups, group{i, i})
	}
	// The group to join: one of the same kind, else one that mixes kinds
	// and holds some of this kind; the first such for the standard
	// library, else the one whose import shares the longest prefix.
	std := isStdPath(path)
	best, bestRank, bestLen := -1, 0, -1
	for gi, g := range groups {
		same, other, prefix := 0, 0, 0
		for _, s := range gen.Specs[g.first : g.last+1] {
			p := importPath(s.(*ast.ImportSpec))
			if isStdPath(p) != std {
				other++
				continue
			}
			same++
			prefix = max(prefix, commonPrefix(p, path))
		}
		rank := 0
		switch {
		case same > 0 && other == 0:
			rank = 2
		case same > 0:
			rank = 1
		}
		if rank > bestRank || rank == bestRank && rank > 0 && !std && prefix > bestLen {
			best, bestRank, bestLen = gi, rank, prefix
		}
	}
	// lineAfter is the start of the line after the spec i, or NoPos when
	// the spec shares its line with the closing parenthesis.
	lineAfter := func(i int) token.Pos {
		l := line(gen.Specs[i].End())
		if l >= line(gen.Rparen) {
			return token.NoPos
		}
		return tf.LineStart(l + 1)
	}
	if best < 0 {
		if std { // a new group at the top
			return insert(tf.LineStart(line(start(gen.Specs[0]))), "\t"+spec+"\n\n")
		}
		if pos := lineAfter(len(gen.Specs) - 1); pos.IsValid() { // a new group at the bottom
			return insert(pos, "\n\t"+spec+"\n")
		}
		return insert(gen.Rparen, "\n\n\t"+spec+"\n")
	}
	g := groups[best]
	for i := g.first; i <= g.last; i++ {
		if importPath(gen.Specs[i].(*ast.ImportSpec)) > path {
			if l := line(start(gen.Specs[i])); i > 0 && l == line(gen.Specs[i-1].End()) || l == line(gen.Lparen) {
				break // shares its line: fall back to after the group
			}
			return insert(tf.LineStart(line(start(gen.Specs[i]))), "\t"+spec+"\n")
		}
	}
	if pos := lineAfter(g.last); pos.IsValid() {
		return insert(pos, "\t"+spec+"\n")
	}
	return insert(gen.Rparen, "\n\t"+spec+"\n")
}

// isCImport reports whether gen is cgo's import "C" alone.
func isCImport(gen *ast.GenDecl) bool {
	return len(gen.Specs) == 1 && importPath(gen.Specs[0].(*ast.ImportSpec)) == "C"
}

// isStdPath reports whether path is a standard library package's, as
// goimports tells them: no dot in its first element.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// codesQualifier is qualifier for this project's codes package, which a
// REST fix may name only if the package already depends on it: otherwise the
// added import might not compile.
func (c *fileChecker) codesQualifier(pos token.Pos) (string, []analysis.TextEdit, bool) {
	for _, imp := range c.pass.Pkg.Imports() {
		if unvendor(imp.Path()) == codesPath {
			return c.qualifier(imp, pos)
		}
	}
	return "", nil, false
}

// qualify writes name as the file refers to it: qual.name, or name alone
// under a dot import.
func qualify(qual, name string) string {
	if qual == "." {
		return name
	}
	return qual + "." + name
}
