package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
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

// checkDeprecated checks the identifier id at cur: the Sel of a selector
// (cur is the selector) or a bare identifier.
func (c *checker) checkDeprecated(cur inspector.Cursor, id *ast.Ident) {
	if !strings.HasPrefix(id.Name, sdkPrefix) {
		return // cheap test first: most names are not SDK constants
	}
	if _, ok := cur.Node().(*ast.Ident); ok && cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
		return // the selector's visit speaks for it
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || k.Pkg() == nil || unvendor(k.Pkg().Path()) != sdkStatus {
		return
	}
	replacement, deprecated := codes.Deprecation(k.Name())
	if !deprecated {
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
func (c *checker) alreadyHas(cur inspector.Cursor, v int64) string {
	self := cur.Node().(ast.Expr)
	has := func(e ast.Expr) bool {
		w, ok := c.constValue(e)
		return ok && w == v && e != self
	}
	switch cur.ParentEdgeKind() {
	case edge.CaseClause_List:
		for _, e := range cur.Parent().Node().(*ast.CaseClause).List {
			if has(e) {
				return "this case handles"
			}
		}
	case edge.KeyValueExpr_Key:
		if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && has(kv.Key) {
					return "this literal has as a key"
				}
			}
		}
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		cmp := cur.Parent().Node().(*ast.BinaryExpr)
		if cmp.Op != token.EQL {
			break
		}
		code := cmp.X
		if code == self {
			code = cmp.Y
		}
		// Climb to the whole || chain and look at its other comparisons.
		top := cur.Parent()
		for {
			p := top.Parent()
			if b, ok := p.Node().(*ast.BinaryExpr); ok && b.Op == token.LOR {
				top = p
				continue
			}
			if _, ok := p.Node().(*ast.ParenExpr); ok {
				top = p
				continue
			}
			break
		}
		found := false
		ast.Inspect(top.Node(), func(n ast.Node) bool {
			b, ok := n.(*ast.BinaryExpr)
			if !ok || found {
				return !found
			}
			if b.Op == token.EQL && b != cmp {
				found = has(b.X) && c.sameExpr(b.Y, code) || has(b.Y) && c.sameExpr(b.X, code)
			}
			return b.Op == token.LOR || b == top.Node()
		})
		if found {
			return "this condition compares with"
		}
	}
	return ""
}
