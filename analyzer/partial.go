package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/codes"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// The partial-batch check: a partial code (MIXED_STATUS) that a response's
// status is compared with, where that code can reach the first read of the
// response's items (Outputs, Inputs) and no item's status is read: failed
// items have no data. An item, or the items, handed to a call, returned or
// stored count as checked: someone else may check them.
//
// Whether the code reaches the read is judged as the switch family's guards
// judge which codes reach a decision, for that one code: the tests of the
// response's code that enclose the read (if code != SUCCESS {…} keeps
// MIXED_STATUS out, case SUCCESS, MIXED_STATUS: lets it in) and those before
// it in its blocks that leave them (if code == MIXED_STATUS { return }, a
// switch whose MIXED_STATUS case returns). Anything else lets it through.
//
// One walk of the top-level function serves all of its responses: it
// finds the comparisons with a partial code of every response variable
// whose status and items are read, the variables that hold items, the
// first read of each response's items, and which items are handled.

// partialScan is the state of the partial-batch check in the function
// indexed.
type partialScan struct {
	done bool
	// gated is set once partialGate has walked the function, compares
	// with what it found.
	gated, compares bool
	// inits are the local variables set by :=, to what: code := resp.Status.Code.
	inits map[*types.Var]ast.Expr
	// itemVars are the variables that hold items, and whose: out in
	// for _, out := range resp.Outputs, o in o := resp.Outputs[0].
	itemVars map[types.Object]*types.Var
	vars     []partialVar // the candidates' states: variables whose status and items are read
	// The names of the candidates, of inits' variables and of itemVars'
	// objects: an identifier with another name is none of them, and is not
	// looked up.
	candNames, initNames, itemNames nameSet
}

func (s *partialScan) reset() {
	s.done, s.gated, s.compares = false, false, false
	clear(s.inits)
	clear(s.itemVars)
	clear(s.vars)
	s.vars = s.vars[:0]
	s.candNames.reset()
	s.initNames.reset()
	s.itemNames.reset()
}

// partialVar is what the walk found of one candidate variable.
type partialVar struct {
	handled  bool // an item's status is read, or the items are handed on
	cands    [2]partialCand
	ncands   int
	read     inspector.Cursor // the first read of its items
	use      inspector.Cursor // the first use of its items, read or not
	hasRead  bool
	hasUse   bool
	through  ast.Expr // the verdict: the comparison that lets a partial code through
	code     codes.Code
	reported bool
}

// partialCand is the first comparison of a variable's status with one
// partial code.
type partialCand struct {
	code codes.Code
	at   ast.Expr // the comparison, or the case value
}

// checkPartial reports the partial code that the comparisons of info's
// variable let through to its items, once per variable.
func (c *fileChecker) checkPartial(x *funcUses, info *varUses) {
	if !x.part.done {
		c.scanPartial(x)
	}
	p := x.partialOf(info)
	if p == nil || p.through == nil || p.reported {
		return
	}
	p.reported = true
	noun := strings.ToLower(strings.TrimSuffix(info.itemsName, "s"))
	c.report(at(CheckUnchecked, p.through, msgPartial(p.code, noun)))
}

// scanPartial walks the indexed function once and gives every candidate
// variable its verdict.
func (c *fileChecker) scanPartial(x *funcUses) {
	s := &x.part
	s.done = true
	for i := range x.infos {
		if info := &x.infos[i]; info.status && info.items {
			s.vars = append(s.vars, partialVar{})
			info.part = int32(len(s.vars))
			s.candNames.add(info.v.Name())
		}
	}
	if len(s.vars) == 0 || !c.partialGate(x) {
		return
	}
	if s.inits == nil {
		s.inits = map[*types.Var]ast.Expr{}
		s.itemVars = map[types.Object]*types.Var{}
	}
	ti := c.pass.TypesInfo
	// Inspect, unlike Preorder, allocates no iterator per function.
	x.cur.Inspect([]ast.Node{(*ast.BinaryExpr)(nil), (*ast.CaseClause)(nil), (*ast.SelectorExpr)(nil),
		(*ast.CallExpr)(nil), (*ast.ReturnStmt)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil),
		(*ast.RangeStmt)(nil), (*ast.Ident)(nil)}, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				for _, pair := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
					if v := c.statusOwner(x, pair[0]); v != nil {
						if code, ok := c.partialCode(pair[1]); ok {
							x.addCand(v, code, n)
						}
					}
				}
			}
		case *ast.CaseClause:
			if sw, ok := cur.Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag != nil {
				if v := c.statusOwner(x, sw.Tag); v != nil {
					for _, e := range n.List {
						if code, ok := c.partialCode(e); ok {
							x.addCand(v, code, e)
						}
					}
				}
			}
		case *ast.AssignStmt:
			for i, rhs := range n.Rhs {
				id, ok := n.Lhs[min(i, len(n.Lhs)-1)].(*ast.Ident)
				if !ok || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				if v := c.itemOwner(x, rhs); v != nil {
					if obj := ti.ObjectOf(id); obj != nil {
						s.addItemVar(obj, v) // o := resp.Outputs[0]
					}
				} else if n.Tok == token.DEFINE && mayDerive(rhs) {
					if local, ok := ti.Defs[id].(*types.Var); ok {
						s.inits[local] = rhs // code := resp.Status.Code
						s.initNames.add(local.Name())
					}
				}
			}
		case *ast.RangeStmt:
			if id, ok := n.Value.(*ast.Ident); ok {
				if v := c.itemOwner(x, n.X); v != nil {
					if obj := ti.ObjectOf(id); obj != nil {
						s.addItemVar(obj, v) // for _, out := range resp.Outputs
					}
				}
			}
		case *ast.SelectorExpr:
			if v := c.itemsFieldOwner(x, n); v != nil {
				x.itemUse(v, cur, c.readsItem(cur))
			}
		case *ast.Ident:
			if s.itemNames.has(n.Name) {
				if v := s.itemVars[ti.Uses[n]]; v != nil {
					x.itemUse(v, cur, c.readsItem(cur))
				}
			}
		}
		c.itemsHandled(x, cur.Node())
		return true
	})
	for i := range x.infos {
		info := &x.infos[i]
		p := x.partialOf(info)
		if p == nil || p.handled || p.ncands == 0 {
			continue
		}
		read := p.read
		if !p.hasRead {
			if !p.hasUse {
				continue
			}
			read = p.use // the items are only counted or aliased
		}
		for _, cand := range p.cands[:p.ncands] {
			if c.codeReaches(x, int64(cand.code), info, read) {
				p.through, p.code = cand.at, cand.code
				break
			}
		}
	}
}

// partialGate reports whether the function indexed in x compares anything
// with a partial code, walking it at most once for all its responses.
func (c *fileChecker) partialGate(x *funcUses) bool {
	s := &x.part
	if !s.gated {
		s.gated, s.compares = true, c.comparesPartial(x.cur)
	}
	return s.compares
}

// comparesPartial reports whether the function at fun compares anything
// with a partial code (== MIXED_STATUS, case MIXED_STATUS): every candidate
// comparison of the scan is one, so a function without any has no verdict
// to give, and the scan, with its lookups per identifier and selector, is
// skipped. Most functions that read a batch's items compare its code with
// success only.
func (c *fileChecker) comparesPartial(fun inspector.Cursor) bool {
	found := false
	// Inspect, unlike Preorder, allocates no iterator per function.
	fun.Inspect([]ast.Node{(*ast.BinaryExpr)(nil), (*ast.CaseClause)(nil)}, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			found = found || (n.Op == token.EQL || n.Op == token.NEQ) && (c.isPartial(n.X) || c.isPartial(n.Y))
		case *ast.CaseClause:
			found = found || slices.ContainsFunc(n.List, c.isPartial)
		}
		return !found // once found, the rest is skipped
	})
	return found
}

// partialCode returns e's value if e is a constant partial code.
func (c *fileChecker) partialCode(e ast.Expr) (codes.Code, bool) {
	val, ok := c.constValue(e)
	return codes.Code(val), ok && codes.Code(val).Category() == codes.CategoryPartial
}

// isPartial reports whether e is a constant partial code.
func (c *fileChecker) isPartial(e ast.Expr) bool {
	_, ok := c.partialCode(e)
	return ok
}

// addItemVar records that obj holds an item (or the items) of v.
func (s *partialScan) addItemVar(obj types.Object, v *types.Var) {
	s.itemVars[obj] = v
	s.itemNames.add(obj.Name())
}

// partialOf returns the partial-batch state of info's variable, nil when
// info is nil or its variable is no candidate.
func (x *funcUses) partialOf(info *varUses) *partialVar {
	if info == nil || info.part == 0 {
		return nil
	}
	return &x.part.vars[info.part-1]
}

// addCand records a comparison of v's status with the partial code at at,
// the first with each code.
func (x *funcUses) addCand(v *types.Var, code codes.Code, at ast.Expr) {
	p := x.partialOf(x.lookup(v))
	if p == nil {
		return
	}
	for _, cand := range p.cands[:p.ncands] {
		if cand.code == code {
			return
		}
	}
	if p.ncands < len(p.cands) {
		p.cands[p.ncands] = partialCand{code, at}
		p.ncands++
	}
}

// itemUse records a use of v's items at cur, a read if read is set.
func (x *funcUses) itemUse(v *types.Var, cur inspector.Cursor, read bool) {
	p := x.partialOf(x.lookup(v))
	if !p.hasUse {
		p.use, p.hasUse = cur, true
	}
	if read && !p.hasRead {
		p.read, p.hasRead = cur, true
	}
}

// readsItem reports whether the item expression at cur (v.Outputs, the
// selector of v.GetOutputs(), an item variable) reads an item: anything
// but counting the items (len, cap), ranging over them, assigning them to
// a variable, or assigning to the variable.
func (c *fileChecker) readsItem(cur inspector.Cursor) bool {
	e := cur
	if e.ParentEdgeKind() == edge.CallExpr_Fun {
		e = e.Parent() // v.GetOutputs()
	}
	for k := e.ParentEdgeKind(); k == edge.IndexExpr_X || k == edge.ParenExpr_X; k = e.ParentEdgeKind() {
		e = e.Parent()
	}
	switch e.ParentEdgeKind() {
	case edge.CallExpr_Args:
		return !c.isBuiltin(e.Parent().Node().(*ast.CallExpr).Fun, "len", "cap")
	case edge.RangeStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value, edge.AssignStmt_Lhs:
		return false
	case edge.AssignStmt_Rhs:
		assign := e.Parent().Node().(*ast.AssignStmt)
		_, i := e.ParentEdge()
		_, local := assign.Lhs[min(i, len(assign.Lhs)-1)].(*ast.Ident)
		return !local || len(assign.Lhs) != len(assign.Rhs)
	}
	return true
}

// mayDerive reports whether e, the value of a :=, may be a status code or
// lead to one: a variable, a selection, a call.
func mayDerive(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr:
		return true
	}
	return false
}

// itemsHandled marks handled the candidates whose item status n reads, or
// whose item (or items) n hands to a call, a return, a composite literal,
// a field or an element, where someone else may check it. len and cap only
// count.
func (c *fileChecker) itemsHandled(x *funcUses, n ast.Node) {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		if n.Sel.Name == "Status" || n.Sel.Name == "GetStatus" {
			x.handle(c.itemOwner(x, n.X))
		}
	case *ast.CallExpr:
		if !c.isBuiltin(n.Fun, "len", "cap") {
			for _, arg := range n.Args {
				x.handle(c.itemOwner(x, arg))
			}
		}
	case *ast.ReturnStmt:
		for _, e := range n.Results {
			x.handle(c.itemOwner(x, e))
		}
	case *ast.CompositeLit:
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			x.handle(c.itemOwner(x, elt))
		}
	case *ast.AssignStmt:
		for i, rhs := range n.Rhs {
			if _, local := n.Lhs[min(i, len(n.Lhs)-1)].(*ast.Ident); !local {
				x.handle(c.itemOwner(x, rhs))
			}
		}
	}
}

// handle marks v's items handled.
func (x *funcUses) handle(v *types.Var) {
	if v != nil {
		x.partialOf(x.lookup(v)).handled = true
	}
}

// itemOwner returns the candidate variable whose items, or one of them, e
// holds: v.Outputs, v.GetOutputs(), v.Outputs[i], or an item variable; nil
// for anything else.
func (c *fileChecker) itemOwner(x *funcUses, e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if x.part.itemNames.has(e.Name) {
			return x.part.itemVars[c.pass.TypesInfo.Uses[e]]
		}
	case *ast.IndexExpr:
		return c.itemOwner(x, e.X)
	case *ast.CallExpr:
		if len(e.Args) == 0 {
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return c.itemsFieldOwner(x, sel)
			}
		}
	case *ast.SelectorExpr:
		return c.itemsFieldOwner(x, e)
	}
	return nil
}

// itemsFieldOwner returns v if sel is v.F, or v.GetF, where v is a
// candidate variable and F a repeated field of items with their own
// status; else nil.
func (c *fileChecker) itemsFieldOwner(x *funcUses, sel *ast.SelectorExpr) *types.Var {
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || !x.part.candNames.has(id.Name) {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	if x.partialOf(x.lookup(v)) == nil {
		return nil
	}
	if itemStatus(fieldType(c.pass.TypesInfo.TypeOf(sel))) == nil {
		return nil
	}
	return v
}

// tri is what a condition is known to be for one code: maybe, yes or no.
type tri uint8

const (
	maybe tri = iota
	yes
	no
)

func (t tri) not() tri {
	switch t {
	case yes:
		return no
	case no:
		return yes
	}
	return maybe
}

// codeReaches reports whether the code p of the status of info's variable
// v can reach the node at cur: no test of v's code that encloses it keeps p
// out, and no statement before it in its blocks leaves them for p. Tests
// outside v's scope cannot read v: the walk up stops there.
func (c *fileChecker) codeReaches(x *funcUses, p int64, info *varUses, cur inspector.Cursor) bool {
	v := info.v
	scope := v.Parent()
	child := cur
	for par := cur.Parent(); ; child, par = par, par.Parent() {
		switch n := par.Node().(type) {
		case nil, *ast.FuncDecl, *ast.FuncLit, *ast.File:
			return true
		case *ast.IfStmt:
			switch child.ParentEdgeKind() {
			case edge.IfStmt_Body:
				if c.evalCode(x, n.Cond, p, v) == no {
					return false
				}
			case edge.IfStmt_Else:
				if c.evalCode(x, n.Cond, p, v) == yes {
					return false
				}
			}
		case *ast.CaseClause:
			if child.ParentEdgeKind() == edge.CaseClause_Body {
				if sw, ok := par.Parent().Parent().Node().(*ast.SwitchStmt); ok {
					if enters, _ := c.switchFlow(x, sw, p, v, n); !enters {
						return false
					}
				}
				if c.blockedBefore(x, n.Body, child, p, info) {
					return false
				}
			}
		case *ast.CommClause:
			if child.ParentEdgeKind() == edge.CommClause_Body && c.blockedBefore(x, n.Body, child, p, info) {
				return false
			}
		case *ast.BlockStmt:
			if c.blockedBefore(x, n.List, child, p, info) {
				return false
			}
		}
		if scope != nil && par.Node().Pos() <= scope.Pos() {
			return true // v's scope starts here: nothing further out reads it
		}
	}
}

// blockedBefore reports whether a statement of list before child leaves
// the block for the code p of info's variable. Statements that end before
// its first status read cannot test its code.
func (c *fileChecker) blockedBefore(x *funcUses, list []ast.Stmt, child inspector.Cursor, p int64, info *varUses) bool {
	v := info.v
	_, end := child.ParentEdge()
	end = max(0, min(end, len(list)))
	lo, _ := slices.BinarySearchFunc(list[:end], info.firstRead, func(s ast.Stmt, pos token.Pos) int {
		if s.End() <= pos {
			return -1
		}
		return 1
	})
	for _, stmt := range list[lo:end] {
		switch s := stmt.(type) {
		case *ast.IfStmt:
			if c.ifBlocks(x, s, p, v) {
				return true
			}
		case *ast.SwitchStmt:
			if _, passes := c.switchFlow(x, s, p, v, nil); !passes {
				return true
			}
		}
	}
	return false
}

// ifBlocks reports whether every branch of the if-else chain at s that the
// code p of v can take leaves the block, and one of them is sure to be
// taken.
func (c *fileChecker) ifBlocks(x *funcUses, s *ast.IfStmt, p int64, v *types.Var) bool {
	for {
		t := c.evalCode(x, s.Cond, p, v)
		if t != no && !c.leavesBlock(s.Body.List, true) {
			return false
		}
		if t == yes {
			return true
		}
		switch e := s.Else.(type) {
		case *ast.IfStmt:
			s = e
		case *ast.BlockStmt:
			return c.leavesBlock(e.List, true)
		default:
			return false
		}
	}
}

// switchFlow follows the code p of v through sw: enters reports whether it
// can enter the clause target (nil for none), passes whether it can reach
// the statement after the switch.
func (c *fileChecker) switchFlow(x *funcUses, sw *ast.SwitchStmt, p int64, v *types.Var, target *ast.CaseClause) (enters, passes bool) {
	sure, hasDefault := -1, false // sure: the first clause that p surely matches
	for i, stmt := range sw.Body.List {
		cc := stmt.(*ast.CaseClause)
		if cc.List == nil {
			hasDefault = true
		} else if sure < 0 && c.clauseMatch(x, sw, cc, p, v) == yes {
			sure = i
		}
	}
	passes = sure < 0 && !hasDefault
	fall := false // the clause before falls through into this one
	for i, stmt := range sw.Body.List {
		cc := stmt.(*ast.CaseClause)
		in := fall
		switch {
		case in:
		case cc.List == nil:
			in = sure < 0
		default:
			in = (sure < 0 || i <= sure) && c.clauseMatch(x, sw, cc, p, v) != no
		}
		fall = in && endsInFallthrough(cc.Body)
		if !in {
			continue
		}
		if cc == target {
			enters = true
		}
		if !fall && !c.leavesBlock(cc.Body, false) {
			passes = true
		}
	}
	return enters, passes
}

func endsInFallthrough(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	b, ok := list[len(list)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}

// clauseMatch says whether the case clause cc of sw matches the code p of v.
func (c *fileChecker) clauseMatch(x *funcUses, sw *ast.SwitchStmt, cc *ast.CaseClause, p int64, v *types.Var) tri {
	t := no
	if sw.Tag == nil {
		for _, e := range cc.List {
			switch c.evalCode(x, e, p, v) {
			case yes:
				return yes
			case maybe:
				t = maybe
			}
		}
		return t
	}
	if c.statusOwner(x, sw.Tag) != v || c.siteOf(sw.Tag).kind == notSite {
		return maybe
	}
	for _, e := range cc.List {
		val, ok := c.constValue(e)
		switch {
		case !ok:
			t = maybe
		case val == p:
			return yes
		}
	}
	return t
}

// evalCode says what the condition e is when v's status code is p: only
// comparisons of v's code with constants are known.
func (c *fileChecker) evalCode(x *funcUses, e ast.Expr, p int64, v *types.Var) tri {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return c.evalCode(x, e.X, p, v).not()
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			stop := no // what decides the whole: false for &&, true for ||
			if e.Op == token.LOR {
				stop = yes
			}
			a := c.evalCode(x, e.X, p, v)
			if a == stop {
				return stop
			}
			b := c.evalCode(x, e.Y, p, v)
			switch {
			case b == stop:
				return stop
			case a == maybe || b == maybe:
				return maybe
			}
			return a
		case token.EQL, token.NEQ:
			for _, pair := range [2][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
				val, ok := c.constValue(pair[1])
				if !ok || c.statusOwner(x, pair[0]) != v || c.siteOf(pair[0]).kind == notSite {
					continue
				}
				if (val == p) == (e.Op == token.EQL) {
					return yes
				}
				return no
			}
		}
	}
	return maybe
}
