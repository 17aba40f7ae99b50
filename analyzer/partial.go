package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/codes"
	"golang.org/x/tools/go/ast/inspector"
)

// checkPartial reports a partial code (MIXED_STATUS) that a comparison of
// v's status lets through, where the function reads v's items and never an
// item's status: failed items have no data. An item, or the items, handed
// to a call, returned or stored count as checked: someone else may check
// them.
func (c *fileChecker) checkPartial(fun inspector.Cursor, v *types.Var, u uses) {
	var through ast.Expr // the comparison, or case value, that lets a partial code through
	var code codes.Code
	var itemVars map[types.Object]bool // range and := variables that hold items
	isItem := func(e ast.Expr) bool { return c.isItemExpr(e, v, itemVars) }
	for cur := range fun.Preorder((*ast.BinaryExpr)(nil), (*ast.CaseClause)(nil), (*ast.SelectorExpr)(nil),
		(*ast.CallExpr)(nil), (*ast.ReturnStmt)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.RangeStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if through == nil {
				through, code = c.letsThrough(cur, n, v, fun)
			}
		case *ast.CaseClause:
			if through == nil {
				through, code = c.caseLetsThrough(cur, n, v, fun)
			}
		case *ast.RangeStmt:
			if id, ok := n.Value.(*ast.Ident); ok && isItem(n.X) {
				itemVars = addTo(itemVars, c.pass.TypesInfo.ObjectOf(id)) // for _, out := range resp.Outputs
			}
		case *ast.AssignStmt:
			for i, rhs := range n.Rhs {
				if id, ok := n.Lhs[min(i, len(n.Lhs)-1)].(*ast.Ident); ok && len(n.Lhs) == len(n.Rhs) && isItem(rhs) {
					itemVars = addTo(itemVars, c.pass.TypesInfo.ObjectOf(id)) // o := resp.Outputs[0]
				}
			}
		}
		if c.itemHandled(cur.Node(), isItem) {
			return
		}
	}
	if through == nil {
		return
	}
	noun := strings.ToLower(strings.TrimSuffix(slices.Min(u.itemsOf), "s"))
	c.report(at(CheckUnchecked, through, msgPartial(code, noun)))
}

// addTo adds obj to the set m, making it on first use.
func addTo(m map[types.Object]bool, obj types.Object) map[types.Object]bool {
	if m == nil {
		m = map[types.Object]bool{}
	}
	m[obj] = true
	return m
}

// itemHandled reports whether n reads an item's status, or hands an item
// (or the items) to a call, a return, a composite literal, a field or an
// element, where someone else may check it. len and cap only count.
func (c *fileChecker) itemHandled(n ast.Node, isItem func(ast.Expr) bool) bool {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		return (n.Sel.Name == "Status" || n.Sel.Name == "GetStatus") && isItem(n.X)
	case *ast.CallExpr:
		return !c.isBuiltin(n.Fun, "len", "cap") && slices.ContainsFunc(n.Args, isItem)
	case *ast.ReturnStmt:
		return slices.ContainsFunc(n.Results, isItem)
	case *ast.CompositeLit:
		return slices.ContainsFunc(n.Elts, func(elt ast.Expr) bool {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			return isItem(elt)
		})
	case *ast.AssignStmt:
		for i, rhs := range n.Rhs {
			if _, local := n.Lhs[min(i, len(n.Lhs)-1)].(*ast.Ident); !local && isItem(rhs) {
				return true
			}
		}
	}
	return false
}

// isItemExpr reports whether e holds v's items, or one of them: v.Outputs,
// v.GetOutputs(), v.Outputs[i], or a variable in itemVars.
func (c *fileChecker) isItemExpr(e ast.Expr, v *types.Var, itemVars map[types.Object]bool) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return itemVars[c.pass.TypesInfo.Uses[x]]
	case *ast.IndexExpr:
		return c.isItemExpr(x.X, v, itemVars)
	case *ast.CallExpr:
		if len(x.Args) == 0 {
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				return c.isItemsField(sel, v)
			}
		}
	case *ast.SelectorExpr:
		return c.isItemsField(x, v)
	}
	return false
}

// isItemsField reports whether sel is v.F, or v.GetF, where F is a repeated
// field of items with their own status.
func (c *fileChecker) isItemsField(sel *ast.SelectorExpr, v *types.Var) bool {
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v && itemStatus(fieldType(c.pass.TypesInfo.TypeOf(sel))) != nil
}

// letsThrough matches the top of a chain that treats a partial code like a
// success: code == SUCCESS || code == MIXED_STATUS, or
// code != SUCCESS && code != MIXED_STATUS, on v's status code. It returns
// the comparison with the partial code.
func (c *fileChecker) letsThrough(cur inspector.Cursor, b *ast.BinaryExpr, v *types.Var, fun inspector.Cursor) (ast.Expr, codes.Code) {
	if b.Op != token.LOR && b.Op != token.LAND {
		return nil, 0
	}
	if p, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && p.Op == b.Op {
		return nil, 0 // not the top of the chain
	}
	leaf := token.EQL
	if b.Op == token.LAND {
		leaf = token.NEQ
	}
	var g gate
	var visit func(e ast.Expr)
	visit = func(e ast.Expr) {
		x, ok := ast.Unparen(e).(*ast.BinaryExpr)
		switch {
		case !ok:
		case x.Op == b.Op:
			visit(x.X)
			visit(x.Y)
		case x.Op == leaf:
			for _, pair := range [2][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
				if val, ok := c.constValue(pair[1]); ok && c.derivedFrom(pair[0], v, fun) {
					g.add(val, x)
				}
			}
		}
	}
	visit(b)
	if !g.success {
		return nil, 0
	}
	return g.partial, g.code
}

// caseLetsThrough matches case SUCCESS, MIXED_STATUS: in a switch on v's
// status code, or a case MIXED_STATUS: whose body does not leave the block
// (it logs, say, and goes on with the items), and returns the partial case
// value.
func (c *fileChecker) caseLetsThrough(cur inspector.Cursor, cc *ast.CaseClause, v *types.Var, fun inspector.Cursor) (ast.Expr, codes.Code) {
	sw, ok := cur.Parent().Parent().Node().(*ast.SwitchStmt)
	if !ok || sw.Tag == nil || !c.derivedFrom(sw.Tag, v, fun) {
		return nil, 0
	}
	var g gate
	for _, e := range cc.List {
		if val, ok := c.constValue(e); ok {
			g.add(val, e)
		}
	}
	if !g.success && c.leavesBlock(cc.Body, false) {
		return nil, 0
	}
	return g.partial, g.code
}

// gate collects the codes that one test or case lets through together.
type gate struct {
	success bool       // a success code is among them
	partial ast.Expr   // the first partial code, where it is written
	code    codes.Code // and its value
}

func (g *gate) add(v int64, at ast.Expr) {
	switch codes.Code(v).Category() {
	case codes.CategorySuccess:
		g.success = true
	case codes.CategoryPartial:
		if g.partial == nil {
			g.partial, g.code = at, codes.Code(v)
		}
	}
}
