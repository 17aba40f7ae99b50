package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/codes"
	"golang.org/x/tools/go/analysis"
)

// splitsGroup reports whether checkSiblings would find a sibling group that
// cl handles in part, without reporting it.
func (c *fileChecker) splitsGroup(cl *caseList) bool {
	return c.siblings != 0 && c.siblingGroups(cl, false)
}

// checkSiblings reports, for the categories of -siblings, a (family,
// category) group that the case list handles in part: the rest of the group
// falls to the default, a catch-all branch or nowhere.
func (c *fileChecker) checkSiblings(cl *caseList) {
	c.siblingGroups(cl, true)
}

type group struct {
	family   codes.Family
	category codes.Category
}

// siblingGroups finds the sibling groups that a clause of cl handles in
// part, reports each if report is set, and reports whether there was one.
// (A direct call, not a callback, keeps the group lists on the stack.)
func (c *fileChecker) siblingGroups(cl *caseList, report bool) bool {
	var buf [8]group
	seen := buf[:0]
	found := false
	for _, cc := range cl.clauses {
		if cc.negated {
			continue
		}
		for _, v := range cl.clauseValues(cc) {
			code := codes.Code(v)
			if !code.Known() || !c.siblings.has(code.Category()) {
				continue
			}
			g := group{code.Family(), code.Category()}
			if slices.Contains(seen, g) {
				continue
			}
			seen = append(seen, g)
			// Most groups are handled in full or not at all: the lists
			// live on the stack unless a group is large.
			var hbuf, mbuf [16]codes.Code
			handled, missing := hbuf[:0], mbuf[:0]
			for _, m := range index().group[g] {
				if !c.demandable(cl.site, m) {
					continue
				}
				if cl.explicit(int64(m)) {
					handled = append(handled, m)
				} else {
					missing = append(missing, m)
				}
			}
			if len(missing) == 0 || len(handled) == 0 {
				continue
			}
			found = true
			if !report {
				return true
			}
			c.reportSiblings(cl, cc, g, handled, missing)
		}
	}
	return found
}

// demandable reports whether a decision on s can be asked to handle v: a
// decision on the SDK's type only for codes the build's SDK has.
func (c *fileChecker) demandable(s site, v codes.Code) bool {
	if s.tk != sdkCode {
		return true
	}
	return c.hasConst(s.obj, s.tk, int64(v))
}

func (c *fileChecker) reportSiblings(cl *caseList, cc clause, g group, handled, missing []codes.Code) {
	f := finding{family: CheckSwitch, pos: cc.pos, anchor: cl.anchor, message: msgSiblings(cl.noun, handled, missing, g.category, g.family)}
	if c.buildFixes {
		f.fix = c.addCasesFix(cl, cc, missing)
	}
	c.report(f)
}

// addCasesFix appends the missing codes to the clause: none of them has a
// case yet, so no duplicate case can follow. Only switches over the SDK's
// or codes' type get one: other types have no constants to name.
func (c *fileChecker) addCasesFix(cl *caseList, cc clause, missing []codes.Code) *analysis.SuggestedFix {
	s := cl.site
	if s.kind != typedSite || s.tk != sdkCode && s.tk != codesCode {
		return nil
	}
	if cc.last == nil {
		return c.addComparisonsFix(cl, cc, missing)
	}
	refs, imports, ok := c.missingRefs(s, cc.last.Pos(), missing)
	if !ok {
		return nil
	}
	return insertFix(msgAddCases(refs), cc.last.End(), refs.text(", ", ""), imports)
}

// addComparisonsFix appends comparisons with the missing codes to a
// clause of an if-else chain (code == A || code == B || code == C) or of a
// tagless switch (case code == A, code == C:). It writes the code
// expression as the clause does, so only where every comparison of the
// clause writes it the same way, and only where evaluating it again has no
// effect: variables, fields and the SDK's getters. The clause is an ||
// chain of comparisons, which an appended || needs no parentheses around.
func (c *fileChecker) addComparisonsFix(cl *caseList, cc clause, missing []codes.Code) *analysis.SuggestedFix {
	var conds []ast.Expr
	sep := " || "
	switch n := cc.node.(type) {
	case *ast.IfStmt:
		conds = []ast.Expr{n.Cond}
	case *ast.CaseClause:
		conds, sep = n.List, ", "
	}
	if len(conds) == 0 {
		return nil
	}
	var code ast.Expr
	spelling := ""
	for _, cond := range conds {
		if !c.spelledAlike(cond, cl.site, &code, &spelling) {
			return nil
		}
	}
	if code == nil || !c.pure(code) {
		return nil
	}
	last := conds[len(conds)-1]
	refs, imports, ok := c.missingRefs(cl.site, last.Pos(), missing)
	if !ok {
		return nil
	}
	return insertFix(msgAddComparisons(spelling, refs), last.End(), refs.text(sep, spelling+" == "), imports)
}

// missingRefs writes the constants of the missing codes as the file can at
// pos, with the import edits that needs; ok is false where one of them is a
// name the build's SDK may lack.
func (c *fileChecker) missingRefs(s site, pos token.Pos, missing []codes.Code) (refs refList, imports []analysis.TextEdit, ok bool) {
	qual, imports, ok := c.qualifier(s.obj.Pkg(), pos)
	if !ok {
		return refList{}, nil, false
	}
	refs = refList{qual: qual, names: make([]string, 0, len(missing))}
	for _, m := range missing {
		name, _, verified := c.constName(s.obj, s.tk, int64(m))
		if !verified { // implies ok
			return refList{}, nil, false
		}
		refs.names = append(refs.names, name)
	}
	return refs, imports, true
}

// spelledAlike walks the || chain of comparisons cond and reports whether
// each writes the code expression as spelling does (set by the first, with
// code).
func (c *fileChecker) spelledAlike(cond ast.Expr, s site, code *ast.Expr, spelling *string) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LOR:
		return c.spelledAlike(b.X, s, code, spelling) && c.spelledAlike(b.Y, s, code, spelling)
	case token.EQL:
		e, _, ok := c.comparison(b, s)
		if !ok {
			return false
		}
		text := types.ExprString(ast.Unparen(e))
		if *code == nil {
			*code, *spelling = e, text
		}
		return text == *spelling
	}
	return false
}

// pure reports whether evaluating e again has no effect and gives the same
// code: variables, fields, dereferences and the SDK's getters (protobuf
// getters read a field).
func (c *fileChecker) pure(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := c.pass.TypesInfo.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel, ok := c.pass.TypesInfo.Selections[x]; ok {
			return sel.Kind() == types.FieldVal && c.pure(x.X)
		}
		_, ok := c.pass.TypesInfo.Uses[x.Sel].(*types.Var) // pkg.Var
		return ok
	case *ast.StarExpr:
		return c.pure(x.X)
	case *ast.CallExpr:
		fun, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok || len(x.Args) != 0 {
			return false
		}
		sel, ok := c.pass.TypesInfo.Selections[fun]
		if !ok || sel.Kind() != types.MethodVal || !strings.HasPrefix(sel.Obj().Name(), "Get") {
			return false
		}
		pkg := sel.Obj().Pkg()
		return pkg != nil && inSDK(pkg.Path()) && c.pure(fun.X)
	}
	return false
}
