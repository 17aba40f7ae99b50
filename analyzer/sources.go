package analyzer

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Response sources: the callees whose first result is a response that the
// caller must check. Besides the SDK's client: a method of an interface
// that mirrors a V2Client method (the seam for mocks), a pass-through
// function (facts.go), a generic function that passes its argument's or
// its callback's response on, and a local variable or struct field that
// holds one of these as a func value, where every assignment to it is in
// sight.

// sourceOf reports whether call, at cur (or any cursor in its function),
// calls a response source, and which.
func (c *fileChecker) sourceOf(cur inspector.Cursor, call *ast.CallExpr) (response, bool) {
	fun := ast.Unparen(call.Fun)
	switch x := fun.(type) {
	case *ast.IndexExpr: // Must[*api.SingleInputResponse](…)
		fun = x.X
	case *ast.IndexListExpr:
		fun = x.X
	}
	var id *ast.Ident
	switch x := fun.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return response{}, false
	}
	switch obj := c.pass.TypesInfo.Uses[id].(type) {
	case *types.Func:
		return c.funcSource(obj, cur, call)
	case *types.Var:
		return c.varSource(obj, cur)
	}
	return response{}, false
}

// funcSource reports whether fn is a response source. call is the call of
// fn, or nil for a func value (which generic pass-throughs cannot be).
func (c *fileChecker) funcSource(fn *types.Func, cur inspector.Cursor, call *ast.CallExpr) (response, bool) {
	sig := fn.Signature()
	if sig.Results().Len() == 0 || fn.Pkg() == nil {
		return response{}, false
	}
	if slices.Contains(c.apiPkgs, fn.Pkg()) {
		return c.sdkResponse(fn)
	}
	if recv := sig.Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return c.mirrorResponse(fn)
	}
	first := sig.Results().At(0).Type()
	if call != nil && sig.TypeParams().Len() > 0 {
		first = firstType(c.pass.TypesInfo.TypeOf(call)) // instantiated
	}
	k := c.resultKind(first)
	if k != sdkResult && k != restResult {
		return response{}, false
	}
	f := c.funcFact(fn)
	if f == nil {
		return response{}, false
	}
	r := response{method: fn.Name(), wrapFn: fn, origin: f.Method, wrapper: true}
	if f.Kind != passWrapper {
		var ok bool
		if r, ok = c.passedOn(cur, call, fn, f); !ok {
			return response{}, false
		}
	}
	r.status, r.rest = nil, ""
	if k == sdkResult {
		r.status = statusField(deref(first))
	} else {
		r.rest = namedTypeName(first)
		if r.rest == "" {
			r.rest = "response"
		}
	}
	return r, true
}

// firstType returns t, or the first type of the tuple t.
func firstType(t types.Type) types.Type {
	if tuple, ok := t.(*types.Tuple); ok {
		if tuple.Len() == 0 {
			return nil
		}
		return tuple.At(0).Type()
	}
	return t
}

// passedOn returns the response that the generic pass-through fn, of fact
// f, passes on in call: that of the argument's call, or of the callback's
// first result.
func (c *fileChecker) passedOn(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, f *passThrough) (response, bool) {
	if call == nil {
		return response{}, false
	}
	var arg ast.Expr
	switch {
	case len(call.Args) == 1 && fn.Signature().Params().Len() > 1: // Must(c.GetInput(…))
		if f.Kind != passArg || f.Param != 0 {
			return response{}, false
		}
		arg = call.Args[0]
	case f.Param < len(call.Args):
		arg = call.Args[f.Param]
	default:
		return response{}, false
	}
	arg = ast.Unparen(arg)
	if f.Kind == passArg {
		inner, ok := arg.(*ast.CallExpr)
		if !ok {
			return response{}, false // a variable is checked where it is assigned
		}
		return c.sourceOf(cur, inner)
	}
	lit, ok := arg.(*ast.FuncLit)
	if !ok {
		return c.funcValueSource(arg) // Retry(ctx, c.ListInputs)
	}
	sig, ok := c.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return response{}, false
	}
	k := c.resultKind(sig.Results().At(0).Type())
	if k != sdkResult && k != restResult {
		return response{}, false
	}
	litCur, ok := cur.FindNode(lit)
	if !ok {
		return response{}, false
	}
	p := c.passesThrough(litCur, sig, k)
	if p == nil || p.Kind != passWrapper {
		return response{}, false
	}
	if p.Method != "" {
		return response{method: p.Method}, true
	}
	return response{method: fn.Name(), wrapFn: fn, wrapper: true}, true
}

// wrapperName names the wrapper fn in the findings of package pkg so that
// it cannot be taken for another of its name: a method with its receiver's
// type (Client.Predict), a function of another package with that package's
// name (lib.Predict), one of pkg by its name alone.
func wrapperName(fn *types.Func, pkg *types.Package) string {
	if recv := fn.Signature().Recv(); recv != nil {
		if name := namedTypeName(recv.Type()); name != "" {
			return name + "." + fn.Name()
		}
		return fn.Name()
	}
	if fn.Pkg() != nil && fn.Pkg() != pkg {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// mirrorResponse reports whether fn, a method of an interface outside the
// SDK, mirrors a method of the SDK's V2Client: the same name and an
// identical signature.
func (c *fileChecker) mirrorResponse(fn *types.Func) (response, bool) {
	if len(c.apiPkgs) == 0 {
		return response{}, false
	}
	if c.mirrors == nil {
		c.mirrors = map[string][]*types.Func{}
		for _, pkg := range c.apiPkgs {
			tn, ok := pkg.Scope().Lookup("V2Client").(*types.TypeName)
			if !ok {
				continue
			}
			if iface, ok := tn.Type().Underlying().(*types.Interface); ok {
				for m := range iface.Methods() {
					c.mirrors[m.Name()] = append(c.mirrors[m.Name()], m)
				}
			}
		}
	}
	for _, m := range c.mirrors[fn.Name()] {
		if types.Identical(fn.Type(), m.Type()) {
			return c.sdkResponse(m)
		}
	}
	return response{}, false
}

// funcValueSource reports whether e, a func value, is a response source:
// c.PostModelOutputs, a pass-through wrapper, its method value.
func (c *fileChecker) funcValueSource(e ast.Expr) (response, bool) {
	var fn *types.Func
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if s, ok := c.pass.TypesInfo.Selections[x]; ok {
			if s.Kind() == types.MethodVal {
				fn, _ = s.Obj().(*types.Func)
			}
		} else {
			fn, _ = c.pass.TypesInfo.Uses[x.Sel].(*types.Func) // pkg.Func
		}
	case *ast.Ident:
		fn, _ = c.pass.TypesInfo.Uses[x].(*types.Func)
	}
	if fn == nil {
		return response{}, false
	}
	return c.funcSource(fn, inspector.Cursor{}, nil)
}

// varSource reports whether v, a variable of func type called at cur,
// holds a response source: a local variable every assignment of which, in
// the function that declares it, is a source (predict := c.PostModelOutputs),
// or a struct field that every composite literal and assignment of the
// package sets to one. Anything out of sight is no source.
func (c *fileChecker) varSource(v *types.Var, cur inspector.Cursor) (response, bool) {
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return response{}, false
	}
	if k := c.resultKind(sig.Results().At(0).Type()); k != sdkResult && k != restResult {
		return response{}, false
	}
	if v.IsField() {
		return c.fieldSource(v.Origin())
	}
	if v.Pkg() != c.pass.Pkg || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return response{}, false
	}
	s, ok := c.localFuncs[v]
	if !ok {
		s.r, s.set = c.localFuncSource(v, cur)
		if c.localFuncs == nil {
			c.localFuncs = map[*types.Var]fieldSrc{}
		}
		c.localFuncs[v] = s
	}
	return s.r, s.set
}

// localFuncSource reports whether the local variable v, used at cur, is
// set only to response sources in the function that declares it: one walk
// of that function per variable.
func (c *fileChecker) localFuncSource(v *types.Var, cur inspector.Cursor) (response, bool) {
	fun, ok := c.declaringFunc(cur, v)
	if !ok {
		return response{}, false
	}
	var r response
	n := 0
	for idCur := range fun.Preorder((*ast.Ident)(nil)) {
		id := idCur.Node().(*ast.Ident)
		if id.Name != v.Name() {
			continue
		}
		var value ast.Expr
		switch {
		case c.pass.TypesInfo.Defs[id] == v:
			var ok bool
			if value, ok = definedValue(idCur); !ok {
				return response{}, false // a parameter
			}
		case c.pass.TypesInfo.Uses[id] == v:
			switch idCur.ParentEdgeKind() {
			case edge.AssignStmt_Lhs:
				var ok bool
				if value, ok = definedValue(idCur); !ok {
					return response{}, false
				}
			case edge.UnaryExpr_X:
				return response{}, false // &predict: set out of sight
			}
		}
		if value == nil {
			continue
		}
		s, ok := c.funcValueSource(value)
		if !ok {
			return response{}, false
		}
		if n == 0 {
			r = s
		}
		n++
	}
	return r, n > 0
}

// definedValue returns the value that the declaration of the name at cur
// sets it to: nil for var f T; ok is false where it cannot tell.
func definedValue(cur inspector.Cursor) (ast.Expr, bool) {
	_, i := cur.ParentEdge()
	switch cur.ParentEdgeKind() {
	case edge.AssignStmt_Lhs:
		assign := cur.Parent().Node().(*ast.AssignStmt)
		if len(assign.Lhs) == len(assign.Rhs) {
			return assign.Rhs[i], true
		}
	case edge.ValueSpec_Names:
		spec := cur.Parent().Node().(*ast.ValueSpec)
		switch len(spec.Values) {
		case 0:
			return nil, true
		case len(spec.Names):
			return spec.Values[i], true
		}
	}
	return nil, false
}

// fieldSrc is what the package sets a field (or a local variable) of func
// type to.
type fieldSrc struct {
	r   response
	set bool // set to a source
	bad bool // set to something else
}

// fieldSource reports whether the package sets the field f, of func type
// with a response as its first result, only to response sources, in
// composite literals and assignments. The values come from fieldValues;
// they are judged when f is asked about, and the answer is kept.
func (c *fileChecker) fieldSource(f *types.Var) (response, bool) {
	s, ok := c.fieldSrcs[f]
	if !ok {
		values, walked := c.fieldSets[f]
		if !walked {
			c.fieldValues(f)
			values = c.fieldSets[f]
		}
		for _, value := range values {
			switch r, ok := c.funcValueSource(value); {
			case value == nil || !ok:
				s.bad = true
			case !s.set:
				s.r, s.set = r, true
			}
		}
		if c.fieldSrcs == nil {
			c.fieldSrcs = map[*types.Var]fieldSrc{}
		}
		c.fieldSrcs[f] = s
	}
	return s.r, s.set && !s.bad
}

// fieldValues walks the package for the values that it sets f to, and
// those of the other fields of func type of its own struct types that may
// return a response (most packages call through those), into fieldSets;
// with f nil, for those fields only, if there are any (prepare, so that
// the facts chain does not walk the package).
// One walk serves them all; it looks up only the keys and selectors with
// their names (and the types of literals that may set fields by
// position). It only collects: a value is judged when its field is asked
// about (fieldSource), since judging one may need a fact still being
// computed.
func (p *pkgChecker) fieldValues(f *types.Var) {
	fields := p.funcFields(f)
	if len(fields) == 0 {
		return
	}
	if p.fieldSets == nil {
		p.fieldSets = map[*types.Var][]ast.Expr{}
	}
	var names nameSet
	for _, g := range fields {
		names.add(g.Name())
		p.fieldSets[g] = nil // walked, no value yet
	}
	note := func(g *types.Var, value ast.Expr) { // value is nil where it is out of sight
		if g = g.Origin(); slices.Contains(fields, g) {
			p.fieldSets[g] = append(p.fieldSets[g], value)
		}
	}
	info := p.pass.TypesInfo
	// Fields of this package's types are never set by a literal of an
	// imported type, pkg.T{...} (T cannot hold them without an import
	// cycle): the commonest literals, requests, are skipped unread.
	own := f == nil || f.Pkg() == p.pass.Pkg
	for cur := range p.root.Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			if _, imported := n.Type.(*ast.SelectorExpr); imported && own {
				continue
			}
			positional := false
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					positional = true
					continue
				}
				if key, ok := kv.Key.(*ast.Ident); ok && names.has(key.Name) {
					if g, ok := info.Uses[key].(*types.Var); ok && g.IsField() {
						note(g, kv.Value)
					}
				}
			}
			if !positional || !mayBeStruct(n.Type) { // n.Type is nil inside another literal
				continue
			}
			if st, ok := deref(info.TypeOf(n)).Underlying().(*types.Struct); ok {
				for i, elt := range n.Elts {
					if i < st.NumFields() {
						note(st.Field(i), elt)
					}
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !ok || !names.has(sel.Sel.Name) {
					continue
				}
				sl, ok := info.Selections[sel]
				if !ok || sl.Kind() != types.FieldVal {
					continue
				}
				var value ast.Expr
				if len(n.Lhs) == len(n.Rhs) {
					value = n.Rhs[i]
				}
				note(sl.Obj().(*types.Var), value)
			}
		}
	}
}

// funcFields returns f (unless nil), and the fields of func type of the
// package's struct types whose first result may be a response (a struct,
// or a pointer to one, with a field Status) that no walk has looked for
// yet.
func (p *pkgChecker) funcFields(f *types.Var) []*types.Var {
	var fields []*types.Var
	if f != nil {
		fields = append(fields, f)
	}
	scope := p.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for g := range st.Fields() {
			sig, ok := g.Type().Underlying().(*types.Signature)
			if !ok || sig.Results().Len() == 0 || g == f {
				continue
			}
			if _, walked := p.fieldSets[g]; walked {
				continue
			}
			if _, ok := directField(deref(sig.Results().At(0).Type()), "Status"); ok {
				fields = append(fields, g)
			}
		}
	}
	return fields
}
