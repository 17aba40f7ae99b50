package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// The uses of response variables, indexed once per function. A response
// is judged by the uses of the variable that holds it, and a function
// with many responses is not walked once per response: the walk of the
// file (analyzer.go) notes each response's variable, and the decoded REST
// bodies, as it meets their calls, and judges them all when it leaves
// their top-level function (a declaration, or a function literal outside
// any). Then one walk over that function's identifiers, its closures
// included, looks up only those with the name of a noted variable and
// classifies their uses. The index lives on the pass and is rebuilt, in
// the same buffers, for the next function.

// funcUses indexes the uses of the noted variables of one top-level
// function.
type funcUses struct {
	top ast.Node         // the function, nil when nothing is noted
	cur inspector.Cursor // and its cursor
	// labels is set when the function has a label (goto, a labeled loop):
	// then the order of assignments and reads is not decided.
	labels bool
	noted  []notedVar // the variables to judge, in the order their calls were met
	names  nameSet    // their names: the identifiers looked up
	// vars are the variables that bear a noted one's name: the index in
	// infos; -1 for one that holds no response.
	vars  map[*types.Var]int32
	infos []varUses
	part  partialScan // the partial-batch check's state, filled on first use
}

// notedVar is a variable that holds a response, or a decoded REST body,
// and is judged when the walk leaves its top-level function.
type notedVar struct {
	v   *types.Var
	fun inspector.Cursor // the function that declares v
	// r is the response and id the identifier it is assigned to; for a
	// decoded body, r.call is the decoding call and id is nil.
	r  response
	id *ast.Ident
}

// varUses is what the index knows of one variable.
type varUses struct {
	v *types.Var
	uses
	escapeUses int32     // how many uses escape (the decode check discounts its own &v)
	firstRead  token.Pos // the first status read, in source order
	lastRead   token.Pos // the last one
	// closureRead is set when the status is read in a closure, which may
	// run after any assignment; closureAssign when a closure assigns the
	// variable, so that which response a read sees is not decided.
	closureRead, closureAssign bool
	// part is the index + 1 of its state in the partial-batch check, 0 when
	// its status and its items are not both read.
	part int32
}

// note queues n, whose variable the function at n.fun declares, for
// judgement when the walk leaves its top-level function. Noting a
// variable of another top-level function judges those noted before.
func (c *fileChecker) note(n notedVar) {
	top := n.fun
	for f := enclosingFunc(top); f.Node() != nil; f = enclosingFunc(f) {
		top = f
	}
	x := &c.funcs
	if x.top != top.Node() {
		c.judgeNoted()
		x.top, x.cur = top.Node(), top
	}
	x.noted = append(x.noted, n)
	x.names.add(n.v.Name())
}

// judgeNoted indexes the uses of the variables noted in the current
// top-level function, judges each, and empties the queue. The walk calls
// it once it is past the function, and at the end of the file.
func (c *fileChecker) judgeNoted() {
	x := &c.funcs
	if x.top == nil {
		return
	}
	if !c.indexAll && c.allReadNext(x) {
		x.reset() // nothing to report, and the index is not needed to know it
		return
	}
	c.indexUses(x)
	for i := range x.noted {
		n := &x.noted[i]
		if n.id == nil {
			c.judgeDecoded(x, n)
		} else {
			c.judgeResponse(x, n)
		}
	}
	x.reset()
}

// allReadNext reports whether every response noted in x has its status
// read by one of the two statements after its assignment, and none can be
// a partial batch: none holds items, or the function compares nothing with
// a partial code. Such a response is checked whatever else the function
// does with it: a status read after the assignment is what the index would
// find (judgeResponse), and without a partial code there is no partial
// batch. That is the shape of almost every checked call (resp, err :=
// call(); if err != nil {…}; if resp.Status…), so most functions are
// judged without a walk of their identifiers.
func (c *fileChecker) allReadNext(x *funcUses) bool {
	items := false
	for i := range x.noted {
		n := &x.noted[i]
		if !c.readNext(n) {
			return false
		}
		items = items || mayHoldItems(n.v.Type(), 0)
	}
	return !items || !c.partialGate(x)
}

// identNodes is the node filter of readNext's walks; never modified.
var identNodes = []ast.Node{(*ast.Ident)(nil)}

// readNext reports whether one of the two statements after the assignment
// of n's response reads its status. A statement is walked only for the two
// assignments before it in its list, and the walk stops at the first read:
// a node is walked at most twice per statement list that holds it.
func (c *fileChecker) readNext(n *notedVar) bool {
	if n.id == nil || n.r.rest != "" {
		return false
	}
	stmt := n.r.cur.Parent()
	if _, ok := stmt.Node().(*ast.AssignStmt); !ok {
		return false
	}
	uses, name := c.pass.TypesInfo.Uses, n.v.Name()
	found := false
	for range 2 {
		next, ok := stmt.NextSibling() // false outside a statement list
		if !ok {
			return false
		}
		stmt = next
		// Inspect, unlike Preorder, allocates no iterator.
		next.Inspect(identNodes, func(cur inspector.Cursor) bool {
			if id := cur.Node().(*ast.Ident); !found && id.Name == name && uses[id] == n.v {
				kind, _ := c.classifyUse(cur)
				found = kind == useStatus
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// mayHoldItems reports whether a value of type t, or what it points to,
// has a repeated field of items with their own status, directly or in a
// struct it embeds (deeply embedded structs count as having one).
func mayHoldItems(t types.Type, depth int) bool {
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if itemStatus(f.Type()) != nil || f.Embedded() && (depth >= 4 || mayHoldItems(f.Type(), depth+1)) {
			return true
		}
	}
	return false
}

// indexUses walks the top-level function of x once and classifies the
// uses of every variable that bears the name of a noted one.
func (c *fileChecker) indexUses(x *funcUses) {
	lo, hi := x.top.Pos(), x.top.End()
	info := c.pass.TypesInfo
	// Inspect, unlike Preorder, allocates no iterator per function.
	x.cur.Inspect([]ast.Node{(*ast.Ident)(nil), (*ast.BranchStmt)(nil)}, func(cur inspector.Cursor) bool {
		id, ok := cur.Node().(*ast.Ident)
		if !ok {
			if cur.Node().(*ast.BranchStmt).Label != nil {
				x.labels = true // goto L, break L, continue L
			}
			return true
		}
		if !x.names.has(id.Name) {
			return true
		}
		if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() && lo <= v.Pos() && v.Pos() < hi {
			if info := x.add(v); info != nil {
				c.indexUse(cur, v, info)
			}
		}
		return true
	})
}

// mayBeStruct reports whether the type written t may be a struct or a
// pointer to one: not a predeclared type (string, error, any), nor a slice,
// array, map, channel, function or variadic parameter. It looks nothing up
// in the package, so a predeclared name counts as itself.
func mayBeStruct(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.Ellipsis, *ast.InterfaceType:
		return false
	case *ast.Ident:
		_, predeclared := types.Universe.Lookup(t.Name).(*types.TypeName)
		return !predeclared
	}
	return true
}

// nameSet is a set of identifiers' names, reused from function to
// function: a few in a slice, which is the common case and the fastest to
// search, and a map once there are more, so that a function with many
// names stays linear.
type nameSet struct {
	few  []string
	many map[string]bool
}

const fewNames = 8

func (s *nameSet) reset() {
	s.few, s.many = s.few[:0], nil
}

func (s *nameSet) add(name string) {
	switch {
	case s.has(name):
	case s.many != nil:
		s.many[name] = true
	case len(s.few) < fewNames:
		s.few = append(s.few, name)
	default:
		s.many = make(map[string]bool, 2*fewNames)
		for _, n := range s.few {
			s.many[n] = true
		}
		s.many[name] = true
	}
}

func (s *nameSet) has(name string) bool {
	if s.many != nil {
		return s.many[name]
	}
	return slices.Contains(s.few, name)
}

// holdsResponse reports whether v can hold a response: a struct, or a
// pointer to one, with a field Status.
func holdsResponse(v *types.Var) bool {
	_, has := directField(deref(v.Type()), "Status")
	return has
}

// reset empties x, keeping its buffers.
func (x *funcUses) reset() {
	x.top, x.cur, x.labels = nil, inspector.Cursor{}, false
	clear(x.noted) // drop what the entries point to
	x.noted = x.noted[:0]
	x.names.reset()
	clear(x.vars)
	clear(x.infos)
	x.infos = x.infos[:0]
	x.part.reset()
}

// add returns the entry of v, making it on v's first use; nil when v
// cannot hold a response.
func (x *funcUses) add(v *types.Var) *varUses {
	i, ok := x.vars[v]
	if !ok {
		i = -1
		if holdsResponse(v) {
			i = int32(len(x.infos))
			x.infos = append(x.infos, varUses{v: v})
		}
		if x.vars == nil {
			x.vars = map[*types.Var]int32{}
		}
		x.vars[v] = i
	}
	if i < 0 {
		return nil
	}
	return &x.infos[i]
}

// lookup returns the entry of v, or nil when the index has none: v is not
// used in the function, or cannot hold a response (a type parameter, say).
func (x *funcUses) lookup(v *types.Var) *varUses {
	if i, ok := x.vars[v]; ok && i >= 0 {
		return &x.infos[i]
	}
	return nil
}

// indexUse adds the use of v at cur to its entry.
func (c *fileChecker) indexUse(cur inspector.Cursor, v *types.Var, info *varUses) {
	kind, field := c.classifyUse(cur)
	info.add(kind, field)
	switch kind {
	case useStatus:
		if info.firstRead == token.NoPos {
			info.firstRead = cur.Node().Pos()
		}
		info.lastRead = cur.Node().Pos()
		if !contains(enclosingFunc(cur).Node(), v.Pos()) {
			info.closureRead = true
		}
	case useEscape:
		info.escapeUses++
	case useAssigned:
		if !contains(enclosingFunc(cur).Node(), v.Pos()) {
			info.closureAssign = true
		}
	}
}

// contains reports whether pos is within n.
func contains(n ast.Node, pos token.Pos) bool {
	return n != nil && n.Pos() <= pos && pos < n.End()
}

// readAfter reports whether a status read of the variable of info can run
// after the assignment (or var declaration) at assign: one later in the
// source, or one inside a loop that also encloses the assignment (a loop
// that checks at its top covers an assignment at its bottom). Where that is
// not decided cheaply (labels, a read or an assignment in a closure), any
// read counts: precision first.
func (x *funcUses) readAfter(info *varUses, assign inspector.Cursor) bool {
	if info == nil || x.labels || info.closureRead || info.closureAssign {
		return true
	}
	start := assign.Node().End()
	for p := assign.Parent(); ; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			start = n.Pos() // the outermost loop wins
		case *ast.FuncDecl, *ast.FuncLit, nil:
			return info.lastRead >= start
		}
	}
}
