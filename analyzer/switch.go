package analyzer

import (
	"go/ast"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
)

// The switch check: a decision over one status code (a switch, a tagless
// switch or an if-else chain comparing one code expression) that misses
// whole categories or handles part of a sibling group. The decision
// includes the tests that lead to it (guards.go).

// switchNodes are the nodes of decisions: switches and if statements.
func switchNodes(*pkgChecker, bool) []ast.Node {
	return []ast.Node{(*ast.SwitchStmt)(nil), (*ast.IfStmt)(nil)}
}

func (c *fileChecker) visitSwitch(cur inspector.Cursor) {
	switch n := cur.Node().(type) {
	case *ast.SwitchStmt:
		c.checkSwitch(cur, n)
	case *ast.IfStmt:
		c.checkIfChain(cur, n)
	}
}

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
	// domain is the domain of a resource's status (domain.go), whose state
	// categories alone are required; nil for a status that can carry any
	// code.
	domain *domainInfo
}

type clause struct {
	pos    token.Pos
	lo, hi int      // the clause's values are values[lo:hi]
	last   ast.Expr // the clause's last case value, after which a fix appends; nil in if chains
	// node is the if statement or the case clause of a tagless switch whose
	// condition the clause is, in chains; a fix appends comparisons to it.
	node ast.Node
	// negated marks code != A && code != B: the clause handles every code
	// but its values.
	negated bool
}

// clauseValues returns the values clause cc names.
func (cl *caseList) clauseValues(cc clause) []int64 { return cl.values[cc.lo:cc.hi] }

// caseScratch holds the buffers of the case list being checked: case lists
// are built and checked one at a time, so one set of buffers serves the
// whole pass and a decision that is fine allocates nothing.
type caseScratch struct {
	clauses     []clause
	values      []int64
	taken, only []int64
}

// newCaseList starts a case list on the pass's scratch buffers.
func (c *fileChecker) newCaseList(noun string, pos token.Pos) caseList {
	b := &c.cases
	return caseList{noun: noun, pos: pos, anchor: pos, clauses: b.clauses[:0], values: b.values[:0],
		guard: guard{taken: b.taken[:0], only: b.only[:0]}}
}

// release hands cl's buffers, perhaps grown, back to the pass.
func (c *fileChecker) release(cl *caseList) {
	b := &c.cases
	b.clauses, b.values = cl.clauses[:0], cl.values[:0]
	b.taken, b.only = cl.guard.taken[:0], cl.guard.only[:0]
}

// checkSwitch checks switch x {…} where x is a status code, and a tagless
// switch whose cases compare one code expression.
func (c *fileChecker) checkSwitch(cur inspector.Cursor, sw *ast.SwitchStmt) {
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
func (c *fileChecker) checkTagless(cur inspector.Cursor, sw *ast.SwitchStmt) {
	cl := c.newCaseList("switch", sw.Switch)
	defer c.release(&cl)
	for _, stmt := range sw.Body.List {
		cc := stmt.(*ast.CaseClause)
		if cc.List == nil {
			cl.hasDefault = true
			continue
		}
		if !c.addCondClause(&cl, cc.Case, cc, cc.List...) && len(cl.clauses) > 0 {
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
func (c *fileChecker) checkIfChain(cur inspector.Cursor, stmt *ast.IfStmt) {
	if _, ok := stmt.Else.(*ast.IfStmt); !ok {
		return // one condition is no chain (isChain): nothing to look up
	}
	if cur.ParentEdgeKind() == edge.IfStmt_Else {
		return // the head of the chain speaks for it
	}
	cl := c.newCaseList("if-else chain", token.NoPos)
	defer c.release(&cl)
	cl.anchor = stmt.If
	for s := stmt; s != nil; {
		if !c.addCondClause(&cl, s.If, s, s.Cond) && len(cl.clauses) > 0 {
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

// isChain reports whether an if-else chain or tagless switch compares its
// code expression often enough to be a decision over it.
func isChain(cl *caseList) bool {
	return len(cl.clauses) >= 2 && len(cl.values) >= 2
}

// addCondClause appends to cl the clause whose conditions (joined by ||, as
// a case list is) test the code expression: code == A || code == B, or
// code != A && code != B. The first comparison sets cl.site; the others
// must compare the same expression. node is the if statement or case
// clause the conditions are of. It reports false, changing nothing, for any
// other condition.
func (c *fileChecker) addCondClause(cl *caseList, pos token.Pos, node ast.Node, conds ...ast.Expr) bool {
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
	cl.clauses = append(cl.clauses, clause{pos: pos, lo: lo, hi: len(cl.values), node: node, negated: negated})
	return true
}

// condValues appends to cl.values the constants that cond compares the
// code expression with: code == A || code == B (negated false), or
// code != A && code != B (negated true).
func (c *fileChecker) condValues(cond ast.Expr, cl *caseList) (negated, ok bool) {
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
func (c *fileChecker) comparison(b *ast.BinaryExpr, want site) (code ast.Expr, v int64, ok bool) {
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
func (c *fileChecker) checkCases(cur inspector.Cursor, cl *caseList) {
	if cl.opaque {
		return
	}
	missing := c.missingCategories(cl)
	if missing != 0 {
		// Over a resource's status, fewer categories are required: a
		// decision that is fine does not look.
		if cl.domain = c.domainOf(cur, cl.site); cl.domain != nil {
			missing = c.missingCategories(cl)
		}
	}
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
func (c *fileChecker) missingCategories(cl *caseList) categorySet {
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
	if cl.domain != nil {
		missing &= cl.domain.required
	}
	if missing == 0 || !cl.catchesAll() {
		return missing
	}
	// A catch-all handles a category unless it lets every code of it through.
	for _, cat := range codes.Categories() {
		if !missing.has(cat) {
			continue
		}
		for _, m := range cl.domain.currentIn(cat) {
			if cl.caught(int64(m)) {
				missing &^= 1 << cat
				break
			}
		}
	}
	return missing
}

func categoryOf(v int64) categorySet {
	if code := codes.Code(v); code.Known() {
		return 1 << code.Category()
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

func (c *fileChecker) reportMissing(cl *caseList, missing categorySet) {
	what := "has no default and misses"
	switch {
	case cl.hasDefault:
		what = "misses" // -default-signifies-exhaustive=false
	case cl.noun != "switch":
		what = "has no else and misses"
	}
	var message string
	if d := cl.domain; d != nil {
		message = msgMissingDomain(cl.noun, d.noun, what, domainMissingList(missing, d), catchAllOf(cl))
	} else {
		var families familySet // the decision's, for examples close to it
		for _, v := range cl.values {
			if code := codes.Code(v); code.Known() {
				families.add(code.Family())
			}
		}
		message = msgMissing(cl.noun, what, missingList(missing, &families))
	}
	f := finding{family: CheckSwitch, pos: cl.pos, anchor: cl.anchor, message: message}
	c.report(f)
}

// familySet is a set of families: a bit for each possible value.
type familySet [4]uint64

func (s *familySet) add(f codes.Family) { s[f/64] |= 1 << (f % 64) }

func (s *familySet) has(f codes.Family) bool { return s != nil && s[f/64]&(1<<(f%64)) != 0 }
