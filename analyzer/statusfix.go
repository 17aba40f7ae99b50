package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
)

// The unchecked check's fix: a status check inserted after the call, in
// the shape Clarifai's documentation writes it.

// checkStatusFix inserts a status check right after the if err != nil {…}
// that follows the assignment, or right after the assignment: a return of
// the zero values and an error where the function's last result is an
// error, t.Fatalf where it has a *testing.T, B or TB. Where err is not
// checked first, or its check does not leave (if err != nil { log… }), the
// check tests err == nil too, so that a failed call still reports its own
// error; where the error check has an else branch, the check goes at the top
// of that branch, which runs when err == nil. No fix elsewhere: not where
// the statements share a line with other code (a one-line function), after
// else if, nor where a name the check uses is shadowed (a local nil).
func (c *fileChecker) checkStatusFix(r response, v *types.Var, id *ast.Ident) *analysis.SuggestedFix {
	assign, ok := r.cur.Parent().Node().(*ast.AssignStmt)
	if !ok || !hasGetter(v.Type(), "GetStatus") {
		return nil
	}
	list, i, ok := stmtList(r.cur.Parent())
	if !ok {
		return nil
	}
	tf := c.pass.Fset.File(assign.Pos())
	if tf == nil || c.codeBetween(tf.LineStart(tf.Line(assign.Pos())), assign.Pos()) {
		return nil // the assignment does not begin its line
	}
	var errVar ast.Expr // err, or s.err
	if len(assign.Lhs) == 2 && !isBlank(assign.Lhs[1]) {
		errVar = assign.Lhs[1]
	}
	indent := strings.Repeat("\t", max(0, tf.Position(assign.Pos()).Column-1))
	after, guard := ast.Node(assign), errVar != nil
	if errVar != nil && i+1 < len(list) && c.isErrCheck(list[i+1], errVar) {
		ifs := list[i+1].(*ast.IfStmt)
		switch els := ifs.Else.(type) {
		case nil:
			after, guard = ifs, !c.errCheckLeaves(ifs.Body.List)
		case *ast.BlockStmt:
			// The else branch runs where err == nil: check there.
			after, guard, indent = nil, false, indent+"\t"
			if c.codeBetween(els.Lbrace+1, c.lineEnd(els.Lbrace)) {
				return nil
			}
		default:
			return nil // else if: the response may be used in any branch
		}
	}
	var pos token.Pos
	if after == nil {
		pos = c.lineEnd(list[i+1].(*ast.IfStmt).Else.(*ast.BlockStmt).Lbrace)
	} else {
		pos = c.lineEnd(after.End()) // after a trailing comment
		if c.codeBetween(after.End(), pos) {
			return nil // more code on the line: a one-line function, two statements
		}
	}
	// The names the check writes must mean at pos what they do here.
	if _, obj := c.lookup(id.Name, pos); obj != v {
		return nil
	}
	cond := ""
	if guard {
		if id, ok := ast.Unparen(errVar).(*ast.Ident); ok {
			if _, obj := c.lookup(id.Name, pos); obj != c.pass.TypesInfo.ObjectOf(id) {
				return nil
			}
		}
		if !c.predeclared("nil", pos) {
			return nil
		}
		cond = types.ExprString(errVar) + " == nil && "
	}
	statusQual, edits, ok := c.qualifier(r.status, pos)
	if !ok {
		return nil
	}
	body, bodyEdits, ok := c.failureBody(r, id.Name, pos)
	if !ok {
		return nil
	}
	edits = appendEdits(edits, bodyEdits...)
	text := "\n" + indent + "if " + cond + id.Name + ".GetStatus().GetCode() != " + qualify(statusQual, sdkPrefix+"SUCCESS") + " {\n" +
		indent + "\t" + body + "\n" + indent + "}"
	return insertFix(msgCheckStatus(r.method), pos, []byte(text), edits)
}

// errCheckLeaves reports whether the body of an if err != nil {…} keeps
// control from reaching the statement after it: it ends in a return, a
// break or continue, or a call that does not return. (A goto may land
// anywhere, so it does not count.)
func (c *fileChecker) errCheckLeaves(body []ast.Stmt) bool {
	if n := len(body); n > 0 {
		if b, ok := body[n-1].(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			return false
		}
	}
	return c.leavesBlock(body, true)
}

// lookup finds name as the code at pos sees it.
func (c *fileChecker) lookup(name string, pos token.Pos) (*types.Scope, types.Object) {
	scope := c.scopeAt(pos)
	if scope == nil {
		return nil, nil
	}
	return scope.LookupParent(name, pos)
}

// predeclared reports whether name at pos is Go's predeclared identifier
// (nil, false, new), not a declaration of the program that shadows it.
func (c *fileChecker) predeclared(name string, pos token.Pos) bool {
	scope, obj := c.lookup(name, pos)
	return obj != nil && scope == types.Universe
}

// codeBetween reports whether some code of the current file, comments
// aside, begins or ends in [from, to): a token that shares a line with a
// statement a fix would put on lines of its own.
func (c *fileChecker) codeBetween(from, to token.Pos) bool {
	found := false
	ast.Inspect(c.file, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		switch n.(type) {
		case *ast.CommentGroup, *ast.Comment:
			return false
		}
		if n.End() <= from || n.Pos() >= to {
			return false // wholly before or after
		}
		if n.Pos() >= from || n.End() <= to {
			found = true // begins or ends in the range
			return false
		}
		return true // spans the range: look inside
	})
	return found
}

// lineEnd returns the end of the line that pos is on, so that an insertion
// there keeps the line's trailing comment on it.
func (c *fileChecker) lineEnd(pos token.Pos) token.Pos {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return pos
	}
	line := tf.Line(pos)
	if line >= tf.LineCount() {
		return token.Pos(tf.Base() + tf.Size())
	}
	return tf.LineStart(line+1) - 1 // the newline
}

// failureBody is what the inserted check does when the response named
// name is not SUCCESS: return the zero values and an error where the
// function's last result is an error, t.Fatalf where it has a *testing.T,
// B or TB; ok is false in any other function.
func (c *fileChecker) failureBody(r response, name string, pos token.Pos) (body string, edits []analysis.TextEdit, ok bool) {
	fun, ok := c.innermostFunc(r.cur)
	if !ok {
		return "", nil, false
	}
	desc := name + ".GetStatus().GetDescription()"
	results := fun.sig.Results()
	if results.Len() == 0 || !isError(results.At(results.Len()-1).Type()) {
		if t := c.testingParam(fun, pos); t != "" {
			return t + `.Fatalf("` + r.method + `: %s", ` + desc + ")", nil, true
		}
		return "", nil, false
	}
	var vals []string
	for i := range results.Len() - 1 {
		zero, zeroEdits, ok := c.zeroValue(results.At(i).Type(), pos)
		if !ok {
			return "", nil, false
		}
		vals = append(vals, zero)
		edits = appendEdits(edits, zeroEdits...)
	}
	fmtQual, fmtEdits, ok := c.qualifierFor("fmt", "fmt", pos)
	if !ok {
		return "", nil, false
	}
	edits = appendEdits(edits, fmtEdits...)
	vals = append(vals, qualify(fmtQual, "Errorf")+`("`+errorPrefix(r.method)+`: %s", `+desc+")")
	return "return " + strings.Join(vals, ", "), edits, true
}

// errorPrefix writes the callee's name as the fix's error string starts
// with it: as it is, unless it is one capitalised word (Recv, Predict),
// which reads as a capitalised error string (staticcheck's ST1005 reports
// it): that is lower-cased. A name with more capitals (PostModelOutputs)
// reads as the identifier it is.
func errorPrefix(name string) string {
	first, n := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(first) {
		return name
	}
	for _, r := range name[n:] {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return name
		}
	}
	return string(unicode.ToLower(first)) + name[n:]
}

// isErrCheck reports whether stmt is if err != nil {…} on the error
// variable errExpr.
func (c *fileChecker) isErrCheck(stmt ast.Stmt, errExpr ast.Expr) bool {
	ifs, ok := stmt.(*ast.IfStmt)
	if !ok || ifs.Init != nil {
		return false
	}
	cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	errID, ok2 := ast.Unparen(errExpr).(*ast.Ident)
	if !ok || !ok2 || cond.Op != token.NEQ {
		return false
	}
	x, ok := ast.Unparen(cond.X).(*ast.Ident)
	return ok && c.pass.TypesInfo.ObjectOf(x) == c.pass.TypesInfo.ObjectOf(errID) && c.pass.TypesInfo.Types[cond.Y].IsNil()
}

// testingParam returns the name of a parameter of f of type *testing.T,
// *testing.B or testing.TB that is in scope at pos, or "". Only f's own:
// t.Fatalf must run on the test's goroutine, not in a closure it starts.
func (c *fileChecker) testingParam(f funcInfo, pos token.Pos) string {
	for _, field := range f.ftype.Params.List {
		switch types.TypeString(c.pass.TypesInfo.TypeOf(field.Type), nil) {
		case "*testing.T", "*testing.B", "testing.TB":
		default:
			continue
		}
		for _, name := range field.Names {
			if _, obj := c.lookup(name.Name, pos); obj != nil && obj == c.pass.TypesInfo.Defs[name] {
				return name.Name
			}
		}
	}
	return ""
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// hasGetter reports whether t has a method name.
func hasGetter(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// zeroValue spells the zero value of t as the current file can at pos:
// nil, 0, "", false, T{} for a named struct or array type whose package the
// file imports, *new(T) for a type parameter, and for a status-code type
// its constant for 0 (status.StatusCode_ZERO), which the raw check would
// ask for in place of 0, with the import that needs. ok is false where it
// cannot, or where a name it would write is shadowed at pos (a parameter
// named new).
func (c *fileChecker) zeroValue(t types.Type, pos token.Pos) (string, []analysis.TextEdit, bool) {
	if tp, ok := t.(*types.TypeParam); ok {
		_, obj := c.lookup(tp.Obj().Name(), pos)
		return "*new(" + tp.Obj().Name() + ")", nil, obj == tp.Obj() && c.predeclared("new", pos)
	}
	if s := c.typedPosition(t); s.kind == typedSite {
		if ref, _, edits, fixable, ok := c.constRef(s, 0, pos); ok {
			return ref, edits, fixable
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false", nil, c.predeclared("false", pos)
		case u.Info()&types.IsString != 0:
			return `""`, nil, true
		case u.Info()&types.IsNumeric != 0:
			return "0", nil, true
		case u.Kind() == types.UnsafePointer:
			return "nil", nil, c.predeclared("nil", pos)
		}
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return "nil", nil, c.predeclared("nil", pos)
	case *types.Struct, *types.Array:
		named, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return "", nil, false
		}
		spelled := true
		s := types.TypeString(named, func(p *types.Package) string {
			if p == c.pass.Pkg {
				return ""
			}
			name, ok := c.importedAs(unvendor(p.Path()), p.Name(), pos)
			if !ok || name == "." {
				spelled = false
			}
			return name
		})
		if named.Obj().Pkg() == c.pass.Pkg {
			if _, obj := c.lookup(named.Obj().Name(), pos); obj != named.Obj() {
				spelled = false // a local of the same name
			}
		}
		return s + "{}", nil, spelled
	}
	return "", nil, false
}

// appendEdits appends to edits those of more that it does not hold yet: two
// parts of a fix may need the same import.
func appendEdits(edits []analysis.TextEdit, more ...analysis.TextEdit) []analysis.TextEdit {
	for _, e := range more {
		if !slices.ContainsFunc(edits, func(d analysis.TextEdit) bool {
			return d.Pos == e.Pos && d.End == e.End && bytes.Equal(d.NewText, e.NewText)
		}) {
			edits = append(edits, e)
		}
	}
	return edits
}
