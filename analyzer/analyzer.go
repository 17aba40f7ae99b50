package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer is statuslint with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// New returns a statuslint analyzer with its own copy of cfg, which its flags
// update. Analyzers built by separate calls share nothing.
func New(cfg Config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "statuslint",
		Doc:      doc,
		URL:      "https://github.com/statuslint/statuslint",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
	}
	bindFlags(&a.Flags, &cfg)
	a.Run = func(pass *analysis.Pass) (any, error) {
		s, err := cfg.compile()
		if err != nil {
			return nil, err
		}
		return nil, run(pass, s)
	}
	return a
}

// checker holds the state of one run over one package.
type checker struct {
	pass *analysis.Pass
	*settings

	// reach reports that a status-code type is visible from this package
	// (it or a dependency declares one); without it only the REST heuristic
	// can find anything.
	reach bool

	file *fileState // the file being walked

	sdk     map[*types.Package]*sdkNames // constants of each SDK status package seen
	context contextState                 // whether the package shows Clarifai context
	done    map[ast.Node]bool            // comparisons already reported as part of a range check

	// Scratch buffers for the case list being checked (newCaseList).
	clauses []clause
	values  []int64
}

// Nodes the walk visits. Everything else is skipped by the inspector's type
// filter, so the per-node cost is one type switch.
var walkTypes = []ast.Node{
	(*ast.BasicLit)(nil),
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
	(*ast.IfStmt)(nil),
	(*ast.SelectorExpr)(nil),
}

// restTypes are the nodes the walk needs when no status-code type is in
// reach: only the REST heuristic's comparisons and switches.
var restTypes = []ast.Node{
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
	(*ast.IfStmt)(nil),
}

func run(pass *analysis.Pass, s *settings) error {
	if definesCodeType(pass.Pkg.Path()) {
		return nil // the SDK's or this project's own table
	}
	c := &checker{pass: pass, settings: s}
	c.reach = c.reachesCodeType()
	if !c.reach && !s.rest {
		return nil // fast path: nothing here can be a status code
	}
	filter := walkTypes
	if !c.reach {
		filter = restTypes
	}
	root := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root()
	for fileCur := range root.Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok {
			continue
		}
		c.file = c.newFileState(file)
		if c.file.generated && !s.generated {
			continue
		}
		c.checkDirectives(file)
		for cur := range fileCur.Preorder(filter...) {
			switch n := cur.Node().(type) {
			case *ast.BasicLit:
				if n.Kind == token.INT && s.raw {
					c.checkLiteral(cur, n)
				}
			case *ast.BinaryExpr:
				c.checkComparison(n)
			case *ast.SwitchStmt:
				c.checkSwitch(n)
			case *ast.IfStmt:
				c.checkIfChain(cur, n)
			case *ast.SelectorExpr:
				if s.deprecated {
					c.checkDeprecated(cur, n)
				}
			}
		}
	}
	return nil
}

// report emits d unless a //statuslint:ignore directive covers its line.
func (c *checker) report(d analysis.Diagnostic) {
	if c.file.ignored(c.pass.Fset, d.Pos) {
		return
	}
	c.pass.Report(d)
}
