package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
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

// response is an SDK call that returns a response.
type response struct {
	method string           // the client method: PostModelOutputs
	status *types.Package   // the SDK status package its Status comes from
	call   *ast.CallExpr    // the call
	cur    inspector.Cursor // the call's cursor
}

// checkCall checks a call that may return an SDK response or decode a REST
// one.
func (c *checker) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	decode := c.rest && (sel.Sel.Name == "Unmarshal" || sel.Sel.Name == "Decode")
	if len(c.apiPkgs) == 0 && !decode {
		return // cheap test first: without the SDK, only json decoding matters
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	if slices.Contains(c.apiPkgs, fn.Pkg()) {
		if r, ok := c.sdkResponse(fn); ok {
			r.call, r.cur = call, cur
			c.checkResponse(r)
			return
		}
	}
	if decode && fn.Pkg().Path() == "encoding/json" {
		c.checkDecode(cur, call, fn)
	}
}

// sdkResponse reports whether fn, declared in the SDK's api package, is a
// client method whose first result is a response. Server-side methods (V2Server,
// UnimplementedV2Server) are not client calls.
func (c *checker) sdkResponse(fn *types.Func) (response, bool) {
	sig := fn.Signature()
	if recv := sig.Recv(); recv == nil || strings.HasSuffix(namedTypeName(recv.Type()), "Server") || sig.Results().Len() == 0 {
		return response{}, false
	}
	ptr, ok := sig.Results().At(0).Type().(*types.Pointer)
	if !ok {
		return response{}, false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok {
		return response{}, false
	}
	status := statusField(named)
	if status == nil {
		return response{}, false
	}
	return response{method: fn.Name(), status: status}, true
}

// statusField returns the SDK status package if t is a struct with a field
// Status *status.Status.
func statusField(t types.Type) *types.Package {
	f, ok := directField(t, "Status")
	if !ok {
		return nil
	}
	ptr, ok := f.Type().(*types.Pointer)
	if !ok {
		return nil
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if ok && named.Obj().Name() == "Status" && named.Obj().Pkg() != nil && unvendor(named.Obj().Pkg().Path()) == sdkStatus {
		return named.Obj().Pkg()
	}
	return nil
}

// namedTypeName names the (pointed-to) named type t, or "" if it has none.
func namedTypeName(t types.Type) string {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Name()
	}
	return ""
}

// checkResponse checks what becomes of the response of r.
func (c *checker) checkResponse(r response) {
	parent := r.cur.Parent()
	var id *ast.Ident // the variable the response is assigned to
	switch p := parent.Node().(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		c.report(at(CheckUnchecked, r.call, msgDiscarded(r.method)))
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
		c.report(at(CheckUnchecked, r.call, msgDiscarded(r.method)))
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
	case !u.status && !u.escapes:
		f := at(CheckUnchecked, r.call, msgUnchecked("the "+r.method+" response"))
		f.fix = c.checkStatusFix(r, v, id)
		c.report(f)
	case u.status && u.items:
		c.checkPartial(fun, v, u)
	}
}

// declaringFunc returns the function (declaration or literal) that
// declares the local variable v, from a cursor inside it. ok is false for a
// variable of the package, and for a named result, which a bare return
// hands on.
func (c *checker) declaringFunc(cur inspector.Cursor, v *types.Var) (inspector.Cursor, bool) {
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
func (c *checker) usesOf(fun inspector.Cursor, v *types.Var, skip *ast.Ident) uses {
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
func (c *checker) classifyUse(cur inspector.Cursor, u *uses) {
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

// directField returns the field name declared by the struct type t itself:
// protobuf messages embed nothing, and a search through embedded fields
// would allocate on every decoding call.
func directField(t types.Type, name string) (*types.Var, bool) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, false
	}
	for f := range st.Fields() {
		if f.Name() == name {
			return f, true
		}
	}
	return nil, false
}

// isBuiltin reports whether fun names one of the builtin functions names.
func (c *checker) isBuiltin(fun ast.Expr, names ...string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && slices.Contains(names, b.Name())
}

// fieldType returns t, or for a getter's signature, its result.
func fieldType(t types.Type) types.Type {
	if sig, ok := t.(*types.Signature); ok && sig.Results().Len() == 1 {
		return sig.Results().At(0).Type()
	}
	return t
}

// itemStatus returns the SDK status package if t is a repeated field of
// items that carry their own status: []*Output, []*Input.
func itemStatus(t types.Type) *types.Package {
	if t == nil {
		return nil
	}
	slice, ok := t.Underlying().(*types.Slice)
	if !ok {
		return nil
	}
	ptr, ok := slice.Elem().(*types.Pointer)
	if !ok {
		return nil
	}
	return statusField(ptr.Elem())
}

// checkPartial reports a partial code (MIXED_STATUS) that a comparison of
// v's status lets through, where the function reads v's items and never an
// item's status: failed items have no data. An item, or the items, handed
// to a call, returned or stored count as checked: someone else may check
// them.
func (c *checker) checkPartial(fun inspector.Cursor, v *types.Var, u uses) {
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
func (c *checker) itemHandled(n ast.Node, isItem func(ast.Expr) bool) bool {
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
func (c *checker) isItemExpr(e ast.Expr, v *types.Var, itemVars map[types.Object]bool) bool {
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
func (c *checker) isItemsField(sel *ast.SelectorExpr, v *types.Var) bool {
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v && itemStatus(fieldType(c.pass.TypesInfo.TypeOf(sel))) != nil
}

// letsThrough matches the top of a chain that treats a partial code like a
// success: code == SUCCESS || code == MIXED_STATUS, or
// code != SUCCESS && code != MIXED_STATUS, on v's status code. It returns
// the comparison with the partial code.
func (c *checker) letsThrough(cur inspector.Cursor, b *ast.BinaryExpr, v *types.Var, fun inspector.Cursor) (ast.Expr, codes.Code) {
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
func (c *checker) caseLetsThrough(cur inspector.Cursor, cc *ast.CaseClause, v *types.Var, fun inspector.Cursor) (ast.Expr, codes.Code) {
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

// derivedFrom reports whether the code expression e reads v's status:
// v.Status.Code, v.GetStatus().GetCode(), or a local variable of the
// function at fun that was set to one.
func (c *checker) derivedFrom(e ast.Expr, v *types.Var, fun inspector.Cursor) bool {
	for depth := 0; depth < 8; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			obj := c.pass.TypesInfo.Uses[x]
			if obj == v {
				return true
			}
			local, ok := obj.(*types.Var)
			if !ok {
				return false
			}
			init, ok := c.initOf(fun, local)
			if !ok {
				return false
			}
			e = init
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok || len(x.Args) != 0 {
				if conv := c.pass.TypesInfo.Types[x.Fun]; conv.IsType() && len(x.Args) == 1 {
					e = x.Args[0] // int(code)
					continue
				}
				return false
			}
			e = sel.X
		default:
			return false
		}
	}
	return false
}

// initOf returns the expression that the := declaring the local variable
// local in the function at fun sets it to.
func (c *checker) initOf(fun inspector.Cursor, local *types.Var) (ast.Expr, bool) {
	def, ok := fun.FindByPos(local.Pos(), local.Pos())
	if !ok || def.ParentEdgeKind() != edge.AssignStmt_Lhs {
		return nil, false
	}
	assign := def.Parent().Node().(*ast.AssignStmt)
	_, i := def.ParentEdge()
	if assign.Tok != token.DEFINE || len(assign.Lhs) != len(assign.Rhs) {
		return nil, false
	}
	return assign.Rhs[i], true
}

// checkDecode checks json.Unmarshal(b, &v) and json.NewDecoder(r).Decode(&v)
// into a local variable of the program's own REST response struct: a
// struct with a field Status that has an integer Code. Where other fields
// of v are read, its Status never is and v does not escape, the status is
// never checked. Like every REST finding, only in a package with Clarifai
// context.
func (c *checker) checkDecode(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	var target ast.Expr
	switch recv := fn.Signature().Recv(); {
	case fn.Name() == "Unmarshal" && recv == nil && len(call.Args) == 2:
		target = call.Args[1]
	case fn.Name() == "Decode" && recv != nil && len(call.Args) == 1:
		target = call.Args[0]
	default:
		return
	}
	target = ast.Unparen(target)
	if addr, ok := target.(*ast.UnaryExpr); ok && addr.Op == token.AND {
		target = ast.Unparen(addr.X)
	}
	id, ok := target.(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !c.isRESTResponse(deref(v.Type())) || !c.clarifaiContext() {
		return
	}
	fun, ok := c.declaringFunc(cur, v)
	if !ok {
		return
	}
	if u := c.usesOf(fun, v, id); u.fields && !u.status && !u.escapes {
		what := "the decoded response"
		if name := namedTypeName(v.Type()); name != "" {
			what = "the decoded " + name
		}
		c.report(at(CheckUnchecked, call, msgUnchecked(what)))
	}
}

// isRESTResponse reports whether t is a struct of the program's own with a
// field Status of the REST shape: a struct (or pointer to one) with an
// integer field Code.
func (c *checker) isRESTResponse(t types.Type) bool {
	status, ok := directField(t, "Status")
	if !ok {
		return false
	}
	code, ok := directField(deref(status.Type()), "Code")
	return ok && isInteger(code.Type()) && code.Pkg() != nil && c.ownPackage(code.Pkg())
}

// deref returns what t points to, or t.
func deref(t types.Type) types.Type {
	if ptr, ok := t.(*types.Pointer); ok {
		return ptr.Elem()
	}
	return t
}
