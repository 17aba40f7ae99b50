package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

const (
	sdkModule  = "github.com/Clarifai/clarifai-go-grpc"
	sdkAPI     = sdkModule + "/proto/clarifai/api"
	sdkStatus  = sdkAPI + "/status"
	codesPath  = "github.com/statuslint/statuslint/codes"
	sdkPrefix  = "StatusCode_"
	contextKey = "clarifai"
)

// unvendor strips a vendor/ prefix from a package path, so that a vendored
// SDK matches like the original.
func unvendor(path string) string {
	if !strings.Contains(path, "vendor/") {
		return path // the common case, which Contains finds fast
	}
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

// inSDK reports whether the package at path is part of the SDK, whose
// client is a response source by itself.
func inSDK(path string) bool {
	path = unvendor(path)
	return path == sdkModule || strings.HasPrefix(path, sdkModule+"/")
}

// importPath returns the path an import spec names, or "".
func importPath(spec *ast.ImportSpec) string {
	p, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return ""
	}
	return p
}

// isTestFile reports whether f is a _test.go file.
func isTestFile(fset *token.FileSet, f *ast.File) bool {
	tf := fset.File(f.Pos())
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
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
func (c *fileChecker) codeType(t types.Type) (typeKind, *types.TypeName) {
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

// inReach walks the package's dependencies once and notes what is in
// reach: a package that declares a status-code type (without one, no
// expression in the package can have such a type), the SDK's api packages,
// whose client returns responses, and encoding/json, the only decoder the
// REST check knows (a package that cannot reach it cannot decode: its calls
// are not looked at for one).
func (p *pkgChecker) inReach() {
	seen := make(map[*types.Package]bool, 128) // about std's largest import graphs: no regrowth
	var visit func(pkg *types.Package)
	visit = func(pkg *types.Package) {
		if seen[pkg] {
			return
		}
		seen[pkg] = true
		path := unvendor(pkg.Path())
		switch path {
		case sdkAPI:
			p.apiPkgs = append(p.apiPkgs, pkg)
		case "encoding/json":
			p.json = true
		}
		if definesCodeType(path) {
			p.reach = true
		}
		for t := range p.types {
			if t.path == path {
				p.reach = true
			}
		}
		for _, imp := range pkg.Imports() {
			visit(imp)
		}
	}
	visit(p.pass.Pkg)
}

// constValue returns the integer value of a constant expression.
func (c *fileChecker) constValue(e ast.Expr) (int64, bool) {
	// Most operands asked about are getter calls and named constants, both
	// answered without the Types map, whose interface keys make it the
	// slowest lookup of the pass: no call without arguments is constant,
	// nor any selector but pkg.C, nor a variable, function or nil, and a
	// typed constant has its own value wherever it is used (an untyped one
	// may be converted by its use).
	var name *ast.Ident
	switch e := e.(type) {
	case *ast.CallExpr:
		if len(e.Args) == 0 {
			return 0, false
		}
	case *ast.Ident:
		name = e
	case *ast.SelectorExpr:
		if _, qualified := e.X.(*ast.Ident); !qualified {
			return 0, false // a constant's selector is pkg.C: resp.Status.Code is none
		}
		name = e.Sel
	case *ast.BasicLit:
		// An integer literal is its own value (the raw check asks about
		// every one): 10000, 0x2710, 10_000.
		if e.Kind == token.INT {
			if v, err := strconv.ParseInt(e.Value, 0, 64); err == nil {
				return v, true
			}
		}
	}
	if name != nil {
		switch obj := c.pass.TypesInfo.Uses[name].(type) {
		case *types.Const:
			if val := obj.Val(); val.Kind() == constant.Int && !isUntyped(obj.Type()) {
				return constant.Int64Val(val)
			}
		case nil:
		default:
			return 0, false // a variable, function, nil, type or package is no constant
		}
	}
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// isUntyped reports whether t is an untyped constant's type.
func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
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

// fieldType returns t, or for a getter's signature, its result.
func fieldType(t types.Type) types.Type {
	if sig, ok := t.(*types.Signature); ok && sig.Results().Len() == 1 {
		return sig.Results().At(0).Type()
	}
	return t
}

// deref returns what t points to, or t.
func deref(t types.Type) types.Type {
	if ptr, ok := t.(*types.Pointer); ok {
		return ptr.Elem()
	}
	return t
}
