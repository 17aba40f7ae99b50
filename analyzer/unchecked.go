package analyzer

import (
	"go/ast"
	"go/token"
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
// is someone else's to check. A nil test (v.Status == nil) is no read. A
// variable assigned more than once has each response judged by the status
// reads that can run after it (later in the source, or in a loop around
// it); where that is not decided cheaply (labels, closures), any read
// counts. Precision first: any escape counts as checked. The uses come from
// one walk per function (uses.go).

// response is a call of a response source (sources.go).
type response struct {
	// method is the callee as a fix names it: the SDK method
	// (PostModelOutputs), or the wrapper that returns its response.
	method  string
	wrapFn  *types.Func      // for a wrapper declared as a function: it (noun names it), or nil
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
func (r response) noun(pkg *types.Package) string {
	by := r.method
	if r.wrapFn != nil {
		by = wrapperName(r.wrapFn, pkg) // named for findings only
	}
	switch {
	case r.rest != "":
		return "decoded " + r.rest + " returned by " + by
	case !r.wrapper:
		return r.method + " response"
	case r.origin == "":
		return "SDK response returned by " + by
	}
	return r.origin + " response returned by " + by
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
	// uncheckedNodes asks for calls only where the SDK or -rest is on.
	// Most calls are arguments, results or operands, whose value is not
	// the caller's to check: their callee is not looked up.
	if id, discarded, ok := holder(cur); ok {
		if r, ok := c.sourceOf(cur, call); ok {
			r.call, r.cur = call, cur
			c.checkResponse(r, id, discarded)
			return
		}
	}
	if !c.rest || !c.json {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Unmarshal" && sel.Sel.Name != "Decode" {
		return
	}
	if fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok && decodeTarget(fn) >= 0 {
		c.checkDecode(cur, call, fn)
	}
}

// holder says what becomes of the value of the call at cur: discarded (a
// statement of its own, go, defer), or assigned to the identifier id
// (v, err := call(), var v = call()). ok is false for anything else: a
// value returned, passed on, or stored in a field or an element is someone
// else's to check.
func holder(cur inspector.Cursor) (id *ast.Ident, discarded, ok bool) {
	switch p := cur.Parent().Node().(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		return nil, true, true
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && len(p.Lhs) > 0 {
			id, ok = ast.Unparen(p.Lhs[0]).(*ast.Ident)
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && len(p.Names) > 0 {
			id, ok = p.Names[0], true
		}
	}
	return id, false, ok
}

// checkResponse checks what becomes of the response of r, which holder
// says: discarded, or assigned to id, whose uses judgeResponse judges once
// the walk has left the function.
func (c *fileChecker) checkResponse(r response, id *ast.Ident, discarded bool) {
	if discarded || id.Name == "_" {
		if r.rest == "" { // a REST body that nothing reads is no finding
			c.report(at(CheckUnchecked, r.call, msgDiscarded(r.noun(c.pass.Pkg))))
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
	c.note(notedVar{v: v, fun: fun, r: r, id: id})
}

// judgeResponse judges the response n.r, assigned to n.v, by the uses of
// n.v that x indexes.
func (c *fileChecker) judgeResponse(x *funcUses, n *notedVar) {
	r, v := n.r, n.v
	info := x.lookup(v)
	var u uses
	if info != nil {
		u = info.uses
	} else {
		u = c.usesOf(n.fun, v)
	}
	switch {
	case r.rest != "":
		if u.fields && !u.status && !u.escapes { // as for a body decoded here
			c.report(at(CheckUnchecked, r.call, msgUnchecked("the "+r.noun(c.pass.Pkg))))
		}
	case !u.escapes && (!u.status || !x.readAfter(info, r.cur.Parent())):
		f := at(CheckUnchecked, r.call, msgUnchecked("the "+r.noun(c.pass.Pkg)))
		if c.buildFixes {
			f.fix = c.checkStatusFix(r, v, n.id)
		}
		c.report(f)
	case u.status && u.items && info != nil:
		c.checkPartial(x, info)
	}
}

// uses sums up the uses of a variable in its function.
type uses struct {
	status  bool // its status is read: v.Status, v.GetStatus(); a nil test is no read
	escapes bool // it leaves the function's hands
	items   bool // a repeated field of items with their own status is read
	fields  bool // another field is read
	// itemsName is the least name of those repeated fields (Outputs).
	itemsName string
}

// useKind is what one use of a variable does with it.
type useKind uint8

const (
	useNone     useKind = iota // compared with nil, assigned to _: nothing
	useStatus                  // its status is read
	useItems                   // a repeated field of items with their own status is read
	useField                   // another field is read
	useEscape                  // it leaves the function's hands
	useAssigned                // it is assigned to
)

// add adds a use of kind to u; field is the items' field for useItems.
func (u *uses) add(kind useKind, field string) {
	switch kind {
	case useStatus:
		u.status = true
	case useItems:
		u.items, u.fields = true, true
		if u.itemsName == "" || field < u.itemsName {
			u.itemsName = field
		}
	case useField:
		u.fields = true
	case useEscape:
		u.escapes = true
	}
}

// usesOf classifies every use of v in the function at fun. The checks read
// the function's index instead; this walk is for a variable the index does
// not hold (a type parameter's, or one never used).
func (c *fileChecker) usesOf(fun inspector.Cursor, v *types.Var) uses {
	var u uses
	for cur := range fun.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if id.Name != v.Name() || c.pass.TypesInfo.Uses[id] != v {
			continue
		}
		u.add(c.classifyUse(cur))
	}
	return u
}

// classifyUse classifies the use of a variable at cur; field is the items'
// field for useItems.
func (c *fileChecker) classifyUse(cur inspector.Cursor) (kind useKind, field string) {
	switch cur.ParentEdgeKind() {
	case edge.SelectorExpr_X:
		sel := cur.Parent().Node().(*ast.SelectorExpr)
		field := sel.Sel.Name
		s, ok := c.pass.TypesInfo.Selections[sel]
		if !ok {
			return useEscape, "" // not a selection of v's
		}
		var typ types.Type // the field's type
		if s.Kind() != types.MethodVal {
			typ = s.Type() // (a method's would be allocated)
		} else {
			// A getter reads its field; another method (String,
			// ProtoReflect) may read anything.
			name, isGetter := strings.CutPrefix(field, "Get")
			f, ok := directField(deref(s.Recv()), name)
			if !isGetter || !ok {
				return useEscape, ""
			}
			field, typ = name, f.Type()
		}
		switch {
		case field == "Status":
			if c.isNilTest(cur.Parent()) {
				return useNone, "" // v.Status == nil says nothing of the code
			}
			return useStatus, ""
		case itemStatus(typ) != nil:
			return useItems, field
		default:
			return useField, ""
		}
	case edge.AssignStmt_Lhs:
		return useAssigned, "" // assigned to, not read
	case edge.AssignStmt_Rhs:
		assign := cur.Parent().Node().(*ast.AssignStmt)
		_, i := cur.ParentEdge()
		if len(assign.Lhs) != len(assign.Rhs) || !isBlank(assign.Lhs[i]) {
			return useEscape, "" // x := v, s.resp = v
		}
		return useNone, ""
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		return useNone, "" // v == nil
	}
	// An argument, a result, an element, &v, *v, a send: it escapes.
	return useEscape, ""
}

// isNilTest reports whether the status selection at sel (v.Status, or
// v.GetStatus inside its call) is compared with nil: v.Status == nil,
// nil != v.GetStatus().
func (c *fileChecker) isNilTest(sel inspector.Cursor) bool {
	e := sel
	if e.ParentEdgeKind() == edge.CallExpr_Fun {
		e = e.Parent() // v.GetStatus()
	}
	for e.ParentEdgeKind() == edge.ParenExpr_X {
		e = e.Parent()
	}
	b, ok := e.Parent().Node().(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ {
		return false
	}
	other := b.Y
	if e.ParentEdgeKind() == edge.BinaryExpr_Y {
		other = b.X
	}
	return c.pass.TypesInfo.Types[ast.Unparen(other)].IsNil()
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
