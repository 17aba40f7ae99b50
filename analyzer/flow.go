package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// returnsAfter reports whether the decision at cur, a switch or an if-else
// chain with no default, leaves the block from every branch and is followed
// by a return: then the codes no branch names reach that return, as they
// would a default (switch code { case A: return true }; return false). A
// decision followed by anything else, a poll loop's sleep, is not.
func (c *fileChecker) returnsAfter(cur inspector.Cursor) bool {
	list, i, ok := stmtList(cur)
	if !ok || i+1 >= len(list) {
		return false
	}
	switch next := list[i+1].(type) {
	case *ast.ReturnStmt:
	case *ast.ExprStmt: // panic, log.Fatal
		if call, ok := next.X.(*ast.CallExpr); !ok || !c.noReturn(call) {
			return false
		}
	default:
		return false // continue: a poll loop asks again
	}
	switch n := cur.Node().(type) {
	case *ast.SwitchStmt:
		for _, stmt := range n.Body.List {
			if cc := stmt.(*ast.CaseClause); cc.List == nil || !c.leavesBlock(cc.Body, false) {
				return false
			}
		}
		return true
	case *ast.IfStmt:
		for s := n; ; {
			if !c.leavesBlock(s.Body.List, false) {
				return false
			}
			next, ok := s.Else.(*ast.IfStmt)
			if !ok {
				return s.Else == nil
			}
			s = next
		}
	}
	return false
}

// leavesBlock reports whether list ends in a statement after which control
// does not reach the statement that follows the block: a return, goto,
// continue, a call that does not return (panic, os.Exit, log.Fatal, a
// test's Fatal), or, where breakLeaves is set, a break. (A break in a
// case leaves only the switch: the code after it still runs.)
func (c *fileChecker) leavesBlock(list []ast.Stmt, breakLeaves bool) bool {
	if len(list) == 0 {
		return false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.GOTO || s.Tok == token.CONTINUE || s.Tok == token.BREAK && breakLeaves
	case *ast.BlockStmt:
		return c.leavesBlock(s.List, breakLeaves)
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		return ok && c.noReturn(call)
	}
	return false
}

// noReturn reports whether call is one of the functions that do not return.
func (c *fileChecker) noReturn(call *ast.CallExpr) bool {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return false
	}
	switch obj := c.pass.TypesInfo.Uses[id].(type) {
	case *types.Builtin:
		return obj.Name() == "panic"
	case *types.Func:
		if obj.Pkg() == nil {
			return false
		}
		switch obj.Pkg().Path() {
		case "os":
			return obj.Name() == "Exit"
		case "log":
			return strings.HasPrefix(obj.Name(), "Fatal") || strings.HasPrefix(obj.Name(), "Panic")
		case "testing":
			switch obj.Name() {
			case "Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow":
				return true
			}
		}
	}
	return false
}

// declaringFunc returns the function (declaration or literal) that
// declares the local variable v, from a cursor inside it. ok is false for a
// variable of the package, and for a named result, which a bare return
// hands on.
func (c *fileChecker) declaringFunc(cur inspector.Cursor, v *types.Var) (inspector.Cursor, bool) {
	for fun := enclosingFunc(cur); fun.Node() != nil; fun = enclosingFunc(fun) {
		n := fun.Node()
		if v.Pos() < n.Pos() || v.Pos() >= n.End() {
			continue
		}
		if results := funcType(n).Results; results != nil && results.Pos() <= v.Pos() && v.Pos() < results.End() {
			return inspector.Cursor{}, false
		}
		return fun, true
	}
	return inspector.Cursor{}, false
}

// enclosingFunc returns the function declaration or literal that encloses
// cur, or a cursor with no node. (Cursor.Enclosing allocates: this runs for
// every SDK call.)
func enclosingFunc(cur inspector.Cursor) inspector.Cursor {
	for p := cur.Parent(); ; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit, nil:
			return p
		}
	}
}

// funcType returns the type of the function declaration or literal n.
func funcType(n ast.Node) *ast.FuncType {
	if d, ok := n.(*ast.FuncDecl); ok {
		return d.Type
	}
	return n.(*ast.FuncLit).Type
}

// stmtList returns the statement list that holds the statement at cur, and
// its index there.
func stmtList(cur inspector.Cursor) ([]ast.Stmt, int, bool) {
	_, i := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.BlockStmt:
		return p.List, i, true
	case *ast.CaseClause:
		return p.Body, i, cur.ParentEdgeKind() == edge.CaseClause_Body
	case *ast.CommClause:
		return p.Body, i, cur.ParentEdgeKind() == edge.CommClause_Body
	}
	return nil, 0, false
}

// funcInfo is the function a fix's code runs in.
type funcInfo struct {
	ftype *ast.FuncType
	sig   *types.Signature
}

// innermostFunc returns the function that encloses cur.
func (c *fileChecker) innermostFunc(cur inspector.Cursor) (funcInfo, bool) {
	fun := enclosingFunc(cur)
	var f funcInfo
	switch n := fun.Node().(type) {
	case *ast.FuncDecl:
		f.ftype = n.Type
		if obj, ok := c.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
			f.sig = obj.Signature()
		}
	case *ast.FuncLit:
		f.ftype = n.Type
		f.sig, _ = c.pass.TypesInfo.TypeOf(n).(*types.Signature)
	}
	return f, f.sig != nil
}
