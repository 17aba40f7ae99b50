package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/codes"
)

// This file is the site API: the one place that decides whether an
// expression carries a Clarifai status code (siteOf) and whether a value
// belongs to it (site.owns). Every check asks these two; none repeats
// their rules.

// siteKind says how an expression carries a status code.
type siteKind uint8

const (
	notSite   siteKind = iota
	typedSite          // its type is a status-code type
	convSite           // an integer conversion of a typed one: int(resp.Status.Code)
	restSite           // X.Status.Code of integer type on the program's own structs
)

// site is an expression that carries a status code.
type site struct {
	kind siteKind
	tk   typeKind        // for typed and converted sites: which type
	obj  *types.TypeName // for typed and converted sites: the type's name
	expr ast.Expr        // the expression without parentheses
	// vouched is set on a REST switch whose values show it is Clarifai's:
	// then every value of it belongs to it, unknown ones included.
	vouched bool
}

// owns reports whether the value v, compared with or assigned to s, is a
// Clarifai status code. Typed and converted sites own every value (an
// unknown one is a typo to report). A REST site owns only known codes,
// unless its switch vouched for it: Code == -32602 in a JSON-RPC struct is
// not ours.
func (s site) owns(v int64) bool {
	switch s.kind {
	case typedSite, convSite:
		return true
	case restSite:
		return s.vouched || codes.Code(v).Known()
	}
	return false
}

// siteOf classifies e. A REST site is returned only where the REST rules
// hold: -rest is set, the status struct is the program's own, and the file
// shows Clarifai context. Arithmetic on a code (code/100, code+1) is no
// site: its result is not a status code.
func (c *fileChecker) siteOf(e ast.Expr) site {
	e = ast.Unparen(e)
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Type == nil || tv.Value != nil {
		return site{} // a constant is a value, not a site
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		return site{}
	case *ast.UnaryExpr:
		if x.Op != token.ARROW {
			return site{} // -code, ^code
		}
	case *ast.CallExpr:
		if s, ok := c.conversionSite(x, tv.Type); ok {
			return s
		}
	}
	if c.reach {
		if s := c.typedPosition(tv.Type); s.kind != notSite {
			s.expr = e
			return s
		}
	}
	if c.rest && isInteger(tv.Type) && c.restAllowed(c.restCodeOwner(e)) {
		return site{kind: restSite, expr: e}
	}
	return site{}
}

// typedPosition is the site of a position of type t, where a value is
// converted to t: an assignment, a field, an argument, a return value, a
// map key, status.StatusCode(10000). It has no expression.
func (c *fileChecker) typedPosition(t types.Type) site {
	if tk, obj := c.codeType(t); tk != notCode {
		return site{kind: typedSite, tk: tk, obj: obj}
	}
	return site{}
}

// restAllowed is the gate of every REST finding: -rest is set, the REST
// status that owner declares (the package of its Code field) belongs to the
// program, and the current file's package shows Clarifai context.
func (c *fileChecker) restAllowed(owner *types.Package) bool {
	return c.rest && owner != nil && c.ownPackage(owner) && c.clarifaiContext()
}

// conversionSite classifies int(code), int32(resp.GetStatus().GetCode()):
// an integer conversion of a status code. ok is false when call is no
// conversion to an integer type.
func (c *fileChecker) conversionSite(call *ast.CallExpr, t types.Type) (site, bool) {
	if len(call.Args) != 1 || !c.reach || !isInteger(t) {
		return site{}, false
	}
	if fun, ok := c.pass.TypesInfo.Types[call.Fun]; !ok || !fun.IsType() {
		return site{}, false
	}
	if tk, _ := c.codeType(t); tk != notCode {
		return site{}, false // status.StatusCode(x): a typed site
	}
	inner := c.siteOf(call.Args[0])
	if inner.kind != typedSite && inner.kind != convSite {
		return site{}, true
	}
	return site{kind: convSite, tk: inner.tk, obj: inner.obj, expr: call}, true
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// restCodeOwner matches X.Status.Code, where Code is a field, and
// X.GetStatus().GetCode(), and returns the package that declares Code (or
// the method GetCode), for restAllowed to judge: a struct of a dependency,
// such as genproto's google.rpc Status, is never a REST site. It returns
// nil for any other expression.
func (c *fileChecker) restCodeOwner(e ast.Expr) *types.Package {
	var code *ast.Ident
	switch x := e.(type) {
	case *ast.SelectorExpr:
		inner, ok := ast.Unparen(x.X).(*ast.SelectorExpr)
		if !ok || x.Sel.Name != "Code" || inner.Sel.Name != "Status" {
			return nil
		}
		if s, ok := c.pass.TypesInfo.Selections[x]; !ok || s.Kind() != types.FieldVal {
			return nil
		}
		code = x.Sel
	case *ast.CallExpr:
		sel, ok := x.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "GetCode" || len(x.Args) != 0 {
			return nil
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(inner.Args) != 0 {
			return nil
		}
		if getter, ok := inner.Fun.(*ast.SelectorExpr); !ok || getter.Sel.Name != "GetStatus" {
			return nil
		}
		code = sel.Sel
	default:
		return nil
	}
	if obj := c.pass.TypesInfo.Uses[code]; obj != nil {
		return obj.Pkg()
	}
	return nil
}

// ownPackage reports whether pkg belongs to the program being analyzed
// rather than to a dependency: the same module, or, without module
// information (GOPATH builds, some drivers), the same package or the same
// first path element.
func (p *pkgChecker) ownPackage(pkg *types.Package) bool {
	path, self := pkg.Path(), p.pass.Pkg.Path()
	if path == self {
		return true
	}
	if m := p.pass.Module; m != nil && m.Path != "" {
		return path == m.Path || strings.HasPrefix(path, m.Path+"/")
	}
	first := func(s string) string { head, _, _ := strings.Cut(s, "/"); return head }
	return first(path) == first(self)
}

// sameExpr reports whether a and b are the same code expression, in an
// if-else chain, a guard or a range check: the same variables, fields and
// calls, where a protobuf getter is the field it reads
// (resp.GetStatus().GetCode() is resp.Status.Code). Shapes a code
// expression rarely has are compared as text.
func (c *fileChecker) sameExpr(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	if xa, na, ok := c.fieldStep(a); ok {
		xb, nb, ok := c.fieldStep(b)
		return ok && na == nb && c.sameExpr(xa, xb)
	}
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		if !ok || a.Name != b.Name {
			return false
		}
		// if code == A {…} else if code := f(); code == B: not the same.
		return c.pass.TypesInfo.ObjectOf(a) == c.pass.TypesInfo.ObjectOf(b)
	case *ast.CallExpr:
		b, ok := b.(*ast.CallExpr)
		return ok && len(a.Args) == 0 && len(b.Args) == 0 && a.Ellipsis == b.Ellipsis && c.sameExpr(a.Fun, b.Fun)
	case *ast.StarExpr:
		b, ok := b.(*ast.StarExpr)
		return ok && c.sameExpr(a.X, b.X)
	case *ast.IndexExpr:
		b, ok := b.(*ast.IndexExpr)
		if !ok || !c.sameExpr(a.X, b.X) {
			return false
		}
		va, oka := c.constValue(a.Index)
		vb, okb := c.constValue(b.Index)
		if oka || okb {
			return oka && okb && va == vb
		}
		return c.sameExpr(a.Index, b.Index)
	}
	return types.ExprString(a) == types.ExprString(b)
}

// fieldStep splits a field selection or a protobuf getter call into its
// operand and the field's name: resp.Status and resp.GetStatus() both give
// (resp, "Status").
func (c *fileChecker) fieldStep(e ast.Expr) (x ast.Expr, name string, ok bool) {
	switch e := e.(type) {
	case *ast.SelectorExpr:
		if s, ok := c.pass.TypesInfo.Selections[e]; ok && s.Kind() == types.FieldVal {
			return e.X, e.Sel.Name, true
		}
	case *ast.CallExpr:
		sel, ok := e.Fun.(*ast.SelectorExpr)
		if !ok || len(e.Args) != 0 || len(sel.Sel.Name) <= 3 || !strings.HasPrefix(sel.Sel.Name, "Get") {
			return nil, "", false
		}
		if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			return sel.X, sel.Sel.Name[3:], true
		}
	}
	return nil, "", false
}

// contextState caches whether files show Clarifai context.
type contextState uint8

const (
	contextUnknown contextState = iota
	contextYes
	contextNo
)

// clarifaiContext reports whether the current file's package shows that it
// talks to Clarifai: it imports the SDK or statuslint's codes package, or
// "clarifai" (any case) appears in its import path, its name, a file name or
// a string literal. The REST heuristic speaks only then: Code != 10000
// means success in many unrelated APIs. A non-test file's context comes from
// non-test files alone, so that loading tests changes no finding in it.
func (c *fileChecker) clarifaiContext() bool {
	i := 0
	if c.test {
		i = 1
	}
	if c.context[i] == contextUnknown {
		c.context[i] = contextNo
		if c.findContext(c.test) {
			c.context[i] = contextYes
		}
	}
	return c.context[i] == contextYes
}

// findContext looks for Clarifai context in the package's files: all of
// them when withTests is set, else the non-test ones.
func (p *pkgChecker) findContext(withTests bool) bool {
	pkg := p.pass.Pkg
	if containsFold(pkg.Path(), contextKey) || containsFold(pkg.Name(), contextKey) {
		return true
	}
	for _, c := range p.files {
		if c.test && !withTests {
			continue
		}
		if tf := p.pass.Fset.File(c.file.Pos()); tf != nil && containsFold(tf.Name(), contextKey) {
			return true
		}
		for _, spec := range c.file.Imports {
			if path := importPath(spec); strings.HasPrefix(path, sdkModule) || path == codesPath {
				return true
			}
		}
	}
	// Last: the string literals, through the inspector, which skips the
	// subtrees that hold none.
	for _, c := range p.files {
		if c.test && !withTests {
			continue
		}
		for cur := range c.cur.Preorder((*ast.BasicLit)(nil)) {
			if lit := cur.Node().(*ast.BasicLit); lit.Kind == token.STRING && containsFold(lit.Value, contextKey) {
				return true
			}
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word sub in
// any case, without allocating. sub's first letter must have no other
// case than its ASCII upper one (as the c of "clarifai").
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		// The first letter first: most positions fail it.
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// switchSite returns the site of switch sw's tag. A REST switch (in a
// package with Clarifai context, as every REST site) is Clarifai's when its
// case values are known codes; or most of them (at least two) are; or one
// is and every other value falls in a block of Clarifai codes (case 10000:
// … case 11500:, where 11500 is among the connection codes). Then a typo
// among them is reported as unknown rather than hiding the switch. A value
// outside every block (case 200, 404, 10000:) is another API's status.
func (c *fileChecker) switchSite(sw *ast.SwitchStmt) site {
	if sw == c.switches.sw {
		return c.switches.site // asked again by each of its case values
	}
	s := c.siteOf(sw.Tag)
	if s.kind == restSite {
		known, total, foreign := 0, 0, 0
		for _, stmt := range sw.Body.List {
			for _, e := range stmt.(*ast.CaseClause).List {
				if v, ok := c.constValue(e); ok {
					total++
					switch code := codes.Code(v); {
					case code.Known():
						known++
					case int64(code) != v || code.Family() == codes.FamilyUnknown:
						foreign++ // out of Clarifai's blocks, or of int32
					}
				}
			}
		}
		if s.vouched = known == total || known >= 2 && 2*known > total || known >= 1 && foreign == 0; !s.vouched {
			s = site{}
		}
	}
	c.switches = switchCache{sw, s}
	return s
}

// switchCache holds the site of the REST switch asked for last, as its
// case values ask for it in turn.
type switchCache struct {
	sw   *ast.SwitchStmt
	site site
}

// sdkResponse reports whether fn, declared in the SDK's api package, is a
// client method whose first result is a response. Server-side methods (V2Server,
// UnimplementedV2Server) are not client calls.
func (c *fileChecker) sdkResponse(fn *types.Func) (response, bool) {
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

// statusOwner returns the candidate response variable of the partial-batch
// check whose status the code expression e reads: v.Status.Code,
// v.GetStatus().GetCode(), int(code), or a local variable set by := to one
// (the index's inits); nil for any other expression. A variable with
// neither a candidate's nor an init's name is not looked up.
func (c *fileChecker) statusOwner(x *funcUses, e ast.Expr) *types.Var {
	for depth := 0; depth < 8; depth++ {
		switch y := ast.Unparen(e).(type) {
		case *ast.Ident:
			if !x.part.candNames.has(y.Name) && !x.part.initNames.has(y.Name) {
				return nil
			}
			v, ok := c.pass.TypesInfo.Uses[y].(*types.Var)
			if !ok {
				return nil
			}
			if x.partialOf(x.lookup(v)) != nil {
				return v
			}
			init, ok := x.part.inits[v]
			if !ok {
				return nil
			}
			e = init
		case *ast.SelectorExpr:
			e = y.X
		case *ast.CallExpr:
			sel, ok := ast.Unparen(y.Fun).(*ast.SelectorExpr)
			if !ok || len(y.Args) != 0 {
				if conv := c.pass.TypesInfo.Types[y.Fun]; conv.IsType() && len(y.Args) == 1 {
					e = y.Args[0] // int(code)
					continue
				}
				return nil
			}
			e = sel.X
		default:
			return nil
		}
	}
	return nil
}

// restResponseOwner returns, if t is a struct with a field Status of the
// REST shape (a struct, or pointer to one, with an integer field Code), the
// package that declares Code, for restAllowed to judge; else nil.
func restResponseOwner(t types.Type) *types.Package {
	status, ok := directField(t, "Status")
	if !ok {
		return nil
	}
	code, ok := directField(deref(status.Type()), "Code")
	if !ok || !isInteger(code.Type()) {
		return nil
	}
	return code.Pkg()
}
