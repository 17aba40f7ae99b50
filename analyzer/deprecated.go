package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
)

// checkDeprecated reports a use of a deprecated SDK constant,
// status.StatusCode_CONN_TOKEN_INVALID, with a fix to its replacement where
// the table names one, the build's SDK has it, and the fix creates no
// duplicate case.
func (c *checker) checkDeprecated(cur inspector.Cursor, sel *ast.SelectorExpr) {
	if !strings.HasPrefix(sel.Sel.Name, sdkPrefix) {
		return // cheap test first: most selectors are not SDK constants
	}
	k, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Const)
	if !ok || k.Pkg() == nil || unvendor(k.Pkg().Path()) != sdkStatus {
		return
	}
	name := strings.TrimPrefix(k.Name(), sdkPrefix)
	replacement, deprecated := codes.Deprecation(name)
	if !deprecated {
		return
	}
	v, _ := constant.Int64Val(k.Val())
	d := analysis.Diagnostic{Pos: sel.Pos(), End: sel.End(), Category: CheckDeprecated}
	old := types.ExprString(sel)
	if replacement == "" {
		d.Message = fmt.Sprintf("%s (%d) is deprecated and has no replacement", old, v)
		c.report(d)
		return
	}
	newRef := types.ExprString(sel.X) + "." + sdkPrefix + replacement
	info, _ := codes.LookupName(replacement)
	if int64(info.Code) == v {
		d.Message = fmt.Sprintf("%s is a deprecated alias; use %s (%d, %s)", old, newRef, v, info.Category)
	} else {
		d.Message = fmt.Sprintf("%s (%d) is deprecated; use %s (%d, %s)", old, v, newRef, info.Code, info.Category)
	}
	replObj, _ := k.Pkg().Scope().Lookup(sdkPrefix + replacement).(*types.Const)
	if replObj != nil && !c.duplicatesCase(cur, int64(info.Code)) {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace %s with %s", old, newRef),
			TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(replObj.Name())}},
		}}
	}
	c.report(d)
}

// duplicatesCase reports whether the constant at cur is a case value of a
// switch that already has a case for v (other than cur itself): the
// replacement would not compile.
func (c *checker) duplicatesCase(cur inspector.Cursor, v int64) bool {
	if cur.ParentEdgeKind() != edge.CaseClause_List {
		return false
	}
	body, ok := cur.Parent().Parent().Node().(*ast.BlockStmt)
	if !ok {
		return false
	}
	self := cur.Node()
	for _, stmt := range body.List {
		cc, ok := stmt.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			if e == self {
				continue
			}
			if w, ok := c.constValue(e); ok && w == v {
				return true
			}
		}
	}
	return false
}
