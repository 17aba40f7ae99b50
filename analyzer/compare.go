package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
)

// checkLiteral reports an integer literal that the type checker converted to
// a status-code type: a comparison operand, a case value, an assignment, a
// composite-literal field, an argument, a return value, a map key or element,
// or the operand of status.StatusCode(10000). Go records an untyped
// constant with the type it was converted to, so this one visit finds them
// all.
func (c *checker) checkLiteral(cur inspector.Cursor, lit *ast.BasicLit) {
	if !c.reach {
		return
	}
	// Climb to the whole constant expression (10000+5, -(1)): it is the raw
	// value, and one diagnostic covers all its literals.
	root := cur
	for {
		parent := root.Parent()
		e, ok := parent.Node().(ast.Expr)
		if !ok || !isLiteral(e) {
			break
		}
		root = parent
	}
	expr := root.Node().(ast.Expr)
	tv := c.pass.TypesInfo.Types[expr]
	if tv.Type == nil || tv.Value == nil {
		return
	}
	tk, obj := c.codeType(tv.Type)
	target := expr
	if tk == notCode {
		// status.StatusCode(10000): the conversion names the type.
		call, ok := root.Parent().Node().(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || root.ParentEdgeKind() != edge.CallExpr_Args {
			return
		}
		if tk, obj = c.codeType(c.pass.TypesInfo.TypeOf(call)); tk == notCode {
			return
		}
		target = call
	} else if call, ok := root.Parent().Node().(*ast.CallExpr); ok && root.ParentEdgeKind() == edge.CallExpr_Args {
		if ctk, _ := c.codeType(c.pass.TypesInfo.TypeOf(call)); ctk != notCode && c.pass.TypesInfo.Types[call.Fun].IsType() {
			target = call // replace the whole conversion, not just its operand
		}
	}
	if expr != ast.Expr(lit) && firstLiteral(expr) != lit {
		return // 10000+5: its first literal speaks for it
	}
	if c.inOrderedComparison(root) {
		return // reported as a range check
	}
	v, ok := c.constValue(expr)
	if !ok {
		return
	}
	c.reportRaw(target, v, site{kind: typedSite, tk: tk, obj: obj}, "")
}

// firstLiteral returns the first integer literal of a constant expression.
func firstLiteral(e ast.Expr) *ast.BasicLit {
	var first *ast.BasicLit
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && first == nil && lit.Kind == token.INT {
			first = lit
		}
		return first == nil
	})
	return first
}

// inOrderedComparison reports whether the expression at cur is an operand of
// < <= > >=, possibly in parentheses.
func (c *checker) inOrderedComparison(cur inspector.Cursor) bool {
	for p := cur.Parent(); ; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			return isOrdered(n.Op)
		}
		return false
	}
}

func isOrdered(op token.Token) bool {
	return op == token.LSS || op == token.LEQ || op == token.GTR || op == token.GEQ
}

// checkComparison handles the comparisons the literal visit cannot see,
// those whose literal stays an int: int(code) == 10000 and the REST
// heuristic's resp.Status.Code != 10000; and range checks on any code.
func (c *checker) checkComparison(b *ast.BinaryExpr) {
	if !c.raw {
		return
	}
	switch {
	case b.Op == token.LAND:
		c.checkRange(b)
	case isOrdered(b.Op):
		if !c.done[b] {
			if s, lit := c.codeOperand(b); s.kind != notSite {
				c.reportRange(b, s, []rangeBound{{b.Op, lit, s.expr == ast.Unparen(b.Y)}})
			}
		}
	case b.Op == token.EQL || b.Op == token.NEQ:
		s, lit := c.codeOperand(b)
		if s.kind == convSite || s.kind == restSite {
			c.checkUntypedValue(lit, s)
		}
	}
}

// codeOperand returns the status-code operand of a comparison whose other
// operand is a literal constant, with that literal.
func (c *checker) codeOperand(b *ast.BinaryExpr) (site, ast.Expr) {
	for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if !isLiteral(pair[1]) {
			continue
		}
		s := c.codeSite(pair[0])
		if s.kind == restSite && !c.clarifaiContext() {
			continue
		}
		if s.kind != notSite {
			return s, ast.Unparen(pair[1])
		}
	}
	return site{}, nil
}

// checkUntypedValue reports a literal compared with, or a case value of, a
// converted or REST status code: the literal keeps its integer type, so the
// literal visit does not see it. The REST heuristic speaks only of known
// codes, so that Code == -32602 in a JSON-RPC struct stays silent.
func (c *checker) checkUntypedValue(lit ast.Expr, s site) {
	v, ok := c.constValue(lit)
	if !ok {
		return
	}
	if s.kind == restSite {
		if _, known := codes.Lookup(codes.Code(v)); !known {
			return
		}
	}
	c.reportRaw(lit, v, s, c.typeString(c.pass.TypesInfo.TypeOf(lit)))
}

// reportRaw reports the raw value v written at target, used as a code of the
// kind s. conv, if set, is the integer type the replacement must be
// converted to (int(status.StatusCode_SUCCESS)).
func (c *checker) reportRaw(target ast.Expr, v int64, s site, conv string) {
	info, known := codes.Lookup(codes.Code(v))
	var name string
	var fixable bool
	switch s.kind {
	case typedSite, convSite:
		name, fixable = c.constName(s.obj, s.tk, v)
	}
	if !known && !fixable {
		c.report(analysis.Diagnostic{
			Pos:      target.Pos(),
			End:      target.End(),
			Category: CheckRaw,
			Message:  fmt.Sprintf("%d is not a Clarifai status code", v),
		})
		return
	}
	d := analysis.Diagnostic{Pos: target.Pos(), End: target.End(), Category: CheckRaw}
	switch {
	case fixable:
		pkg := s.obj.Pkg()
		qual, edits, ok := c.qualifier(pkg, target.Pos())
		ref := qualify(qual, name, pkg.Name())
		d.Message = fmt.Sprintf("raw Clarifai status code %d; use %s%s", v, ref, describe(info, known, s.tk != sdkCode))
		if ok {
			d.SuggestedFixes = c.replaceFix(target, wrap(conv, ref), edits)
		}
	case s.kind == restSite:
		// Name the codes package's constant; fix only where the package
		// already depends on it, so that the fix compiles.
		ref := "codes." + info.Ident
		if qual, edits, ok := c.codesQualifier(target.Pos()); ok {
			ref = qualify(qual, info.Ident, "codes")
			d.SuggestedFixes = c.replaceFix(target, wrap(conv, ref), edits)
		}
		d.Message = fmt.Sprintf("raw Clarifai status code %d; use %s%s", v, ref, describe(info, known, true))
	case s.tk == sdkCode || s.tk == codesCode:
		// Known to the table, but the build has no constant for it: a code
		// only the documentation lists, or one an older SDK lacks.
		d.Message = fmt.Sprintf("raw Clarifai status code %d has no constant in this SDK; codes.%s names it%s", v, info.Ident, describe(info, known, true))
	default:
		d.Message = fmt.Sprintf("raw Clarifai status code %d%s", v, describe(info, known, true))
	}
	c.report(d)
}

// describe is the parenthesised part of a raw-value message: the SDK name
// (when the reference does not show it), the category and the description.
func describe(info codes.Info, known bool, withName bool) string {
	if !known {
		return ""
	}
	var b strings.Builder
	b.WriteString(" (")
	if withName && info.Name != "" {
		b.WriteString(info.Name)
		b.WriteString(", ")
	}
	b.WriteString(info.Category.String())
	if d := shorten(info.Description); d != "" {
		b.WriteString(": ")
		b.WriteString(d)
	}
	b.WriteString(")")
	return b.String()
}

// shorten keeps messages to one terminal line: a long description is cut at
// a word boundary.
func shorten(s string) string {
	const max = 48
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// wrap converts ref to the integer type conv, where the comparison needs it.
func wrap(conv, ref string) string {
	if conv == "" {
		return ref
	}
	return conv + "(" + ref + ")"
}

// typeString spells t as the current file can: qualified by the package
// name, which for the integer types that matter here is none.
func (c *checker) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		return p.Name()
	})
}

// rangeBound is one side of a range check: code >= 21000.
type rangeBound struct {
	op      token.Token
	lit     ast.Expr
	flipped bool // the literal is on the left: 21000 <= code
}

// checkRange reports code >= lo && code < hi as one range check.
func (c *checker) checkRange(b *ast.BinaryExpr) {
	x, okx := ast.Unparen(b.X).(*ast.BinaryExpr)
	y, oky := ast.Unparen(b.Y).(*ast.BinaryExpr)
	if !okx || !oky || !isOrdered(x.Op) || !isOrdered(y.Op) {
		return
	}
	sx, litx := c.codeOperand(x)
	sy, lity := c.codeOperand(y)
	if sx.kind == notSite || sy.kind == notSite || !c.sameExpr(sx.expr, sy.expr) {
		return
	}
	if c.done == nil {
		c.done = map[ast.Node]bool{}
	}
	c.done[x], c.done[y] = true, true
	c.reportRange(b, sx, []rangeBound{
		{x.Op, litx, sx.expr == ast.Unparen(x.Y)},
		{y.Op, lity, sy.expr == ast.Unparen(y.Y)},
	})
}

// reportRange reports an ordered comparison of a status code: codes are
// grouped by meaning through categories and families, not by numeric order.
func (c *checker) reportRange(n ast.Node, s site, bounds []rangeBound) {
	var parts []string
	for _, b := range bounds {
		op := b.op
		if b.flipped {
			op = map[token.Token]token.Token{token.LSS: token.GTR, token.LEQ: token.GEQ, token.GTR: token.LSS, token.GEQ: token.LEQ}[op]
		}
		parts = append(parts, fmt.Sprintf("%s %s", op, types.ExprString(b.lit)))
	}
	c.report(analysis.Diagnostic{
		Pos:      n.Pos(),
		End:      n.End(),
		Category: CheckRaw,
		Message: fmt.Sprintf("range check on Clarifai status code %s (%s); use codes.Code's Category or Family instead",
			types.ExprString(s.expr), strings.Join(parts, ", ")),
	})
}
