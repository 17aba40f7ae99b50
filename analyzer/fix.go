package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

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

// importedAs returns the name under which the current file imports path
// and can use it at pos: "." for a dot import.
func (c *fileChecker) importedAs(path, base string, pos token.Pos) (string, bool) {
	scope := c.pass.Pkg.Scope().Innermost(pos)
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
// by an import, not at package level, not in any scope of the file.
func (c *fileChecker) freeInFile(name string) bool {
	if c.importsName(name) || c.pass.Pkg.Scope().Lookup(name) != nil {
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
// file: on a line of its own at the end of its first import declaration
// (so that the last spec keeps its trailing comment), or after the package
// clause.
func (c *fileChecker) addImport(name, pkgName, path string) []analysis.TextEdit {
	spec := strconv.Quote(path)
	if name != pkgName {
		spec = name + " " + spec
	}
	insert := func(pos token.Pos, text string) []analysis.TextEdit {
		return []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}}
	}
	f := c.file
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if !gen.Lparen.IsValid() {
			return insert(gen.End(), "\nimport "+spec)
		}
		tf := c.pass.Fset.File(gen.Rparen)
		last := tf.Line(gen.Lparen)
		if n := len(gen.Specs); n > 0 {
			last = tf.Line(gen.Specs[n-1].End())
		}
		if rparen := tf.Line(gen.Rparen); rparen > last {
			return insert(tf.LineStart(rparen), "\t"+spec+"\n")
		}
		return insert(gen.Rparen, "\n\t"+spec+"\n")
	}
	return insert(f.Name.End(), "\n\nimport "+spec)
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
