package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/codes"
)

// The program's own names for codes (raw family): const clarifaiOK = 10000,
// compared with a status code or used as a case value of a switch over
// one, is the raw number under another name, and a typo there
// (const throttled = 11500) silently never matches. Such a constant is
// reported once, at its declaration, after the walk: its uses are collected
// where the walk meets comparisons and switches, never by a walk of their
// own. Constants that are never used as codes (const maxRetries = 3) are
// never reported.

// constUse is what the walk saw of one constant of the package used as a
// status code.
type constUse struct {
	value int64
	first site // the site of its first use, which the message follows
	uses  int  // the uses seen, each at a site that owns the value
	// typed counts the uses at a typed site of the first's type (the SDK's
	// StatusCode or codes.Code): where the constant may become that type.
	typed int
}

// ownConst returns the constant that e names, when it is one of this
// package's (package-level or local), untyped or of an integer type: the
// program's own name for a number. A constant of a status-code type is
// written with the type's constants or a literal, which the raw check sees.
func (c *fileChecker) ownConst(e ast.Expr) (*types.Const, int64, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, 0, false
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || k.Pkg() != c.pass.Pkg {
		return nil, 0, false
	}
	if b, ok := k.Type().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return nil, 0, false
	}
	v, exact := constant.Int64Val(k.Val())
	return k, v, exact
}

// constComparison notes the program's constants that a comparison
// (code == clarifaiOK, clarifaiOK != code) compares with a status code.
func (c *fileChecker) constComparison(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ || isNilIdent(b.X) || isNilIdent(b.Y) {
		return // err != nil, the commonest comparison, compares no code
	}
	for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if k, v, ok := c.ownConst(pair[1]); ok {
			c.noteConst(k, v, c.siteOf(pair[0]))
		}
	}
}

// isNilIdent reports whether e is the identifier nil, by its name: a
// program that declares a constant named nil is not worth a lookup per
// comparison.
func isNilIdent(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "nil"
}

// constCases notes the program's constants among the case values of a
// switch over a status code.
func (c *fileChecker) constCases(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return // its cases are comparisons
	}
	for _, stmt := range sw.Body.List {
		for _, e := range stmt.(*ast.CaseClause).List {
			if k, v, ok := c.ownConst(e); ok {
				c.noteConst(k, v, c.switchSite(sw)) // asked once: switchSite keeps the last
			}
		}
	}
}

// noteConst records a use of k, of value v, at s, if s owns v.
func (c *fileChecker) noteConst(k *types.Const, v int64, s site) {
	if s.kind == notSite || !s.owns(v) {
		return
	}
	if c.consts == nil {
		c.consts = map[*types.Const]*constUse{}
	}
	u := c.consts[k]
	if u == nil {
		u = &constUse{value: v, first: s}
		c.consts[k] = u
	}
	u.uses++
	if s.kind == typedSite && (s.tk == sdkCode || s.tk == codesCode) && s.obj == u.first.obj {
		u.typed++
	}
}

// reportConsts reports, at its declaration, each constant of the package
// that the walk saw used as a status code, in declaration order.
func (p *pkgChecker) reportConsts() {
	if len(p.consts) == 0 {
		return
	}
	ks := make([]*types.Const, 0, len(p.consts))
	for k := range p.consts {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b *types.Const) int { return int(a.Pos() - b.Pos()) })
	var all map[*types.Const]int // every use in the package, counted once, for fixes
	for _, k := range ks {
		u := p.consts[k]
		c, spec, name, value, ok := p.constDecl(k)
		if !ok {
			continue // declared without a literal of its own: 10000 + iota, a = b
		}
		f := at(CheckRaw, name, "")
		info, known := codes.Lookup(codes.Code(u.value))
		if !known {
			f.message = msgConstUnknown(k.Name(), u.value)
			c.report(f) // the declaration is in c's file
			continue
		}
		ref, _, edits, fixable, ok := c.constRef(u.first, u.value, value.Pos())
		// A fix where the constant is declared untyped (const clarifaiOK
		// int = status.StatusCode_SUCCESS would not compile) and every use
		// of it is at a typed site of one type: there it compiles with the
		// type that the SDK's constant gives it; and only a name the
		// build's SDK is known to have.
		if fixable && spec.Type == nil && u.typed == u.uses && !c.generated {
			if all == nil {
				all = p.countConstUses()
			}
			if all[k] == u.uses {
				f.fix = replaceFix(value, ref, edits)
			}
		}
		if !ok {
			ref = "codes." + info.Ident
			if qual, _, ok := c.codesQualifier(value.Pos()); ok {
				ref = qualify(qual, info.Ident)
			}
		}
		f.message = msgConstRaw(k.Name(), u.value, ref)
		c.report(f) // the declaration is in c's file
	}
}

// constDecl finds the declaration of k: the file it is in, its spec, its
// name and the literal it is set to. ok is false when k is not set to a
// literal of its own (10000 + iota repeated, a = b), or its file is not
// analyzed.
func (p *pkgChecker) constDecl(k *types.Const) (c *fileChecker, spec *ast.ValueSpec, name *ast.Ident, value ast.Expr, ok bool) {
	c = p.fileAt(k.Pos())
	if c == nil || c.skipped() {
		return nil, nil, nil, nil, false
	}
	cur, found := c.cur.FindByPos(k.Pos(), k.Pos()+token.Pos(len(k.Name())))
	if !found {
		return nil, nil, nil, nil, false
	}
	name, isIdent := cur.Node().(*ast.Ident)
	spec, isSpec := cur.Parent().Node().(*ast.ValueSpec)
	if !isIdent || !isSpec {
		return nil, nil, nil, nil, false
	}
	i := slices.Index(spec.Names, name)
	if i < 0 || i >= len(spec.Values) || !isLiteral(spec.Values[i]) {
		return nil, nil, nil, nil, false
	}
	return c, spec, name, spec.Values[i], true
}

// countConstUses counts the uses of the constants that reportConsts may
// fix, anywhere in the package: one pass over the uses the type checker
// recorded, only when there is a finding to fix.
func (p *pkgChecker) countConstUses() map[*types.Const]int {
	n := map[*types.Const]int{}
	for _, obj := range p.pass.TypesInfo.Uses {
		if k, ok := obj.(*types.Const); ok && p.consts[k] != nil {
			n[k]++
		}
	}
	return n
}

// fileAt returns the checker of the file that holds pos, or nil. The
// driver's order of the files need not be their order of position, and
// there are few: a scan.
func (p *pkgChecker) fileAt(pos token.Pos) *fileChecker {
	for _, c := range p.files {
		if c.file.FileStart <= pos && pos <= c.file.FileEnd {
			return c
		}
	}
	return nil
}
