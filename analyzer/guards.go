package analyzer

import (
	"go/ast"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Guards: a decision over a status code is one with the tests that lead to
// it. In
//
//	if resp.Status.Code != status.StatusCode_SUCCESS {
//		switch resp.Status.Code { … }
//	}
//
// SUCCESS never reaches the switch, so the switch need not handle it. The
// same holds in the else of if code == X, and after
// if code == X { return } earlier in the same block. Only tests of the same
// code expression count.

// guard is what the tests before a decision took out of it.
type guard struct {
	taken   []int64 // codes handled before the decision
	only    []int64 // with hasOnly: the only codes that reach the decision
	hasOnly bool
}

// collectGuards fills cl.guard from the tests that enclose or precede the
// decision at cur, up to the enclosing function.
func (c *fileChecker) collectGuards(cur inspector.Cursor, cl *caseList) {
	child := cur
	for p := cur.Parent(); ; child, p = p, p.Parent() {
		switch n := p.Node().(type) {
		case nil, *ast.FuncDecl, *ast.FuncLit, *ast.File:
			return
		case *ast.IfStmt:
			switch child.ParentEdgeKind() {
			case edge.IfStmt_Body:
				c.guardCond(n.Cond, true, cl)
			case edge.IfStmt_Else:
				c.guardCond(n.Cond, false, cl)
			}
		case *ast.BlockStmt:
			c.guardsBefore(n.List, child, cl)
		case *ast.CaseClause:
			c.guardsBefore(n.Body, child, cl)
		case *ast.CommClause:
			c.guardsBefore(n.Body, child, cl)
		}
	}
}

// guardsBefore applies the statements of list that precede child and read
// if cond { …; return }: after them, cond is false.
func (c *fileChecker) guardsBefore(list []ast.Stmt, child inspector.Cursor, cl *caseList) {
	_, i := child.ParentEdge()
	for _, stmt := range list[:max(0, min(i, len(list)))] {
		if s, ok := stmt.(*ast.IfStmt); ok && s.Else == nil && c.leavesBlock(s.Body.List, true) {
			c.guardCond(s.Cond, false, cl)
		}
	}
}

// guardCond records what cond, known to be truth, says of the code: true
// code != A && code != B takes A and B out, false code == A || code == B
// too; true code == A (false code != A) leaves only A.
func (c *fileChecker) guardCond(cond ast.Expr, truth bool, cl *caseList) {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			c.guardCond(e.X, !truth, cl)
		}
	case *ast.BinaryExpr:
		switch {
		case e.Op == token.LAND && truth, e.Op == token.LOR && !truth:
			c.guardCond(e.X, truth, cl)
			c.guardCond(e.Y, truth, cl)
		case e.Op == token.EQL || e.Op == token.NEQ:
			_, v, ok := c.comparison(e, cl.site)
			if !ok {
				return
			}
			if (e.Op == token.NEQ) == truth {
				cl.guard.taken = append(cl.guard.taken, v)
			} else {
				cl.guard.restrict(v)
			}
		}
	}
}

// restrict notes that only v reaches the decision.
func (g *guard) restrict(v int64) {
	switch {
	case !g.hasOnly:
		g.only, g.hasOnly = append(g.only, v), true
	case !slices.Contains(g.only, v):
		g.only = g.only[:0] // two different codes: nothing reaches it
	}
}
