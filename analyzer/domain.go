package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"sync"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/codes"
)

// Status domains in the switch check: a decision over a resource's own
// status (resp.ModelVersion.Status.Code, in.GetStatus().GetCode()) is
// judged by the codes that status can carry (codes.DomainOf), not by every
// code: a model version's status never holds CONN_THROTTLED, which arrives
// on the response's own status.
//
// Of a domain's categories, only those that describe a resource's state
// are required: success, partial, pending and failed. A domain's families
// also hold the errors of the requests that address the resource
// (INPUT_DUPLICATE, INPUT_DOES_NOT_EXIST, INPUT_PERMISSION_DENIED,
// REQUEST_DISABLED_FOR_MAINTENANCE in the input family): those come back on
// the response's status, and a poll over the resource's state that handles
// its success, pending and failed codes is complete.

// stateCategories are the categories a resource's status is required to
// handle, where its domain has them.
const stateCategories categorySet = 1<<codes.CategorySuccess | 1<<codes.CategoryPartial |
	1<<codes.CategoryPending | 1<<codes.CategoryFailed

// domainInfo is what the switch check needs of a domain, derived once.
type domainInfo struct {
	noun     string      // "the model version's status"
	required categorySet // the domain's state categories that have current codes
	// current holds the domain's current codes of each required category,
	// in increasing order of value.
	current map[codes.Category][]codes.Code
}

// currentIn yields the current codes of category cat that a decision on
// domain d (nil: a status that can carry any code) must handle.
func (d *domainInfo) currentIn(cat codes.Category) []codes.Code {
	if d == nil {
		return index().category[cat]
	}
	return d.current[cat]
}

// domainIndex maps an SDK resource type's name to its domain. The table is
// constant, so it is built once per process; domains that can carry any
// code (Output, WorkflowResult) are not in it: today's rules hold there.
var domainIndex = sync.OnceValue(func() map[string]*domainInfo {
	domains := map[string]*domainInfo{}
	for _, d := range codes.Domains() {
		if d.Any {
			continue
		}
		info := &domainInfo{noun: d.Noun(), current: map[codes.Category][]codes.Code{}}
		for _, cat := range d.Categories() {
			if !stateCategories.has(cat) {
				continue
			}
			for _, m := range index().category[cat] {
				if d.Contains(m) {
					info.current[cat] = append(info.current[cat], m)
				}
			}
			// Deprecated codes are never demanded: a category whose codes
			// are all deprecated (APP_DUPLICATION_*) is not required.
			if len(info.current[cat]) > 0 {
				info.required |= 1 << cat
			}
		}
		domains[d.Resource] = info
	}
	return domains
})

// domainOf returns the domain of the code expression of s when it reads a
// resource's status: X.Status.Code or X.GetStatus().GetCode() (under
// integer conversions too), where X is an SDK api type with a domain,
// matched by package path (vendored too) and type name. It returns nil for
// any other code expression: the response's own status, an Output's, a
// bare StatusCode.
//
// A local variable set once, by its :=, to such a read
// (code := mv.GetStatus().GetCode()) reads the same status; cur is the
// decision, in whose function the variable is looked up.
func (c *fileChecker) domainOf(cur inspector.Cursor, s site) *domainInfo {
	if s.tk != sdkCode || s.kind != typedSite && s.kind != convSite || s.expr == nil {
		return nil
	}
	e := ast.Unparen(s.expr)
	if id, ok := e.(*ast.Ident); ok {
		init, ok := c.onlyValue(cur, id)
		if !ok {
			return nil
		}
		e = ast.Unparen(init)
	}
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !c.pass.TypesInfo.Types[call.Fun].IsType() {
			break
		}
		e = ast.Unparen(call.Args[0]) // int(mv.Status.Code)
	}
	x, name, ok := c.fieldStep(e)
	if !ok || name != "Code" {
		return nil
	}
	x, name, ok = c.fieldStep(ast.Unparen(x))
	if !ok || name != "Status" {
		return nil
	}
	named, ok := types.Unalias(deref(c.pass.TypesInfo.TypeOf(x))).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || unvendor(named.Obj().Pkg().Path()) != sdkAPI {
		return nil
	}
	return domainIndex()[named.Obj().Name()]
}

// onlyValue returns the value of the local variable id, used in the
// function around cur, when the := that declares it is the only thing that
// sets it: no other assignment, ++ or --, and its address is never taken.
func (c *fileChecker) onlyValue(cur inspector.Cursor, id *ast.Ident) (ast.Expr, bool) {
	local, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || local.IsField() || local.Parent() == nil || local.Parent() == local.Pkg().Scope() {
		return nil, false
	}
	fun, ok := c.declaringFunc(cur, local)
	if !ok {
		return nil, false
	}
	init, ok := initOf(fun, local)
	if !ok {
		return nil, false
	}
	for use := range fun.Preorder((*ast.Ident)(nil)) {
		if u := use.Node().(*ast.Ident); u.Pos() == local.Pos() || c.pass.TypesInfo.Uses[u] != local {
			continue
		}
		switch use.ParentEdgeKind() {
		case edge.AssignStmt_Lhs, edge.IncDecStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value:
			return nil, false
		case edge.UnaryExpr_X:
			if use.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return nil, false
			}
		}
	}
	return init, true
}

// initOf returns the expression that the := declaring the local variable
// local in the function at fun sets it to. It searches the function, once
// per decision that would be reported.
func initOf(fun inspector.Cursor, local *types.Var) (ast.Expr, bool) {
	def, ok := fun.FindByPos(local.Pos(), local.Pos())
	if !ok || def.ParentEdgeKind() != edge.AssignStmt_Lhs {
		return nil, false // var x = …, a parameter
	}
	return definedValue(def)
}
