package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/codes"
)

const (
	sdkModule  = "github.com/Clarifai/clarifai-go-grpc"
	sdkStatus  = sdkModule + "/proto/clarifai/api/status"
	codesPath  = "github.com/statuslint/statuslint/codes"
	sdkPrefix  = "StatusCode_"
	contextKey = "clarifai"
)

// unvendor strips a vendor/ prefix from a package path, so that a vendored
// SDK matches like the original.
func unvendor(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return strings.TrimPrefix(path, "vendor/")
}

// definesCodeType reports whether the package at path declares one of the
// built-in status-code types.
func definesCodeType(path string) bool {
	path = unvendor(path)
	return path == sdkStatus || path == codesPath
}

// typeKind says which status-code type an expression has.
type typeKind uint8

const (
	notCode   typeKind = iota
	sdkCode            // the SDK's status.StatusCode
	codesCode          // this project's codes.Code
	userCode           // a type named with -types
)

// codeType reports which status-code type t is, matching by package path and
// type name, never by how an identifier is spelled.
func (c *checker) codeType(t types.Type) (typeKind, *types.TypeName) {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return notCode, nil
	}
	obj := named.Obj()
	if obj.Pkg() == nil {
		return notCode, nil
	}
	path := unvendor(obj.Pkg().Path())
	switch {
	case path == sdkStatus && obj.Name() == "StatusCode":
		return sdkCode, obj
	case path == codesPath && obj.Name() == "Code":
		return codesCode, obj
	case c.types[typeName{path, obj.Name()}]:
		return userCode, obj
	}
	return notCode, nil
}

// reachesCodeType reports whether this package or any of its dependencies
// is a package that declares a status-code type. Without one, no expression
// in the package can have such a type.
func (c *checker) reachesCodeType() bool {
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		path := unvendor(p.Path())
		if definesCodeType(path) {
			return true
		}
		for t := range c.types {
			if t.path == path {
				return true
			}
		}
		for _, imp := range p.Imports() {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	return visit(c.pass.Pkg)
}

// siteKind says how an expression carries a status code.
type siteKind uint8

const (
	notSite   siteKind = iota
	typedSite          // its type is a status-code type
	convSite           // an integer conversion of a typed one: int(resp.Status.Code)
	restSite           // X.Status.Code of integer type on the user's own structs
)

// site is an expression that carries a status code.
type site struct {
	kind siteKind
	tk   typeKind        // for typed and converted sites: which type
	obj  *types.TypeName // for typed and converted sites: the type's name
	expr ast.Expr        // the expression without parentheses
}

// codeSite classifies e. REST sites are returned whatever the package's
// context; callers check it, since it costs a scan of the package.
func (c *checker) codeSite(e ast.Expr) site {
	e = ast.Unparen(e)
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Type == nil {
		return site{}
	}
	if c.reach {
		if tk, obj := c.codeType(tv.Type); tk != notCode {
			return site{kind: typedSite, tk: tk, obj: obj, expr: e}
		}
	}
	if !isInteger(tv.Type) {
		return site{}
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		// An integer conversion: int(code), int32(resp.GetStatus().GetCode()).
		if len(x.Args) == 1 && c.reach {
			if fun, ok := c.pass.TypesInfo.Types[x.Fun]; ok && fun.IsType() {
				inner := c.codeSite(x.Args[0])
				if inner.kind == typedSite || inner.kind == convSite {
					return site{kind: convSite, tk: inner.tk, obj: inner.obj, expr: e}
				}
				return site{}
			}
		}
		if c.rest && isRESTGetter(x) {
			return site{kind: restSite, expr: e}
		}
	case *ast.SelectorExpr:
		if c.rest && isRESTField(c.pass.TypesInfo, x) {
			return site{kind: restSite, expr: e}
		}
	}
	return site{}
}

// sameExpr reports whether a and b are the same code expression, in an
// if-else chain or a range check: the same variables, fields and calls, as
// written. Shapes a code expression rarely has are compared as text.
func (c *checker) sameExpr(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		if !ok || a.Name != b.Name {
			return false
		}
		// if code == A {…} else if code := f(); code == B: not the same.
		return c.pass.TypesInfo.ObjectOf(a) == c.pass.TypesInfo.ObjectOf(b)
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		return ok && a.Sel.Name == b.Sel.Name && c.sameExpr(a.X, b.X)
	case *ast.CallExpr:
		b, ok := b.(*ast.CallExpr)
		return ok && len(a.Args) == 0 && len(b.Args) == 0 && a.Ellipsis == b.Ellipsis && c.sameExpr(a.Fun, b.Fun)
	case *ast.StarExpr:
		b, ok := b.(*ast.StarExpr)
		return ok && c.sameExpr(a.X, b.X)
	}
	return types.ExprString(a) == types.ExprString(b)
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isRESTField matches X.Status.Code where Code is a struct field.
func isRESTField(info *types.Info, sel *ast.SelectorExpr) bool {
	if sel.Sel.Name != "Code" {
		return false
	}
	inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || inner.Sel.Name != "Status" {
		return false
	}
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.FieldVal
}

// isRESTGetter matches X.GetStatus().GetCode().
func isRESTGetter(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "GetCode" || len(call.Args) != 0 {
		return false
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(inner.Args) != 0 {
		return false
	}
	getter, ok := inner.Fun.(*ast.SelectorExpr)
	return ok && getter.Sel.Name == "GetStatus"
}

// contextState caches whether the package shows Clarifai context.
type contextState uint8

const (
	contextUnknown contextState = iota
	contextYes
	contextNo
)

// clarifaiContext reports whether the package shows that it talks to
// Clarifai: it imports the SDK or statuslint's codes package, or "clarifai" (any case) appears in its
// import path, its name, a file name or a string literal. The REST heuristic
// fires only then: Code != 10000 means success in many unrelated APIs.
func (c *checker) clarifaiContext() bool {
	if c.context == contextUnknown {
		c.context = contextNo
		if c.findContext() {
			c.context = contextYes
		}
	}
	return c.context == contextYes
}

func (c *checker) findContext() bool {
	pkg := c.pass.Pkg
	if containsFold(pkg.Path(), contextKey) || containsFold(pkg.Name(), contextKey) {
		return true
	}
	for _, imp := range pkg.Imports() {
		if path := unvendor(imp.Path()); strings.HasPrefix(path, sdkModule) || path == codesPath {
			return true
		}
	}
	for _, f := range c.pass.Files {
		if tf := c.pass.Fset.File(f.Pos()); tf != nil && containsFold(tf.Name(), contextKey) {
			return true
		}
	}
	// Last, and only for packages with a REST candidate: the string literals.
	found := false
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && containsFold(lit.Value, contextKey) {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word sub in
// any case, without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// sdkNames are the StatusCode constants of one SDK status package in the
// build, which may be older or newer than the table. Names are kept whole
// (StatusCode_SUCCESS), as the scope holds them, so that looking one up
// allocates nothing.
type sdkNames struct {
	first map[int64]string   // the first name of each value, in scope order
	more  map[int64][]string // further names of a value, rare (aliases)
	// complete is false for a package this one imports only indirectly:
	// export data then holds just the objects its importers use, so the
	// table stands in for the names it lacks.
	complete bool
}

// sdkNamesOf returns the constants of the SDK status package pkg, reading
// its scope once per run.
func (c *checker) sdkNamesOf(pkg *types.Package) *sdkNames {
	if n, ok := c.sdk[pkg]; ok {
		return n
	}
	scope := pkg.Scope()
	n := &sdkNames{first: make(map[int64]string, scope.Len()), complete: pkg.Complete()}
	for _, name := range scope.Names() {
		if !strings.HasPrefix(name, sdkPrefix) {
			continue
		}
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		v, exact := constant.Int64Val(k.Val())
		if !exact {
			continue
		}
		if _, dup := n.first[v]; !dup {
			n.first[v] = name
			continue
		}
		if n.more == nil {
			n.more = map[int64][]string{}
		}
		n.more[v] = append(n.more[v], name)
	}
	if c.sdk == nil {
		c.sdk = map[*types.Package]*sdkNames{}
	}
	c.sdk[pkg] = n
	return n
}

// lookup returns the build's constant StatusCode_name for value v, if any.
func (n *sdkNames) lookup(v int64, name string) (string, bool) {
	if name == "" {
		return "", false
	}
	if m, ok := n.first[v]; ok && isSDKName(m, name) {
		return m, true
	}
	for _, m := range n.more[v] {
		if isSDKName(m, name) {
			return m, true
		}
	}
	return "", false
}

// isSDKName reports whether full is sdkPrefix+name, without building it.
func isSDKName(full, name string) bool {
	return len(full) == len(sdkPrefix)+len(name) && strings.HasSuffix(full, name) && strings.HasPrefix(full, sdkPrefix)
}

// constName returns the name to write for value v of status-code type obj
// (without qualifier): the table's current name where the build has it, else
// another name the build has for v. ok is false when the build has no
// constant for v, or the type has no constants (-types).
func (c *checker) constName(obj *types.TypeName, tk typeKind, v int64) (string, bool) {
	name, prefix, ok := c.findConst(obj, tk, v)
	if prefix {
		name = sdkPrefix + name
	}
	return name, ok
}

// hasConst reports whether constName finds a name, without building one.
func (c *checker) hasConst(obj *types.TypeName, tk typeKind, v int64) bool {
	_, _, ok := c.findConst(obj, tk, v)
	return ok
}

// findConst does constName's work. The name lacks sdkPrefix when prefix is
// set: only the table knows it, and building it allocates.
func (c *checker) findConst(obj *types.TypeName, tk typeKind, v int64) (name string, prefix, ok bool) {
	info, known := codes.Lookup(codes.Code(v))
	switch tk {
	case sdkCode:
		names := c.sdkNamesOf(obj.Pkg())
		if known {
			if m, ok := names.lookup(v, info.Name); ok {
				return m, false, true
			}
			for _, alias := range info.Aliases {
				if m, ok := names.lookup(v, alias); ok {
					return m, false, true
				}
			}
		}
		if m, ok := names.first[v]; ok {
			return m, false, true
		}
		if known && !names.complete && info.InSDK && !info.Deprecated {
			return info.Name, true, true
		}
	case codesCode:
		if known && obj.Pkg().Scope().Lookup(info.Ident) != nil {
			return info.Ident, false, true
		}
	}
	return "", false, false
}

// constValue returns the integer value of a constant expression.
func (c *checker) constValue(e ast.Expr) (int64, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// isLiteral reports whether e is a constant written with literals only:
// 10000, (10000), -1, 10000+5. A named constant is not a raw value.
func isLiteral(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.UnaryExpr:
		return isLiteral(e.X)
	case *ast.BinaryExpr:
		return isLiteral(e.X) && isLiteral(e.Y)
	}
	return false
}
