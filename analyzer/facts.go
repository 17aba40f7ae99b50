package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Pass-through functions, known across packages by a fact, as x/tools'
// printf analyzer knows printf wrappers: a function that returns a
// response without reading its status hands the duty to check it to its
// callers. A function that reads the status, hands the response to any
// call, stores or sends it, is no pass-through: its callers owe nothing.

// passThrough is the fact of a function whose first result is a response
// whose status it has not read: an SDK response it got from a response
// source, a REST response it decoded, or, for a generic function, the
// response of an argument or of a callback's first result.
type passThrough struct {
	Kind passKind
	// Method is the SDK method whose response a wrapper returns: "" for a
	// REST response, or where the returns disagree.
	Method string
	// Param is the parameter whose response a generic function passes on.
	Param int
}

// passKind says where a pass-through's response comes from.
type passKind uint8

const (
	passWrapper  passKind = iota // a response source it calls, or a body it decodes
	passArg                      // its argument Param
	passCallback                 // the first result of its callback Param
)

func (*passThrough) AFact() {}

func (f *passThrough) String() string {
	switch f.Kind {
	case passArg:
		return "passes argument " + strconv.Itoa(f.Param) + "'s response"
	case passCallback:
		return "passes callback " + strconv.Itoa(f.Param) + "'s response"
	}
	if f.Method == "" {
		return "returns a response unread"
	}
	return "returns the " + f.Method + " response unread"
}

// computing marks a fact being computed: a function that calls itself is
// no pass-through through that call.
var computing = new(passThrough)

// resultKind says whether a function's first result can carry a response.
type resultKind uint8

const (
	noResponse  resultKind = iota
	sdkResult              // a pointer to a struct with Status *status.Status
	restResult             // the program's own REST response struct, or a pointer to one
	paramResult            // a type parameter: a generic function may pass one on
)

// resultKind classifies t, the first result of a function declared or
// called in this file.
func (c *fileChecker) resultKind(t types.Type) resultKind {
	switch t := t.(type) {
	case *types.TypeParam:
		// Only where the SDK is in reach: nothing at all for the rest of
		// the world, and no search for Clarifai context (a walk of every
		// string literal) in every package that declares a generic
		// function.
		if c.reach {
			return paramResult
		}
		return noResponse
	case *types.Pointer:
		if statusField(t.Elem()) != nil {
			return sdkResult
		}
	}
	if c.rest && c.restAllowed(restResponseOwner(deref(t))) {
		return restResult
	}
	return noResponse
}

// funcDecl is a function of this package whose first result can carry a
// response: a candidate for a fact.
type funcDecl struct {
	cur  inspector.Cursor // the declaration
	file *fileChecker     // its file
	kind resultKind
}

// findFuncDecls notes the functions of the package whose first result can
// carry a response. It looks at declarations only, not into bodies.
func (p *pkgChecker) findFuncDecls() {
	for _, c := range p.files {
		for cur := range c.cur.Children() {
			d, ok := cur.Node().(*ast.FuncDecl)
			if !ok || d.Body == nil || d.Type.Results == nil || !mayBeStruct(d.Type.Results.List[0].Type) {
				continue // most functions return an int, a bool or an error
			}
			fn, ok := p.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if !ok || fn.Signature().Results().Len() == 0 {
				continue
			}
			if k := c.resultKind(fn.Signature().Results().At(0).Type()); k != noResponse {
				if p.decls == nil {
					p.decls = map[*types.Func]funcDecl{}
				}
				p.decls[fn] = funcDecl{cur, c, k}
				p.declOrder = append(p.declOrder, fn)
			}
		}
	}
}

// computeFacts computes and exports the facts of the functions another
// package can call, those with an exported name, in source order. The
// facts of imported functions are read first, all of them: a fact can be
// imported only while the facts analyzer runs, and the checks ask for them
// later. The others' facts are computed when the checks ask for them: the
// facts analyzer runs in import order, the checks on all packages at once.
func (p *pkgChecker) computeFacts() {
	all := p.pass.AllObjectFacts()
	p.facts = make(map[*types.Func]*passThrough, len(all)+len(p.decls))
	for _, f := range all {
		fn, ok := f.Object.(*types.Func)
		if fact, isPT := f.Fact.(*passThrough); ok && isPT {
			p.facts[fn] = fact
		}
	}
	for _, fn := range p.declOrder {
		if !token.IsExported(fn.Name()) {
			continue
		}
		if f := p.funcFact(fn); f != nil {
			p.pass.ExportObjectFact(fn, f)
		}
	}
}

// funcFact returns the fact of fn, nil when it is no pass-through: for
// another package's function the fact computeFacts imported, for one of
// this package's computed once, by whichever pass asks first.
func (p *pkgChecker) funcFact(fn *types.Func) *passThrough {
	fn = fn.Origin()
	if f, ok := p.facts[fn]; ok {
		if f == computing {
			return nil
		}
		return f
	}
	if p.facts == nil {
		p.facts = map[*types.Func]*passThrough{}
	}
	var f *passThrough
	if d, ok := p.decls[fn]; ok { // decls are this package's
		p.facts[fn] = computing
		f = d.file.passesThrough(d.cur, fn.Signature(), d.kind)
	}
	p.facts[fn] = f
	return f
}

// passesThrough computes the fact of the function at fun (a declaration
// or a literal) of signature sig whose first result is of kind k, or nil.
// Every return's first result must be nil, a response source's first
// result (for a generic function: a parameter, or a callback parameter's
// first result), or a variable that holds only such values, whose status
// is never read, and that is used otherwise only to read other fields, to
// compare with nil, and, for a REST response, as the target of the
// decoding. One walk over the returns, one over the identifiers: linear
// in the function's size.
func (c *fileChecker) passesThrough(fun inspector.Cursor, sig *types.Signature, k resultKind) *passThrough {
	t := passThroughScan{c: c, fun: fun, sig: sig, kind: k}
	nresults := sig.Results().Len()
	fun.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(cur inspector.Cursor) bool {
		if t.bad {
			return false
		}
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok {
			return cur == fun // a literal inside has returns of its own
		}
		if len(ret.Results) == 0 {
			t.bad = nresults > 0 // a bare return of named results: cannot tell
			return false
		}
		first := ast.Unparen(ret.Results[0])
		if len(ret.Results) != nresults { // return f(): f's first result
			call, ok := first.(*ast.CallExpr)
			if !ok {
				t.bad = true
				return false
			}
			t.call(cur, call)
			return false
		}
		t.value(cur, first, true)
		return false
	})
	if t.bad || !t.found && len(t.vars) == 0 {
		return nil
	}
	if len(t.vars) > 0 {
		t.scanVars()
	}
	if t.bad || !t.found {
		return nil
	}
	// A copy: a pointer into t would keep t, and through it the file's
	// checker, its package's syntax and inspector, alive as long as the
	// driver keeps the fact (the whole run).
	out := t.out
	return &out
}

// passThroughScan is the state of passesThrough.
type passThroughScan struct {
	c     *fileChecker
	fun   inspector.Cursor
	sig   *types.Signature
	kind  resultKind
	out   passThrough  // what the returned values agree on
	found bool         // a value carries a response
	bad   bool         // the function is no pass-through
	vars  []*types.Var // variables returned
}

// carries merges a value that carries a response.
func (t *passThroughScan) carries(f passThrough) {
	switch {
	case !t.found:
		t.out, t.found = f, true
	case f.Kind != t.out.Kind || f.Param != t.out.Param:
		t.bad = true
	case f.Method != t.out.Method:
		t.out.Method = ""
	}
}

// value classifies e, a value returned (ret) or assigned to a returned
// variable, at cur.
func (t *passThroughScan) value(cur inspector.Cursor, e ast.Expr, ret bool) {
	info := t.c.pass.TypesInfo
	e = ast.Unparen(e)
	if info.Types[e].IsNil() {
		return
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		if t.kind == restResult && !ret && t.c.isBuiltin(x.Fun, "new") {
			return // r := new(Response)
		}
		t.call(cur, x)
		return
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok && ret && !v.IsField() && v.Pkg() == t.c.pass.Pkg && v.Parent() != v.Pkg().Scope() {
			if !slices.Contains(t.vars, v) {
				t.vars = append(t.vars, v)
			}
			return
		}
	case *ast.UnaryExpr:
		if t.kind == restResult && x.Op == token.AND {
			if ret {
				t.value(cur, x.X, ret) // return &out
				return
			}
			if lit, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && len(lit.Elts) == 0 {
				return // r := &Response{}
			}
		}
	case *ast.CompositeLit:
		if t.kind == restResult && !ret && len(x.Elts) == 0 {
			return // r := Response{}
		}
	}
	t.bad = true
}

// call classifies a call whose first result is returned or assigned.
func (t *passThroughScan) call(cur inspector.Cursor, call *ast.CallExpr) {
	if t.kind == paramResult {
		// f(ctx), where f is a parameter whose first result is the type
		// parameter returned.
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if i := t.paramIndex(t.c.pass.TypesInfo.Uses[id]); i >= 0 {
				if fsig, ok := t.sig.Params().At(i).Type().Underlying().(*types.Signature); ok &&
					fsig.Results().Len() > 0 && types.Identical(fsig.Results().At(0).Type(), t.resultType()) {
					t.carries(passThrough{Kind: passCallback, Param: i})
					return
				}
			}
		}
		t.bad = true
		return
	}
	r, ok := t.c.sourceOf(cur, call)
	if !ok {
		t.bad = true
		return
	}
	t.carries(passThrough{Kind: passWrapper, Method: r.sdkMethod()})
}

func (t *passThroughScan) resultType() types.Type { return t.sig.Results().At(0).Type() }

// paramIndex returns the index of obj among the parameters, or -1.
func (t *passThroughScan) paramIndex(obj types.Object) int {
	if obj == nil {
		return -1
	}
	for i := range t.sig.Params().Len() {
		if t.sig.Params().At(i) == obj {
			return i
		}
	}
	return -1
}

// scanVars classifies every use of the returned variables in one walk.
func (t *passThroughScan) scanVars() {
	info := t.c.pass.TypesInfo
	decoded := false
	for cur := range t.fun.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if !slices.ContainsFunc(t.vars, func(v *types.Var) bool { return v.Name() == id.Name }) {
			continue
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		v, ok := obj.(*types.Var)
		if !ok || !slices.Contains(t.vars, v) {
			continue
		}
		switch cur.ParentEdgeKind() {
		case edge.Field_Names: // a parameter: the argument, for a generic function
			i := t.paramIndex(v)
			if t.kind != paramResult || i < 0 || !types.Identical(v.Type(), t.resultType()) {
				t.bad = true
			} else {
				t.carries(passThrough{Kind: passArg, Param: i})
			}
		case edge.ValueSpec_Names:
			spec := cur.Parent().Node().(*ast.ValueSpec)
			if len(spec.Values) > 0 {
				t.assigned(cur, spec.Values, len(spec.Names))
			}
		case edge.AssignStmt_Lhs:
			assign := cur.Parent().Node().(*ast.AssignStmt)
			if assign.Tok != token.ASSIGN && assign.Tok != token.DEFINE {
				t.bad = true // resp += …: not ours
			} else {
				t.assigned(cur, assign.Rhs, len(assign.Lhs))
			}
		case edge.ReturnStmt_Results:
			t.returned(cur)
		case edge.SelectorExpr_X:
			if t.readsStatus(cur.Parent().Node().(*ast.SelectorExpr)) {
				t.bad = true
			}
		case edge.UnaryExpr_X:
			un := cur.Parent().Node().(*ast.UnaryExpr)
			switch {
			case un.Op != token.AND || t.kind != restResult:
				t.bad = true
			case cur.Parent().ParentEdgeKind() == edge.ReturnStmt_Results:
				t.returned(cur.Parent())
			case t.isDecodeTarget(cur.Parent()):
				decoded = true
			default:
				t.bad = true
			}
		case edge.CallExpr_Args:
			if t.kind == restResult && t.isDecodeTarget(cur) {
				decoded = true
			} else {
				t.bad = true // handed to a call, which may check it
			}
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			// resp == nil
		default:
			t.bad = true // stored, sent, converted: someone else's
		}
		if t.bad {
			return
		}
	}
	if t.kind == restResult {
		if !decoded {
			t.bad = true
			return
		}
		t.carries(passThrough{Kind: passWrapper})
	}
}

// assigned classifies the value that the i-th of n names at cur is set to.
func (t *passThroughScan) assigned(cur inspector.Cursor, values []ast.Expr, n int) {
	_, i := cur.ParentEdge()
	switch {
	case len(values) == n:
		t.value(cur, values[i], false)
	case len(values) == 1 && i == 0: // resp, err := c.PostModelOutputs(…)
		if call, ok := ast.Unparen(values[0]).(*ast.CallExpr); ok {
			t.call(cur, call)
			return
		}
		t.bad = true
	default:
		t.bad = true
	}
}

// returned accepts a use that is the first result of one of the
// function's own returns.
func (t *passThroughScan) returned(cur inspector.Cursor) {
	if _, i := cur.ParentEdge(); i != 0 || enclosingFunc(cur).Node() != t.fun.Node() {
		t.bad = true // a closure's return, or another result
	}
}

// readsStatus reports whether sel, on a returned variable, reads its
// status or calls a method that may read anything.
func (t *passThroughScan) readsStatus(sel *ast.SelectorExpr) bool {
	field := sel.Sel.Name
	if s, ok := t.c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
		name, isGetter := strings.CutPrefix(field, "Get")
		if _, isField := directField(deref(s.Recv()), name); !isGetter || !isField {
			return true
		}
		field = name
	}
	return field == "Status"
}

// isDecodeTarget reports whether the argument at cur is what
// json.Unmarshal or a json.Decoder's Decode decodes into.
func (t *passThroughScan) isDecodeTarget(cur inspector.Cursor) bool {
	if cur.ParentEdgeKind() != edge.CallExpr_Args {
		return false
	}
	call := cur.Parent().Node().(*ast.CallExpr)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := t.c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok {
		return false
	}
	_, i := cur.ParentEdge()
	return decodeTarget(fn) == i
}
