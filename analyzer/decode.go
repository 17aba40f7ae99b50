package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// checkDecode checks json.Unmarshal(b, &v) and json.NewDecoder(r).Decode(&v)
// into a local variable of the program's own REST response struct: a
// struct with a field Status that has an integer Code. Where other fields
// of v are read, its Status never is and v does not escape, the status is
// never checked. Like every REST finding, only in a package with Clarifai
// context.
func (c *fileChecker) checkDecode(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	i := decodeTarget(fn)
	if i < 0 || len(call.Args) != i+1 {
		return
	}
	target := ast.Unparen(call.Args[i])
	if addr, ok := target.(*ast.UnaryExpr); ok && addr.Op == token.AND {
		target = ast.Unparen(addr.X)
	}
	id, ok := target.(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !c.restAllowed(restResponseOwner(deref(v.Type()))) {
		return
	}
	fun, ok := c.declaringFunc(cur, v)
	if !ok {
		return
	}
	c.note(notedVar{v: v, fun: fun, r: response{call: call, cur: cur}})
}

// judgeDecoded judges the body decoded into n.v by the uses of n.v that x
// indexes.
func (c *fileChecker) judgeDecoded(x *funcUses, n *notedVar) {
	// note added v's name, and v holds a Status field: the index has v if
	// it is used at all.
	info := x.lookup(n.v)
	if info == nil {
		return
	}
	u := info.uses
	u.escapes = info.escapeUses > 1 // but the decode call's own &v
	if u.fields && !u.status && !u.escapes {
		what := "the decoded response"
		if name := namedTypeName(n.v.Type()); name != "" {
			what = "the decoded " + name
		}
		c.report(at(CheckUnchecked, n.r.call, msgUnchecked(what)))
	}
}

// decodeTarget returns the index of the argument that fn decodes into: 1
// for json.Unmarshal(data, &v), 0 for a json.Decoder's Decode(&v); -1 for
// any other function.
func decodeTarget(fn *types.Func) int {
	if fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return -1
	}
	switch recv := fn.Signature().Recv(); {
	case fn.Name() == "Unmarshal" && recv == nil:
		return 1
	case fn.Name() == "Decode" && recv != nil:
		return 0
	}
	return -1
}
