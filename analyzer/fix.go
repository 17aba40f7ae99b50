package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// fileState is what the walk knows of the file it is in.
type fileState struct {
	file      *ast.File
	generated bool
	ignore    map[int]bool // lines covered by //statuslint:ignore
}

func (c *checker) newFileState(f *ast.File) *fileState {
	return &fileState{file: f, generated: ast.IsGenerated(f)}
}

// qualifier returns the name under which the current file can refer to
// package pkg at pos: the name it imports it under, or a free name with the
// edit that adds the import. ok is false when no fix can name it (the import
// is shadowed at pos).
func (c *checker) qualifier(pkg *types.Package, pos token.Pos) (name string, edits []analysis.TextEdit, ok bool) {
	path := unvendor(pkg.Path())
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	for _, spec := range c.file.file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != path {
			continue
		}
		switch {
		case spec.Name == nil:
			name = pkg.Name()
		case spec.Name.Name == "_":
			continue
		case spec.Name.Name == ".":
			return ".", nil, true
		default:
			name = spec.Name.Name
		}
		// The import is usable unless something at pos shadows it.
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			if pn, ok := obj.(*types.PkgName); ok && pn.Imported() == pkg {
				return name, nil, true
			}
		}
		return "", nil, false
	}
	// Not imported: add it under the first free name. Files that also import
	// gRPC's status package take statuspb, the SDK's customary alias.
	base := pkg.Name()
	for _, cand := range []string{base, base + "pb", "clarifai" + base, base + "2", base + "3"} {
		if _, obj := scope.LookupParent(cand, pos); obj != nil || c.importsName(cand) {
			continue
		}
		return cand, c.addImport(cand, base, path), true
	}
	return "", nil, false
}

// codesQualifier is qualifier for this project's codes package, which a
// REST fix may name only if the package already depends on it: otherwise the
// added import might not compile.
func (c *checker) codesQualifier(pos token.Pos) (string, []analysis.TextEdit, bool) {
	for _, imp := range c.pass.Pkg.Imports() {
		if unvendor(imp.Path()) == codesPath {
			return c.qualifier(imp, pos)
		}
	}
	return "", nil, false
}

// importsName reports whether the current file binds name to an import.
func (c *checker) importsName(name string) bool {
	for _, spec := range c.file.file.Imports {
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
// file: into its first import declaration, or after the package clause.
func (c *checker) addImport(name, pkgName, path string) []analysis.TextEdit {
	spec := strconv.Quote(path)
	if name != pkgName {
		spec = name + " " + spec
	}
	f := c.file.file
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if gen.Lparen.IsValid() {
			pos := gen.Rparen
			if n := len(gen.Specs); n > 0 {
				pos = gen.Specs[n-1].End()
			}
			return []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte("\n\t" + spec)}}
		}
		return []analysis.TextEdit{{Pos: gen.End(), End: gen.End(), NewText: []byte("\nimport " + spec)}}
	}
	return []analysis.TextEdit{{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport " + spec)}}
}

// qualify writes name as the file refers to it: qual.name, or name alone
// under a dot import. pkgName stands in when no qualifier could be found, so
// that the message still names the constant.
func qualify(qual, name, pkgName string) string {
	if qual == "" {
		qual = pkgName
	}
	if qual == "." {
		return name
	}
	return qual + "." + name
}

// replaceFix is the one SuggestedFix of a raw-value diagnostic: replace the
// expression with text, plus any import edits.
func (c *checker) replaceFix(target ast.Expr, text string, imports []analysis.TextEdit) []analysis.SuggestedFix {
	edits := append([]analysis.TextEdit{{Pos: target.Pos(), End: target.End(), NewText: []byte(text)}}, imports...)
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Replace %s with %s", types.ExprString(target), text),
		TextEdits: edits,
	}}
}
