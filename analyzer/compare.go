package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
)

// The raw check: a status code compared with, or written as, a raw integer.
// Every raw value is found here, from the first integer literal of its
// constant expression; rawUse alone decides what the literal is.

// rawKind says what a literal is to the raw check.
type rawKind uint8

const (
	notRaw   rawKind = iota
	rawValue         // a raw status code: report it, fix it to its constant
	rawRange         // a bound of a range check: report the range
)

// rawUse is what rawUse found out about a literal.
type rawUse struct {
	kind  rawKind
	site  site
	value int64
	// target is what a fix replaces: the constant expression, or the whole
	// conversion status.StatusCode(10000).
	target ast.Expr
	// conv is the integer type a replacement must be converted to, where the
	// literal has that type: int(resp.Status.Code) == int(status.StatusCode_SUCCESS).
	conv string
	// unspelled is set when the file cannot write conv (its package is not
	// imported there): no fix.
	unspelled bool
	// For ranges: the comparison, or the && of two, and its bounds.
	rangeExpr ast.Expr
	bounds    []string
}

// rawNodes are the integer literals, and the comparisons and switches
// where the program's own constants are used as codes (consts.go).
func rawNodes(*pkgChecker, bool) []ast.Node {
	return []ast.Node{(*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil)}
}

func (c *fileChecker) visitRaw(cur inspector.Cursor) {
	switch n := cur.Node().(type) {
	case *ast.BasicLit:
		if n.Kind == token.INT {
			c.checkLiteral(cur, n)
		}
	case *ast.BinaryExpr:
		c.constComparison(n)
	case *ast.SwitchStmt:
		c.constCases(n)
	}
}

// checkLiteral reports the literal lit at cur if it is a raw status code.
func (c *fileChecker) checkLiteral(cur inspector.Cursor, lit *ast.BasicLit) {
	switch u := c.rawUse(cur, lit); u.kind {
	case rawValue:
		for cur.Node() != u.target {
			cur = cur.Parent()
		}
		c.reportRaw(u, cur)
	case rawRange:
		c.report(at(CheckRaw, u.rangeExpr, msgRange(types.ExprString(u.site.expr), u.bounds)))
	}
}

// rawUse decides whether the integer literal lit at cur is a raw status
// code, by where its constant expression stands: an operand of == or != with
// a code site; a case value of a switch over one; a bound of an ordered
// comparison with one; or any other place where Go converted it to a
// status-code type (an assignment, a composite-literal field, an argument, a
// return value, a map key, status.StatusCode(10000)). The operand of
// arithmetic on a code (code/100, c += 1) is not a code.
func (c *fileChecker) rawUse(cur inspector.Cursor, lit *ast.BasicLit) rawUse {
	root, ok := constRoot(cur, lit)
	if !ok {
		return rawUse{}
	}
	expr := root.Node().(ast.Expr)
	v, ok := c.constValue(expr)
	if !ok {
		return rawUse{}
	}
	value := func(s site) rawUse { return c.valueUse(s, v, expr) }
	parent := root.Parent()
	switch p := parent.Node().(type) {
	case *ast.BinaryExpr:
		other := p.X
		if root.ParentEdgeKind() == edge.BinaryExpr_X {
			other = p.Y
		}
		switch {
		case p.Op == token.EQL || p.Op == token.NEQ:
			return value(c.siteOf(other))
		case isOrdered(p.Op):
			return c.rangeUse(parent, p)
		}
		return rawUse{} // arithmetic on a code is no code
	case *ast.CaseClause:
		if sw, ok := parent.Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag != nil {
			return value(c.switchSite(sw))
		}
		return rawUse{}
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN && p.Tok != token.DEFINE {
			return rawUse{} // c += 1
		}
	case *ast.CallExpr:
		// status.StatusCode(10000): replace the whole conversion.
		if root.ParentEdgeKind() == edge.CallExpr_Args && len(p.Args) == 1 && c.pass.TypesInfo.Types[p.Fun].IsType() {
			if s := c.typedPosition(c.pass.TypesInfo.TypeOf(p)); s.kind != notSite {
				u := value(s)
				u.target = p
				return u
			}
		}
	}
	return value(c.typedPosition(c.pass.TypesInfo.TypeOf(expr)))
}

// constRoot climbs from the literal lit at cur to the whole constant
// expression it is part of (10000+5, -(1)): the raw value. ok is false when
// lit is not the expression's first literal, which speaks for it.
func constRoot(cur inspector.Cursor, lit *ast.BasicLit) (root inspector.Cursor, ok bool) {
	root = cur
	for {
		parent := root.Parent()
		e, ok := parent.Node().(ast.Expr)
		if !ok || !isLiteral(e) {
			break
		}
		root = parent
	}
	expr := root.Node().(ast.Expr)
	return root, expr == ast.Expr(lit) || firstLiteral(expr) == lit
}

// valueUse is the raw value v written as expr where the site s expects a
// code, if s owns it.
func (c *fileChecker) valueUse(s site, v int64, expr ast.Expr) rawUse {
	if s.kind == notSite || !s.owns(v) {
		return rawUse{}
	}
	u, ok := rawUse{kind: rawValue, site: s, value: v, target: expr}, true
	if s.kind == convSite || s.kind == restSite {
		u.conv, ok = c.typeString(c.pass.TypesInfo.TypeOf(expr), expr.Pos())
		u.unspelled = !ok
	}
	return u
}

// firstLiteral returns the first integer literal of a constant expression.
func firstLiteral(e ast.Expr) *ast.BasicLit {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.INT {
			return e
		}
	case *ast.ParenExpr:
		return firstLiteral(e.X)
	case *ast.UnaryExpr:
		return firstLiteral(e.X)
	case *ast.BinaryExpr:
		if first := firstLiteral(e.X); first != nil {
			return first
		}
		return firstLiteral(e.Y)
	}
	return nil
}

func isOrdered(op token.Token) bool {
	return op == token.LSS || op == token.LEQ || op == token.GTR || op == token.GEQ
}

// rangeUse handles a literal bound of the ordered comparison cmp at cur.
// code >= lo && code < hi is one range check, reported once, by the
// left-hand comparison's literal.
func (c *fileChecker) rangeUse(cur inspector.Cursor, cmp *ast.BinaryExpr) rawUse {
	s, bound := c.rangeBound(cmp)
	if s.kind == notSite {
		return rawUse{}
	}
	u := rawUse{kind: rawRange, site: s, rangeExpr: cmp, bounds: []string{bound}}
	up := cur
	for {
		up = up.Parent()
		if _, ok := up.Node().(*ast.ParenExpr); !ok {
			break
		}
	}
	and, ok := up.Node().(*ast.BinaryExpr)
	if !ok || and.Op != token.LAND {
		return u
	}
	x, okx := ast.Unparen(and.X).(*ast.BinaryExpr)
	y, oky := ast.Unparen(and.Y).(*ast.BinaryExpr)
	if !okx || !oky {
		return u
	}
	sx, bx := c.rangeBound(x)
	sy, by := c.rangeBound(y)
	if sx.kind == notSite || sy.kind == notSite || !c.sameExpr(sx.expr, sy.expr) {
		return u
	}
	if y == cmp {
		return rawUse{} // the left-hand bound reports the range
	}
	u.rangeExpr, u.bounds = and, []string{bx, by}
	return u
}

// rangeBound returns the code site of an ordered comparison between a site
// and a literal, and the bound as the code's side reads it: ">= 21000" for
// both code >= 21000 and 21000 <= code.
func (c *fileChecker) rangeBound(cmp *ast.BinaryExpr) (site, string) {
	if !isOrdered(cmp.Op) {
		return site{}, ""
	}
	op, code, lit := cmp.Op, cmp.X, cmp.Y
	if isLiteral(cmp.X) {
		code, lit = cmp.Y, cmp.X
		op = map[token.Token]token.Token{token.LSS: token.GTR, token.LEQ: token.GEQ, token.GTR: token.LSS, token.GEQ: token.LEQ}[op]
	}
	if !isLiteral(lit) {
		return site{}, ""
	}
	s := c.siteOf(code)
	if s.kind == notSite {
		return site{}, ""
	}
	return s, op.String() + " " + types.ExprString(ast.Unparen(lit))
}

// reportRaw reports the raw value of u, at cur, with a fix to its constant
// where the file can name one and the condition does not compare with it
// already.
func (c *fileChecker) reportRaw(u rawUse, cur inspector.Cursor) {
	v, s := u.value, u.site
	info, known := codes.Lookup(codes.Code(v))
	f := at(CheckRaw, u.target, "")
	detail := func(withName, deprecated bool) string {
		if !known {
			return ""
		}
		return describe(info, withName, deprecated)
	}
	ref, name, edits, fixable, hasConst := c.constRef(s, v, u.target.Pos())
	switch {
	case hasConst:
		f.message = msgRaw(v, ref, detail(s.tk != sdkCode, isDeprecatedName(s.tk, name, info)))
		if fixable {
			f.fix = replaceFix(u.target, wrap(u.conv, ref), edits)
		}
	case !known:
		f.message = msgUnknown(v)
	case s.kind == restSite:
		// Name the codes package's constant; fix only where the package
		// already depends on it, so that the fix compiles.
		ref := "codes." + info.Ident
		if qual, edits, ok := c.codesQualifier(u.target.Pos()); ok {
			ref = qualify(qual, info.Ident)
			f.fix = replaceFix(u.target, wrap(u.conv, ref), edits)
		}
		f.message = msgRaw(v, ref, detail(true, info.Deprecated))
	case s.tk == sdkCode || s.tk == codesCode:
		// Known to the table, but the build has no constant for it: a code
		// only the documentation lists, or one an older SDK lacks.
		f.message = msgRawNoConst(v, info)
	default:
		f.message = msgRawPlain(v, info)
	}
	if u.unspelled {
		f.fix = nil
	}
	if f.fix != nil {
		// s.Code == 10000 || s.Code == status.StatusCode_SUCCESS: the fix
		// would say it twice.
		if where := c.alreadyHas(cur, v); where != "" {
			f.fix, f.message = nil, msgAlreadyThere(f.message, where)
		}
	}
	c.report(f)
}

// isDeprecatedName reports whether the constant name, of the kind of type
// tk, is a deprecated one.
func isDeprecatedName(tk typeKind, name string, info codes.Info) bool {
	if tk == codesCode {
		return info.Deprecated
	}
	_, deprecated := codes.Deprecation(strings.TrimPrefix(name, sdkPrefix))
	return deprecated
}

// wrap converts ref to the integer type conv, where the comparison needs it.
func wrap(conv, ref string) string {
	if conv == "" {
		return ref
	}
	return conv + "(" + ref + ")"
}

// typeString spells t as the current file can at pos: qualified by the
// name the file imports each package under (mt.MyInt for a package named
// mytypes imported as mt), unqualified under a dot import. ok is false
// when the file does not import a package it needs.
func (c *fileChecker) typeString(t types.Type, pos token.Pos) (string, bool) {
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		name, found := c.importedAs(unvendor(p.Path()), p.Name(), pos)
		switch {
		case !found:
			ok = false
		case name == ".":
			return ""
		}
		return name
	})
	return s, ok
}

// constRef writes the constant for value v at the typed or conversion site
// s as the file can at pos: ref is qualified, with the package's own name
// where the file cannot import it; name is the constant's; edits are the
// import a fix needs; fixable says a fix may write ref (the file can name
// the package and the build's SDK is known to have the name). ok is false
// when the build has no constant for v, or s is another kind of site.
func (c *fileChecker) constRef(s site, v int64, pos token.Pos) (ref, name string, edits []analysis.TextEdit, fixable, ok bool) {
	if s.kind != typedSite && s.kind != convSite {
		return "", "", nil, false, false
	}
	name, ok, verified := c.constName(s.obj, s.tk, v)
	if !ok {
		return "", "", nil, false, false
	}
	pkg := s.obj.Pkg()
	qual, edits, canQualify := c.qualifier(pkg, pos)
	if !canQualify {
		qual = pkg.Name()
	}
	return qualify(qual, name), name, edits, canQualify && verified, true
}
