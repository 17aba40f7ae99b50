package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// The uses of response variables, indexed once per function. A response
// is judged by the uses of the variable that holds it; a function with
// many responses is not walked once per response. On the first response
// found in a top-level function (a declaration, or a function literal
// outside any), one walk over its identifiers classifies the uses of every
// local variable that can hold a response (a struct, or a pointer to one,
// with a field Status), its closures included; the checks of its other
// responses read the index. The index lives on the pass and is rebuilt,
// in the same buffers, for the next function.

// funcUses indexes the uses of the response variables of one top-level
// function.
type funcUses struct {
	top ast.Node         // the function walked
	cur inspector.Cursor // and its cursor
	// labels is set when the function has a label (goto, a labeled loop):
	// then the order of assignments and reads is not decided.
	labels bool
	names  nameSet              // the names of the variables declared so far that can hold a response
	vars   map[*types.Var]int32 // index in infos; -1 for a variable that holds no response
	infos  []varUses
	part   partialScan // the partial-batch check's state, filled on first use
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

// usesIndex returns the index of the top-level function that encloses fun,
// a function declaration or literal, walking it first if it is not the
// function indexed last.
func (c *fileChecker) usesIndex(fun inspector.Cursor) *funcUses {
	top := fun
	for f := enclosingFunc(fun); f.Node() != nil; f = enclosingFunc(f) {
		top = f
	}
	x := &c.funcs
	if x.top == top.Node() {
		return x
	}
	x.reset(top)
	lo, hi := top.Node().Pos(), top.Node().End()
	info := c.pass.TypesInfo
	for cur := range top.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if x.declares(cur, id, info) {
			continue
		}
		// Only a name that a variable able to hold a response was declared
		// with can be one of its uses: the rest of the identifiers are
		// never looked up.
		if !x.names.has(id.Name) {
			continue
		}
		if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() && lo <= v.Pos() && v.Pos() < hi {
			if info := x.add(v); info != nil {
				c.indexUse(cur, v, info)
			}
		}
	}
	return x
}

// declares handles the identifier id, at cur, if it declares a variable (a
// parameter, a result, var v, v := …, range) or uses a label, and reports
// whether it did. A declared variable that can hold a response adds its
// name to those whose uses the walk looks up; since a local is declared
// before its uses, the walk meets the declaration first.
func (x *funcUses) declares(cur inspector.Cursor, id *ast.Ident, info *types.Info) bool {
	switch cur.ParentEdgeKind() {
	case edge.BranchStmt_Label: // goto L, break L, continue L
		x.labels = true
		return true
	case edge.AssignStmt_Lhs:
		assign := cur.Parent()
		if assign.Node().(*ast.AssignStmt).Tok != token.DEFINE {
			return false
		}
		if assign.ParentEdgeKind() == edge.TypeSwitchStmt_Assign {
			// switch r := x.(type): each clause declares its own r, which
			// Defs does not record.
			x.names.add(id.Name)
			return true
		}
	case edge.RangeStmt_Key, edge.RangeStmt_Value:
		if cur.Parent().Node().(*ast.RangeStmt).Tok != token.DEFINE {
			return false
		}
	case edge.Field_Names:
		if !mayBeStruct(cur.Parent().Node().(*ast.Field).Type) {
			return true // a parameter of type string, []T, func(…): no response
		}
	case edge.ValueSpec_Names:
		if t := cur.Parent().Node().(*ast.ValueSpec).Type; t != nil && !mayBeStruct(t) {
			return true
		}
	default:
		return false
	}
	v, ok := info.Defs[id].(*types.Var)
	if !ok {
		return false // a variable that := declared before
	}
	if !v.IsField() && holdsResponse(v) {
		x.names.add(id.Name)
	}
	return true
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

// reset empties x for a walk of top, keeping its buffers.
func (x *funcUses) reset(top inspector.Cursor) {
	x.top, x.cur, x.labels = top.Node(), top, false
	x.names.reset()
	if x.vars == nil {
		x.vars = map[*types.Var]int32{}
	}
	clear(x.vars)
	clear(x.infos) // drop what the entries point to
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
