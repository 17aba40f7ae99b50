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

// The switch check: a decision over one status code (a switch, a tagless
// switch or an if-else chain comparing one code expression) that misses
// whole categories or handles part of a sibling group. The decision
// includes the tests that lead to it (guards.go).

// caseList is one decision over a status code: the values each branch
// handles and what else is handled.
type caseList struct {
	noun       string    // "switch" or "if-else chain", for messages
	pos        token.Pos // the switch keyword or the first if of the chain
	anchor     token.Pos // where a directive above silences the decision's findings
	site       site      // the code expression
	clauses    []clause
	values     []int64 // every clause's values, in order; clause.lo:hi indexes them
	hasDefault bool    // a default clause or a final else
	opaque     bool    // a case value is not constant, so coverage is unknown
	guard      guard   // codes that tests before the decision took out
}

type clause struct {
	pos    token.Pos
	lo, hi int      // the clause's values are values[lo:hi]
	last   ast.Expr // the clause's last case value, after which a fix appends; nil in if chains
	// negated marks code != A && code != B: the clause handles every code
	// but its values.
	negated bool
}

// clauseValues returns the values clause cc names.
func (cl *caseList) clauseValues(cc clause) []int64 { return cl.values[cc.lo:cc.hi] }

// newCaseList starts a case list on the checker's scratch buffers: case
// lists are built and checked one at a time, so one set of buffers serves
// the whole pass and a decision that is fine allocates nothing.
func (c *checker) newCaseList(noun string, pos token.Pos) caseList {
	return caseList{noun: noun, pos: pos, anchor: pos, clauses: c.clauses[:0], values: c.values[:0],
		guard: guard{taken: c.taken[:0], only: c.only[:0]}}
}

// release hands cl's buffers, perhaps grown, back to the checker.
func (c *checker) release(cl *caseList) {
	c.clauses, c.values = cl.clauses[:0], cl.values[:0]
	c.taken, c.only = cl.guard.taken[:0], cl.guard.only[:0]
}

// switchSite returns the site of switch sw's tag. A REST switch is
// Clarifai's when its case values are known codes, or most of them (at
// least two) are: then a typo among them (case 11500:) is reported as
// unknown rather than hiding the switch.
func (c *checker) switchSite(sw *ast.SwitchStmt) site {
	if sw == c.lastSwitch {
		return c.lastSwitchSite // asked again by each of its case values
	}
	s := c.siteOf(sw.Tag)
	if s.kind == restSite {
		known, total := 0, 0
		for _, stmt := range sw.Body.List {
			for _, e := range stmt.(*ast.CaseClause).List {
				if v, ok := c.constValue(e); ok {
					total++
					if isKnown(v) {
						known++
					}
				}
			}
		}
		if s.vouched = known == total || known >= 2 && 2*known > total; !s.vouched {
			s = site{}
		}
	}
	c.lastSwitch, c.lastSwitchSite = sw, s
	return s
}

// checkSwitch checks switch x {…} where x is a status code, and a tagless
// switch whose cases compare one code expression.
func (c *checker) checkSwitch(cur inspector.Cursor, sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		c.checkTagless(cur, sw)
		return
	}
	s := c.switchSite(sw)
	if s.kind == notSite {
		return
	}
	cl := c.newCaseList("switch", sw.Switch)
	defer c.release(&cl)
	cl.site = s
	for _, stmt := range sw.Body.List {
		cc := stmt.(*ast.CaseClause)
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
			cl.values = append(cl.values, v)
		}
		cl.clauses = append(cl.clauses, clause{pos: cc.Case, lo: lo, hi: len(cl.values), last: cc.List[len(cc.List)-1]})
	}
	c.checkCases(cur, &cl)
}

// checkTagless checks switch { case code == A: … case code == B || …: }
// like an if-else chain.
func (c *checker) checkTagless(cur inspector.Cursor, sw *ast.SwitchStmt) {
	cl := c.newCaseList("switch", sw.Switch)
	defer c.release(&cl)
	for _, stmt := range sw.Body.List {
		cc := stmt.(*ast.CaseClause)
		if cc.List == nil {
			cl.hasDefault = true
			continue
		}
		if !c.addCondClause(&cl, cc.Case, cc.List...) && len(cl.clauses) > 0 {
			cl.hasDefault = true // an unrelated case: what follows is unknown
			break
		}
	}
	if isChain(&cl) {
		c.checkCases(cur, &cl)
	}
}

// checkIfChain checks if c == A {…} else if c == B {…}, which compares the
// same code expression two or more times, like a switch. Tests on other
// things before the first comparison (if err != nil {…} else if …) are
// skipped; one after it ends the chain, as a default would.
func (c *checker) checkIfChain(cur inspector.Cursor, stmt *ast.IfStmt) {
	if cur.ParentEdgeKind() == edge.IfStmt_Else {
		return // the head of the chain speaks for it
	}
	cl := c.newCaseList("if-else chain", token.NoPos)
	defer c.release(&cl)
	cl.anchor = stmt.If
	for s := stmt; s != nil; {
		if !c.addCondClause(&cl, s.If, s.Cond) && len(cl.clauses) > 0 {
			cl.hasDefault = true // an unrelated condition: the rest is unknown
			break
		}
		switch e := s.Else.(type) {
		case *ast.IfStmt:
			s = e
		case nil:
			s = nil
		default:
			cl.hasDefault = len(cl.clauses) > 0
			s = nil
		}
	}
	if isChain(&cl) {
		c.checkCases(cur, &cl)
	}
}

// returnsAfter reports whether the decision at cur, a switch or an if-else
// chain with no default, leaves the block from every branch and is followed
// by a return: then the codes no branch names reach that return, as they
// would a default (switch code { case A: return true }; return false). A
// decision followed by anything else, a poll loop's sleep, is not.
func (c *checker) returnsAfter(cur inspector.Cursor) bool {
	list, i, ok := stmtList(cur)
	if !ok || i+1 >= len(list) {
		return false
	}
	switch next := list[i+1].(type) {
	case *ast.ReturnStmt:
	case *ast.ExprStmt: // panic, log.Fatal
		if call, ok := next.X.(*ast.CallExpr); !ok || !c.noReturn(call) {
			return false
		}
	default:
		return false // continue: a poll loop asks again
	}
	switch n := cur.Node().(type) {
	case *ast.SwitchStmt:
		for _, stmt := range n.Body.List {
			if cc := stmt.(*ast.CaseClause); cc.List == nil || !c.leavesBlock(cc.Body, false) {
				return false
			}
		}
		return true
	case *ast.IfStmt:
		for s := n; ; {
			if !c.leavesBlock(s.Body.List, false) {
				return false
			}
			next, ok := s.Else.(*ast.IfStmt)
			if !ok {
				return s.Else == nil
			}
			s = next
		}
	}
	return false
}

// leavesBlock reports whether list ends in a statement after which control
// does not reach the statement that follows the block: a return, goto,
// continue, a call that does not return (panic, os.Exit, log.Fatal, a
// test's Fatal), or, where breakLeaves is set, a break. (A break in a
// case leaves only the switch: the code after it still runs.)
func (c *checker) leavesBlock(list []ast.Stmt, breakLeaves bool) bool {
	if len(list) == 0 {
		return false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.GOTO || s.Tok == token.CONTINUE || s.Tok == token.BREAK && breakLeaves
	case *ast.BlockStmt:
		return c.leavesBlock(s.List, breakLeaves)
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		return ok && c.noReturn(call)
	}
	return false
}

// isChain reports whether an if-else chain or tagless switch compares its
// code expression often enough to be a decision over it.
func isChain(cl *caseList) bool {
	return len(cl.clauses) >= 2 && len(cl.values) >= 2
}

// addCondClause appends to cl the clause whose conditions (joined by ||, as
// a case list is) test the code expression: code == A || code == B, or
// code != A && code != B. The first comparison sets cl.site; the others
// must compare the same expression. It reports false, changing nothing,
// for any other condition.
func (c *checker) addCondClause(cl *caseList, pos token.Pos, conds ...ast.Expr) bool {
	lo, site := len(cl.values), cl.site
	negated := false
	for _, cond := range conds {
		var ok bool
		if negated, ok = c.condValues(cond, cl); !ok || negated && len(conds) > 1 {
			cl.values, cl.site = cl.values[:lo], site
			return false
		}
	}
	if cl.pos == token.NoPos {
		cl.pos = pos
	}
	cl.clauses = append(cl.clauses, clause{pos: pos, lo: lo, hi: len(cl.values), negated: negated})
	return true
}

// condValues appends to cl.values the constants that cond compares the
// code expression with: code == A || code == B (negated false), or
// code != A && code != B (negated true).
func (c *checker) condValues(cond ast.Expr, cl *caseList) (negated, ok bool) {
	b, isBin := ast.Unparen(cond).(*ast.BinaryExpr)
	if !isBin {
		return false, false
	}
	switch b.Op {
	case token.LOR, token.LAND:
		nx, okx := c.condValues(b.X, cl)
		ny, oky := c.condValues(b.Y, cl)
		want := b.Op == token.LAND // && joins != tests, || joins == tests
		return want, okx && oky && nx == want && ny == want
	case token.EQL, token.NEQ:
		e, v, ok := c.comparison(b, cl.site)
		if !ok {
			return false, false
		}
		if cl.site.kind == notSite {
			cl.site = c.siteOf(e)
		}
		cl.values = append(cl.values, v)
		return b.Op == token.NEQ, true
	}
	return false, false
}

// comparison matches code == V or V == code (or !=), where V is a constant
// that the code site owns. If want is a site, code must be the same
// expression.
func (c *checker) comparison(b *ast.BinaryExpr, want site) (code ast.Expr, v int64, ok bool) {
	for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		v, ok := c.constValue(pair[1])
		if !ok {
			continue
		}
		if want.kind != notSite {
			if !c.sameExpr(pair[0], want.expr) || !want.owns(v) {
				continue
			}
			return pair[0], v, true
		}
		if s := c.siteOf(pair[0]); s.kind != notSite && s.owns(v) {
			return pair[0], v, true
		}
	}
	return nil, 0, false
}

// checkCases reports the categories a case list misses and the sibling
// groups it handles in part. What follows the decision (a return that acts
// as its default) and the tests that lead to it (its guards) are looked at
// only when there is something to report: a decision that is fine costs no
// walk.
func (c *checker) checkCases(cur inspector.Cursor, cl *caseList) {
	if cl.opaque {
		return
	}
	missing := c.missingCategories(cl)
	if missing != 0 && !cl.hasDefault && c.returnsAfter(cur) {
		cl.hasDefault = true // the return after the decision is its default
		missing = c.missingCategories(cl)
	}
	if missing == 0 && !c.splitsGroup(cl) {
		return
	}
	c.collectGuards(cur, cl)
	if missing = c.missingCategories(cl); missing != 0 {
		c.reportMissing(cl, missing)
	}
	if c.siblings != 0 {
		c.checkSiblings(cl)
	}
}

// missingCategories returns the required categories that no branch of cl
// (nor its guards, nor a catch-all != branch) handles.
func (c *checker) missingCategories(cl *caseList) categorySet {
	if cl.hasDefault && c.defaultSignifiesExhaustive {
		return 0
	}
	var cats categorySet
	for _, cc := range cl.clauses {
		if cc.negated {
			continue
		}
		for _, v := range cl.clauseValues(cc) {
			cats |= categoryOf(v)
		}
	}
	for _, v := range cl.guard.taken {
		cats |= categoryOf(v)
	}
	missing := c.require &^ cats
	if missing == 0 || !cl.catchesAll() {
		return missing
	}
	// A catch-all handles a category unless it lets every code of it through.
	for _, cat := range codes.Categories() {
		if missing.has(cat) && slices.ContainsFunc(index().category[cat], func(m codes.Info) bool { return cl.caught(int64(m.Code)) }) {
			missing &^= 1 << cat
		}
	}
	return missing
}

func categoryOf(v int64) categorySet {
	if info, ok := codes.Lookup(codes.Code(v)); ok {
		return 1 << info.Category
	}
	return 0
}

// catchesAll reports whether a != branch or a guard leaves the decision
// only a few codes: every other one is handled.
func (cl *caseList) catchesAll() bool {
	return cl.guard.hasOnly || slices.ContainsFunc(cl.clauses, func(cc clause) bool { return cc.negated })
}

// caught reports whether a != branch handles v, or a guard let only other
// codes through.
func (cl *caseList) caught(v int64) bool {
	if cl.guard.hasOnly && !slices.Contains(cl.guard.only, v) {
		return true
	}
	for _, cc := range cl.clauses {
		if cc.negated && !slices.Contains(cl.clauseValues(cc), v) {
			return true
		}
	}
	return false
}

// explicit reports whether a case of cl names v, or a guard took it out:
// what the sibling check counts as handled. A catch-all, like a default,
// is where unhandled codes go.
func (cl *caseList) explicit(v int64) bool {
	for _, cc := range cl.clauses {
		if !cc.negated && slices.Contains(cl.clauseValues(cc), v) {
			return true
		}
	}
	return slices.Contains(cl.guard.taken, v) || cl.guard.hasOnly && !slices.Contains(cl.guard.only, v)
}

func (c *checker) reportMissing(cl *caseList, missing categorySet) {
	var families familySet
	for _, v := range cl.values {
		if info, ok := codes.Lookup(codes.Code(v)); ok {
			families.add(info.Family)
		}
	}
	what := "has no default and misses"
	switch {
	case cl.hasDefault:
		what = "misses" // -default-signifies-exhaustive=false
	case cl.noun != "switch":
		what = "has no else and misses"
	}
	f := finding{family: CheckSwitch, pos: cl.pos, anchor: cl.anchor, message: msgMissing(cl.noun, what, missingList(missing, &families))}
	c.report(f)
}

// missingList names the missing categories: with examples and counts when
// few are missing; names only, and the typical code of the two that hurt
// most, when many are, to keep the message on one line.
func missingList(missing categorySet, families *familySet) string {
	var cats []codes.Category
	for _, cat := range codes.Categories() {
		if missing.has(cat) {
			cats = append(cats, cat)
		}
	}
	if len(cats) <= 3 {
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
		return "categories: " + strings.Join(parts, ", ")
	}
	var names, examples []string
	for _, cat := range cats {
		names = append(names, cat.String())
	}
	for _, cat := range []codes.Category{codes.CategoryRetry, codes.CategoryAuth, codes.CategoryPending, codes.CategoryPartial, codes.CategoryQuota} {
		if missing.has(cat) && len(examples) < 2 {
			if ex := pickExamples(nil, cat, nil, 1); len(ex) > 0 {
				examples = append(examples, ex[0])
			}
		}
	}
	list := fmt.Sprintf("%d categories: %s", len(cats), strings.Join(names, ", "))
	if len(examples) > 0 {
		list += " (e.g. " + strings.Join(examples, ", ") + ")"
	}
	return list
}

// familySet is a set of families: a bit for each possible value.
type familySet [4]uint64

func (s *familySet) add(f codes.Family)      { s[f/64] |= 1 << (f % 64) }
func (s *familySet) has(f codes.Family) bool { return s != nil && s[f/64]&(1<<(f%64)) != 0 }

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

// pickExamples names up to n current codes of a missing category: its
// typical examples first, then codes from the families the decision deals
// with. A deprecated name is never an example.
func pickExamples(current []codes.Info, cat codes.Category, families *familySet, n int) []string {
	var out []string
	add := func(info codes.Info) {
		if len(out) < n && info.Name != "" && !info.Deprecated && !slices.Contains(out, info.Name) {
			out = append(out, info.Name)
		}
	}
	for _, ex := range cat.Examples() {
		if info, ok := codes.Lookup(ex); ok {
			add(info)
		}
	}
	for _, info := range current {
		if families.has(info.Family) {
			add(info)
		}
	}
	return out
}

// splitsGroup reports whether checkSiblings would find a sibling group that
// cl handles in part, without reporting it.
func (c *checker) splitsGroup(cl *caseList) bool {
	return c.siblings != 0 && c.siblingGroups(cl, false)
}

// checkSiblings reports, for the categories of -siblings, a (family,
// category) group that the case list handles in part: the rest of the group
// falls to the default, a catch-all branch or nowhere.
func (c *checker) checkSiblings(cl *caseList) {
	c.siblingGroups(cl, true)
}

type group struct {
	family   codes.Family
	category codes.Category
}

// siblingGroups finds the sibling groups that a clause of cl handles in
// part, reports each if report is set, and reports whether there was one.
// (A direct call, not a callback, keeps the group lists on the stack.)
func (c *checker) siblingGroups(cl *caseList, report bool) bool {
	var buf [8]group
	seen := buf[:0]
	found := false
	for _, cc := range cl.clauses {
		if cc.negated {
			continue
		}
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
				if cl.explicit(int64(m.Code)) {
					handled = append(handled, m.Code)
				} else {
					missing = append(missing, m.Code)
				}
			}
			if len(missing) == 0 || len(handled) == 0 {
				continue
			}
			found = true
			if !report {
				return true
			}
			c.reportSiblings(cl, cc, g, handled, missing)
		}
	}
	return found
}

// demandable reports whether a decision on s can be asked to handle v: a
// decision on the SDK's type only for codes the build's SDK has.
func (c *checker) demandable(s site, v codes.Code) bool {
	if s.tk != sdkCode {
		return true
	}
	return c.hasConst(s.obj, s.tk, int64(v))
}

func (c *checker) reportSiblings(cl *caseList, cc clause, g group, handled, missing []codes.Code) {
	f := finding{family: CheckSwitch, pos: cc.pos, anchor: cl.anchor, message: msgSiblings(cl.noun, handled, missing, g.category, g.family)}
	f.fix = c.addCasesFix(cl, cc, missing)
	c.report(f)
}

// addCasesFix appends the missing codes to the clause: none of them has a
// case yet, so no duplicate case can follow. Only switches over the SDK's
// or codes' type get one: other types have no constants to name.
func (c *checker) addCasesFix(cl *caseList, cc clause, missing []codes.Code) *analysis.SuggestedFix {
	s := cl.site
	if cc.last == nil || s.kind != typedSite || s.tk != sdkCode && s.tk != codesCode {
		return nil
	}
	pkg := s.obj.Pkg()
	qual, imports, ok := c.qualifier(pkg, cc.last.Pos())
	if !ok {
		return nil
	}
	var refs []string
	for _, m := range missing {
		name, ok := c.constName(s.obj, s.tk, int64(m))
		if !ok {
			return nil
		}
		refs = append(refs, qualify(qual, name))
	}
	return insertFix(msgAddCases(refs), cc.last.End(), ", "+strings.Join(refs, ", "), imports)
}
