package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
)

// caseList is a switch over a status code, or an if/else-if chain that
// compares one code expression with constants: the values each branch
// handles and whether anything else is handled.
type caseList struct {
	noun       string    // "switch" or "if-else chain", for messages
	pos        token.Pos // the switch or first if keyword
	site       site      // the code expression
	clauses    []clause
	values     []int64 // every clause's values, in order; clause.lo:hi indexes them
	hasDefault bool    // a default clause or a final else
	opaque     bool    // a case value is not constant, so coverage is unknown
}

type clause struct {
	pos    token.Pos
	lo, hi int      // the clause's values are values[lo:hi]
	last   ast.Expr // the clause's last case value, after which a fix appends; nil in if chains
}

// clauseValues returns the values clause cc handles.
func (cl *caseList) clauseValues(cc clause) []int64 { return cl.values[cc.lo:cc.hi] }

// newCaseList starts a case list on the checker's scratch buffers: case
// lists are built and checked one at a time, so one pair of buffers serves
// the whole pass and a switch that is fine allocates nothing.
func (c *checker) newCaseList(noun string, pos token.Pos) caseList {
	return caseList{noun: noun, pos: pos, clauses: c.clauses[:0], values: c.values[:0]}
}

// release hands cl's buffers, perhaps grown, back to the checker.
func (c *checker) release(cl *caseList) {
	c.clauses, c.values = cl.clauses[:0], cl.values[:0]
}

// checkSwitch checks switch x {…} where x is a status code.
func (c *checker) checkSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	s := c.codeSite(sw.Tag)
	if s.kind == notSite || s.kind == restSite && !c.clarifaiContext() {
		return
	}
	cl := c.newCaseList("switch", sw.Switch)
	defer c.release(&cl)
	cl.site = s
	for _, stmt := range sw.Body.List {
		cc, ok := stmt.(*ast.CaseClause)
		if !ok {
			continue
		}
		if cc.List == nil {
			cl.hasDefault = true
			continue
		}
		lo := len(cl.values)
		for _, e := range cc.List {
			v, ok := c.constValue(e)
			if !ok {
				cl.opaque = true
				continue
			}
			if s.kind == restSite {
				// Precision: a switch on some other API's Status.Code.
				if _, known := codes.Lookup(codes.Code(v)); !known {
					return
				}
			}
			cl.values = append(cl.values, v)
		}
		cl.clauses = append(cl.clauses, clause{pos: cc.Case, lo: lo, hi: len(cl.values), last: cc.List[len(cc.List)-1]})
	}
	if c.raw && (s.kind == convSite || s.kind == restSite) {
		// The case values keep their integer type: the literal visit
		// cannot see them as codes.
		for _, stmt := range sw.Body.List {
			if cc, ok := stmt.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					if isLiteral(e) {
						c.checkUntypedValue(ast.Unparen(e), s)
					}
				}
			}
		}
	}
	if c.switches {
		c.checkCases(&cl)
	}
}

// checkIfChain checks if c == A {…} else if c == B {…}, which compares the
// same code expression two or more times, like a switch.
func (c *checker) checkIfChain(cur inspector.Cursor, stmt *ast.IfStmt) {
	if !c.switches || cur.ParentEdgeKind() == edge.IfStmt_Else {
		return // the head of the chain speaks for it
	}
	cl := c.newCaseList("if-else chain", stmt.If)
	defer c.release(&cl)
	for s := stmt; s != nil; {
		lo := len(cl.values)
		if !c.ifValues(s.Cond, &cl) {
			cl.values = cl.values[:lo]
			cl.hasDefault = true // an unrelated condition: the rest is unknown
			break
		}
		cl.clauses = append(cl.clauses, clause{pos: s.If, lo: lo, hi: len(cl.values)})
		switch e := s.Else.(type) {
		case *ast.IfStmt:
			s = e
		case nil:
			s = nil
		default:
			cl.hasDefault = true
			s = nil
		}
	}
	if len(cl.clauses) < 2 || len(cl.values) < 2 {
		return
	}
	c.checkCases(&cl)
}

// ifValues appends to cl.values the constants cond compares the code
// expression with: code == A, A == code, code == A || code == B. The first
// comparison sets cl.site; the others must compare the same expression.
func (c *checker) ifValues(cond ast.Expr, cl *caseList) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LOR:
		return c.ifValues(b.X, cl) && c.ifValues(b.Y, cl)
	case token.EQL:
		for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			v, ok := c.constValue(pair[1])
			if !ok {
				continue
			}
			cs := c.codeSite(pair[0])
			if cs.kind == notSite || cs.kind == restSite && !c.clarifaiContext() {
				continue
			}
			if cs.kind == restSite {
				if _, known := codes.Lookup(codes.Code(v)); !known {
					return false
				}
			}
			if cl.site.kind == notSite {
				cl.site = cs
			} else if !c.sameExpr(cs.expr, cl.site.expr) {
				return false
			}
			cl.values = append(cl.values, v)
			return true
		}
	}
	return false
}

// checkCases reports the categories a case list misses and the sibling
// groups it handles in part.
func (c *checker) checkCases(cl *caseList) {
	if cl.opaque {
		return
	}
	var cats categorySet
	var families familySet
	for _, v := range cl.values {
		if info, ok := codes.Lookup(codes.Code(v)); ok {
			cats |= 1 << info.Category
			families.add(info.Family)
		}
	}
	if !cl.hasDefault || !c.defaultSignifiesExhaustive {
		if missing := c.require &^ cats; missing != 0 {
			c.reportMissing(cl, missing, &families)
		}
	}
	if c.siblings != 0 {
		c.checkSiblings(cl)
	}
}

// familySet is a set of families: a bit for each possible value.
type familySet [4]uint64

func (s *familySet) add(f codes.Family)      { s[f/64] |= 1 << (f % 64) }
func (s *familySet) has(f codes.Family) bool { return s[f/64]&(1<<(f%64)) != 0 }

// covers reports whether a clause of cl handles v.
func (cl *caseList) covers(v int64) bool { return slices.Contains(cl.values, v) }

func (c *checker) reportMissing(cl *caseList, missing categorySet, families *familySet) {
	var cats []codes.Category
	for _, cat := range codes.Categories() {
		if missing.has(cat) {
			cats = append(cats, cat)
		}
	}
	var list string
	if len(cats) <= 3 {
		// Few missing: each with examples and a count.
		perCategory := 1
		if len(cats) <= 2 {
			perCategory = 2
		}
		var parts []string
		for _, cat := range cats {
			current := index().category[cat]
			examples := pickExamples(current, cat, families, perCategory)
			text := strings.Join(examples, ", ")
			if more := len(current) - len(examples); more > 0 {
				text += fmt.Sprintf(" and %d more", more)
			}
			parts = append(parts, fmt.Sprintf("%s (%s)", cat, text))
		}
		list = "categories: " + strings.Join(parts, ", ")
	} else {
		// Many missing: names only, and the typical code of the two that
		// hurt most, to keep the message on one line.
		var names, examples []string
		for _, cat := range cats {
			names = append(names, cat.String())
		}
		for _, cat := range []codes.Category{codes.CategoryRetry, codes.CategoryAuth, codes.CategoryPending, codes.CategoryPartial, codes.CategoryQuota} {
			if missing.has(cat) && len(examples) < 2 {
				examples = append(examples, cat.Examples()[0].String())
			}
		}
		list = fmt.Sprintf("%d categories: %s", len(cats), strings.Join(names, ", "))
		if len(examples) > 0 {
			list += " (e.g. " + strings.Join(examples, ", ") + ")"
		}
	}
	what := "has no default and misses"
	switch {
	case cl.hasDefault:
		what = "misses" // -default-signifies-exhaustive=false
	case cl.noun != "switch":
		what = "has no else and misses"
	}
	c.report(analysis.Diagnostic{
		Pos:      cl.pos,
		Category: CheckSwitch,
		Message:  fmt.Sprintf("%s on Clarifai status code %s %s", cl.noun, what, list),
	})
}

// codeIndex lists the codes a switch can be asked to handle, those with a
// current SDK name, by family and by category, in increasing order of value.
// Deprecated aliases, deprecated-only values and codes only the
// documentation lists are never demanded.
type codeIndex struct {
	family   map[codes.Family][]codes.Info
	category map[codes.Category][]codes.Info
}

// index is built once: the table is constant, and so is what it derives.
var index = sync.OnceValue(func() *codeIndex {
	x := &codeIndex{family: map[codes.Family][]codes.Info{}, category: map[codes.Category][]codes.Info{}}
	for _, info := range codes.All() {
		if info.Name != "" && !info.Deprecated {
			x.family[info.Family] = append(x.family[info.Family], info)
			x.category[info.Category] = append(x.category[info.Category], info)
		}
	}
	return x
})

// pickExamples names up to n codes of a missing category: its typical
// examples first, then codes from the families the switch deals with.
func pickExamples(current []codes.Info, cat codes.Category, families *familySet, n int) []string {
	var out []string
	add := func(name string) {
		if len(out) < n && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	for _, ex := range cat.Examples() {
		add(ex.String())
	}
	for _, info := range current {
		if families.has(info.Family) {
			add(info.Name)
		}
	}
	return out
}

// checkSiblings reports, for the categories of -siblings, a (family,
// category) group that the case list handles in part: the rest of the group
// falls to the default or nowhere.
func (c *checker) checkSiblings(cl *caseList) {
	type group struct {
		family   codes.Family
		category codes.Category
	}
	var buf [8]group
	seen := buf[:0]
	for _, cc := range cl.clauses {
		for _, v := range cl.clauseValues(cc) {
			info, ok := codes.Lookup(codes.Code(v))
			if !ok || !c.siblings.has(info.Category) {
				continue
			}
			g := group{info.Family, info.Category}
			if slices.Contains(seen, g) {
				continue
			}
			seen = append(seen, g)
			// Most groups are handled in full or not at all: the lists
			// live on the stack unless a group is large.
			var hbuf, mbuf [16]codes.Code
			handled, missing := hbuf[:0], mbuf[:0]
			for _, m := range index().family[g.family] {
				if m.Category != g.category || !c.demandable(cl.site, m.Code) {
					continue
				}
				if cl.covers(int64(m.Code)) {
					handled = append(handled, m.Code)
				} else {
					missing = append(missing, m.Code)
				}
			}
			if len(missing) == 0 || len(handled) == 0 {
				continue
			}
			c.reportSiblings(cl, cc, g.category, g.family, handled, missing)
		}
	}
}

// demandable reports whether a switch on s can be asked to handle v: a
// switch on the SDK's type only for codes the build's SDK has.
func (c *checker) demandable(s site, v codes.Code) bool {
	if s.tk != sdkCode {
		return true
	}
	return c.hasConst(s.obj, s.tk, int64(v))
}

func (c *checker) reportSiblings(cl *caseList, cc clause, cat codes.Category, fam codes.Family, handled, missing []codes.Code) {
	d := analysis.Diagnostic{
		Pos:      cc.pos,
		Category: CheckSwitch,
		Message: fmt.Sprintf("%s handles %s but not %s (%s, %s)",
			cl.noun, nameList(handled, 2), nameList(missing, 3), cat, fam),
	}
	// The fix appends the missing codes to the clause: none of them has a
	// case yet, so no duplicate case can follow.
	if cc.last != nil && cl.site.kind == typedSite && (cl.site.tk == sdkCode || cl.site.tk == codesCode) {
		pkg := cl.site.obj.Pkg()
		if qual, imports, ok := c.qualifier(pkg, cc.last.Pos()); ok {
			var refs []string
			for _, m := range missing {
				name, ok := c.constName(cl.site.obj, cl.site.tk, int64(m))
				if !ok {
					refs = nil
					break
				}
				refs = append(refs, qualify(qual, name, pkg.Name()))
			}
			if refs != nil {
				text := ", " + strings.Join(refs, ", ")
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "Add " + strings.Join(refs, ", ") + " to the case",
					TextEdits: append([]analysis.TextEdit{{Pos: cc.last.End(), End: cc.last.End(), NewText: []byte(text)}}, imports...),
				}}
			}
		}
	}
	c.report(d)
}

// nameList names up to n codes, then counts the rest.
func nameList(list []codes.Code, n int) string {
	var b strings.Builder
	for i, code := range list {
		if i == n {
			fmt.Fprintf(&b, " and %d more", len(list)-n)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(code.String())
	}
	return b.String()
}
