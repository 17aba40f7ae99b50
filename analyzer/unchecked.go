package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// The unchecked check. With the gRPC SDK, err == nil only says that the
// call reached the API; the API's verdict is the response's Status. A
// response is the first result of a call of the SDK's client (a method
// declared in its api package) that has a Status *status.Status field.
// It is reported when it is discarded, and when the variable holding it is
// never read for its status in the function that declares it and never
// escapes it: passed to any call, returned, stored, sent or converted, it
// is someone else's to check. Precision first: any status read anywhere in
// the function, any escape, counts as checked.

// response is a call of a response source (sources.go).
type response struct {
	// method is the callee as a fix names it: the SDK method
	// (PostModelOutputs), or the wrapper that returns its response.
	method  string
	origin  string           // for a wrapper: the SDK method whose response it returns, "" when unknown
	wrapper bool             // method is a pass-through wrapper
	rest    string           // for a REST wrapper: the response type's name; no fix then
	status  *types.Package   // the SDK status package its Status comes from
	call    *ast.CallExpr    // the call
	cur     inspector.Cursor // the call's cursor
}

// noun names the response in messages: "PostModelOutputs response",
// "PostModelOutputs response returned by predict", "decoded Reply
// returned by Call".
func (r response) noun() string {
	switch {
	case r.rest != "":
		return "decoded " + r.rest + " returned by " + r.method
	case !r.wrapper:
		return r.method + " response"
	case r.origin == "":
		return "SDK response returned by " + r.method
	}
	return r.origin + " response returned by " + r.method
}

// sdkMethod is the SDK method whose response r is, or "".
func (r response) sdkMethod() string {
	switch {
	case r.rest != "":
		return ""
	case r.wrapper:
		return r.origin
	}
	return r.method
}

// uncheckedNodes are the calls, where the SDK's client is in reach or
// REST bodies may be decoded.
func uncheckedNodes(p *pkgChecker, _ bool) []ast.Node {
	if len(p.apiPkgs) == 0 && !p.rest {
		return nil
	}
	return []ast.Node{(*ast.CallExpr)(nil)}
}

func (c *fileChecker) visitUnchecked(cur inspector.Cursor) {
	if call, ok := cur.Node().(*ast.CallExpr); ok {
		c.checkCall(cur, call)
	}
}

// checkCall checks a call that may return a response or decode a REST
// one.
func (c *fileChecker) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	if len(c.apiPkgs) > 0 || c.rest {
		if r, ok := c.sourceOf(cur, call); ok {
			r.call, r.cur = call, cur
			c.checkResponse(r)
			return
		}
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !c.rest || sel.Sel.Name != "Unmarshal" && sel.Sel.Name != "Decode" {
		return
	}
	if fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" {
		c.checkDecode(cur, call, fn)
	}
}

// checkResponse checks what becomes of the response of r.
func (c *fileChecker) checkResponse(r response) {
	parent := r.cur.Parent()
	var id *ast.Ident // the variable the response is assigned to
	switch p := parent.Node().(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		if r.rest == "" { // a REST body that nothing reads is no finding
			c.report(at(CheckUnchecked, r.call, msgDiscarded(r.noun())))
		}
		return
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && len(p.Lhs) > 0 {
			id, _ = ast.Unparen(p.Lhs[0]).(*ast.Ident)
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && len(p.Names) > 0 {
			id = p.Names[0]
		}
	}
	if id == nil {
		return // returned, passed on or stored in a field: someone else's to check
	}
	if id.Name == "_" {
		if r.rest == "" {
			c.report(at(CheckUnchecked, r.call, msgDiscarded(r.noun())))
		}
		return
	}
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return
	}
	fun, ok := c.declaringFunc(r.cur, v)
	if !ok {
		return // a package-level variable, or a named result: it escapes
	}
	u := c.usesOf(fun, v, nil)
	switch {
	case r.rest != "":
		if u.fields && !u.status && !u.escapes { // as for a body decoded here
			c.report(at(CheckUnchecked, r.call, msgUnchecked("the "+r.noun())))
		}
	case !u.status && !u.escapes:
		f := at(CheckUnchecked, r.call, msgUnchecked("the "+r.noun()))
		f.fix = c.checkStatusFix(r, v, id)
		c.report(f)
	case u.status && u.items:
		c.checkPartial(fun, v, u)
	}
}

// uses sums up the uses of a variable in its function.
type uses struct {
	status  bool     // its status is read: v.Status, v.GetStatus()
	escapes bool     // it leaves the function's hands
	items   bool     // a repeated field of items with their own status is read
	fields  bool     // another field is read
	itemsOf []string // those repeated fields, by name (Outputs)
}

// usesOf classifies every use of v in the function at fun, but skip (the
// decode call's &v, say).
func (c *fileChecker) usesOf(fun inspector.Cursor, v *types.Var, skip *ast.Ident) uses {
	var u uses
	for cur := range fun.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if id == skip || id.Name != v.Name() || c.pass.TypesInfo.Uses[id] != v {
			continue
		}
		c.classifyUse(cur, &u)
	}
	return u
}

// classifyUse adds the use of a variable at cur to u.
func (c *fileChecker) classifyUse(cur inspector.Cursor, u *uses) {
	switch cur.ParentEdgeKind() {
	case edge.SelectorExpr_X:
		sel := cur.Parent().Node().(*ast.SelectorExpr)
		field := sel.Sel.Name
		if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			// A getter reads its field; another method (String,
			// ProtoReflect) may read anything.
			name, isGetter := strings.CutPrefix(field, "Get")
			if _, field := directField(deref(s.Recv()), name); !isGetter || !field {
				u.escapes = true
				return
			}
			field = name
		}
		switch {
		case field == "Status":
			u.status = true
		case itemStatus(fieldType(c.pass.TypesInfo.TypeOf(sel))) != nil:
			u.items, u.fields = true, true
			u.itemsOf = append(u.itemsOf, field)
		default:
			u.fields = true
		}
	case edge.AssignStmt_Lhs:
		// Assigned to, not read.
	case edge.AssignStmt_Rhs:
		assign := cur.Parent().Node().(*ast.AssignStmt)
		_, i := cur.ParentEdge()
		if len(assign.Lhs) != len(assign.Rhs) || !isBlank(assign.Lhs[i]) {
			u.escapes = true // x := v, s.resp = v
		}
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		// v == nil
	default:
		// An argument, a result, an element, &v, *v, a send: it escapes.
		u.escapes = true
	}
}

func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}

// isBuiltin reports whether fun names one of the builtin functions names.
func (c *fileChecker) isBuiltin(fun ast.Expr, names ...string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && slices.Contains(names, b.Name())
}
