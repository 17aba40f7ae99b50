package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
)

// The deprecated check: a deprecated SDK constant, written as
// status.StatusCode_X or, under a dot import, as StatusCode_X. A fix is
// offered only for an alias of the same value (INPUT_DOWNLOAD_SUCCESS is
// INPUT_SUCCESS, both 30000), so that it never changes what the program
// does: where the replacement is another value (CONN_TOKEN_INVALID, 11001,
// gave way to CONN_KEY_INVALID, 11008), the message says what the API
// answers instead.

// deprecatedNodes are the selectors that may name an SDK constant, and in a
// file that dot-imports the SDK, the identifiers; none where no status-code
// type is in reach.
func deprecatedNodes(p *pkgChecker, dotSDK bool) []ast.Node {
	switch {
	case !p.reach:
		return nil
	case dotSDK:
		return []ast.Node{(*ast.SelectorExpr)(nil), (*ast.Ident)(nil)}
	}
	return []ast.Node{(*ast.SelectorExpr)(nil)}
}

func (c *fileChecker) visitDeprecated(cur inspector.Cursor) {
	switch n := cur.Node().(type) {
	case *ast.SelectorExpr:
		c.checkDeprecated(cur, n.Sel)
	case *ast.Ident:
		c.checkDeprecated(cur, n)
	}
}

// checkDeprecated checks the identifier id at cur: the Sel of a selector
// (cur is the selector) or a bare identifier.
func (c *fileChecker) checkDeprecated(cur inspector.Cursor, id *ast.Ident) {
	if !strings.HasPrefix(id.Name, sdkPrefix) {
		return // cheap test first: most names are not SDK constants
	}
	if _, ok := cur.Node().(*ast.Ident); ok && cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
		return // the selector's visit speaks for it
	}
	// The name decides before the types do: few SDK names are deprecated.
	replacement, deprecated := codes.Deprecation(id.Name)
	if !deprecated {
		return
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || k.Pkg() == nil || unvendor(k.Pkg().Path()) != sdkStatus {
		return
	}
	expr := cur.Node().(ast.Expr)
	old := types.ExprString(expr)
	v, _ := constant.Int64Val(k.Val())
	if replacement == "" {
		c.report(at(CheckDeprecated, expr, msgDeprecatedNoReplacement(old, v)))
		return
	}
	info, _ := codes.LookupName(replacement)
	repl := strings.TrimSuffix(old, id.Name) + sdkPrefix + replacement // same qualifier as old
	rv := int64(info.Code)
	f := at(CheckDeprecated, expr, "")
	where := c.alreadyHas(cur, rv)
	switch {
	case rv != v:
		f.message = msgDeprecatedMoved(old, v, repl, rv, info.Category)
	case where != "":
		f.message = msgDeprecatedAliasOf(old, repl, v, info.Category)
	default:
		f.message = msgDeprecatedAlias(old, repl, v, info.Category)
		if k.Pkg().Scope().Lookup(sdkPrefix+replacement) != nil {
			f.fix = replaceFix(expr, repl, nil)
		}
	}
	if where != "" {
		f.message = msgAlreadyThere(f.message, where)
	}
	c.report(f)
}

// alreadyHas reports how the decision around the constant at cur already
// names the value v: another value of its case list ("this case handles"),
// another == of the same code in its || chain ("this condition compares
// with"), another key of its composite literal ("this literal has as a
// key"); "" if it does not.
func (c *fileChecker) alreadyHas(cur inspector.Cursor, v int64) string {
	self := cur.Node().(ast.Expr)
	has := func(e ast.Expr) bool {
		w, ok := c.constValue(e)
		return ok && w == v && e != self
	}
	switch cur.ParentEdgeKind() {
	case edge.CaseClause_List:
		if slices.ContainsFunc(cur.Parent().Node().(*ast.CaseClause).List, has) {
			return "this case handles"
		}
	case edge.KeyValueExpr_Key:
		if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok && slices.ContainsFunc(lit.Elts, func(elt ast.Expr) bool {
			kv, ok := elt.(*ast.KeyValueExpr)
			return ok && has(kv.Key)
		}) {
			return "this literal has as a key"
		}
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		if c.orChainHas(cur.Parent(), self, has) {
			return "this condition compares with"
		}
	}
	return ""
}

// orChainHas reports whether the comparison at cmpCur, code == self, is
// part of an || chain with another comparison of the same code with a
// constant that has reports; or, for code != self, of an && chain with
// another !=. Writing self as that constant would make the condition say the
// same thing twice (go vet's redundant or, redundant and).
func (c *fileChecker) orChainHas(cmpCur inspector.Cursor, self ast.Expr, has func(ast.Expr) bool) bool {
	cmp := cmpCur.Node().(*ast.BinaryExpr)
	var join token.Token
	switch cmp.Op {
	case token.EQL:
		join = token.LOR
	case token.NEQ:
		join = token.LAND
	default:
		return false
	}
	code := cmp.X
	if code == self {
		code = cmp.Y
	}
	same := func(e ast.Expr) bool {
		return c.sameExpr(e, code) || types.ExprString(e) == types.ExprString(code) // int(resp.Status.Code)
	}
	// Climb to the whole chain.
	top := cmpCur
	for {
		switch p := top.Parent().Node().(type) {
		case *ast.ParenExpr:
			top = top.Parent()
			continue
		case *ast.BinaryExpr:
			if p.Op == join {
				top = top.Parent()
				continue
			}
		}
		break
	}
	var leaves func(e ast.Expr) bool
	leaves = func(e ast.Expr) bool {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		switch {
		case !ok || b == cmp:
			return false
		case b.Op == join:
			return leaves(b.X) || leaves(b.Y)
		case b.Op == cmp.Op:
			return has(b.X) && same(b.Y) || has(b.Y) && same(b.X)
		}
		return false
	}
	return leaves(top.Node().(ast.Expr))
}
