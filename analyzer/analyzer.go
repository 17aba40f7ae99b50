package analyzer

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Analyzer is statuslint with the default configuration; its flags change it.
var Analyzer = New(DefaultConfig())

// New returns a statuslint analyzer with its own copy of cfg, which its flags
// update. Analyzers built by separate calls share nothing.
func New(cfg Config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "statuslint",
		Doc:      mustExtractDoc(docFile, "statuslint"),
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

// mustExtractDoc returns the "# Analyzer name" section of the package
// comment in src, without its "name: " prefix: the package documentation
// and the analyzer's Doc are one text.
func mustExtractDoc(src, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic("analyzer: doc.go has no package comment")
	}
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(body), name+": "); ok {
			return strings.TrimSpace(rest)
		}
	}
	panic(fmt.Sprintf("analyzer: doc.go has no %q section starting %q", "# Analyzer "+name, name+": "))
}

// checker holds the state of one run over one package.
type checker struct {
	pass *analysis.Pass
	*settings

	// reach reports that a status-code type is visible from this package
	// (it or a dependency declares one); without it only the REST heuristic
	// can find anything.
	reach bool
	// apiPkgs are the SDK's api packages in reach (a vendored copy too),
	// whose client calls return responses.
	apiPkgs []*types.Package

	file     *fileState // the file being walked
	findings []finding  // the current file's, until flush

	sdk     map[*types.Package]*sdkNames // constants of each SDK status package seen
	context [2]contextState              // Clarifai context of non-test files, of test files

	// The REST switch whose site was last asked for, as its case values
	// ask for it in turn.
	lastSwitch     *ast.SwitchStmt
	lastSwitchSite site

	// Scratch buffers for the case list being checked (newCaseList).
	clauses     []clause
	values      []int64
	taken, only []int64
}

// fileState is what the walk knows of the file it is in.
type fileState struct {
	file       *ast.File
	test       bool // a _test.go file
	generated  bool
	directives []directive
	// dotSDK is set when the file dot-imports the SDK's status package, so
	// that its constants appear as bare identifiers.
	dotSDK bool
	// added holds, per package path, the name under which fixes in this
	// file add an import of it: one name per file.
	added map[string]string
}

func (c *checker) newFileState(f *ast.File) *fileState {
	fs := &fileState{file: f, test: isTestFile(c.pass.Fset, f), generated: ast.IsGenerated(f)}
	for _, spec := range f.Imports {
		if spec.Name != nil && spec.Name.Name == "." && unvendor(importPath(spec)) == sdkStatus {
			fs.dotSDK = true
		}
	}
	return fs
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
	root := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root()
	filter := c.nodeTypes(false)
	for fileCur := range root.Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok {
			continue
		}
		c.file = c.newFileState(file)
		if c.file.generated && !s.generated {
			continue
		}
		c.file.directives = c.parseDirectives(file)
		f := filter
		if c.file.dotSDK {
			f = c.nodeTypes(true)
		}
		if len(f) > 0 { // no types would mean every node
			for cur := range fileCur.Preorder(f...) {
				c.visit(cur)
			}
		}
		c.flush()
	}
	return nil
}

// nodeTypes returns the nodes the walk visits; everything else is skipped
// by the inspector's type filter, so the per-node cost is one type switch.
// Identifiers are visited only in files that dot-import the SDK.
func (c *checker) nodeTypes(idents bool) []ast.Node {
	var types []ast.Node
	if c.checks.has(checkRaw) {
		types = append(types, (*ast.BasicLit)(nil))
	}
	if c.checks.has(checkSwitch) {
		types = append(types, (*ast.SwitchStmt)(nil), (*ast.IfStmt)(nil))
	}
	if c.checks.has(checkUnchecked) && (len(c.apiPkgs) > 0 || c.rest) {
		types = append(types, (*ast.CallExpr)(nil))
	}
	if c.checks.has(checkDeprecated) && c.reach {
		types = append(types, (*ast.SelectorExpr)(nil))
		if idents {
			types = append(types, (*ast.Ident)(nil))
		}
	}
	return types
}

// visit dispatches one node of the walk to the checks that look at it.
func (c *checker) visit(cur inspector.Cursor) {
	switch n := cur.Node().(type) {
	case *ast.BasicLit:
		if n.Kind == token.INT {
			c.checkLiteral(cur, n)
		}
	case *ast.SwitchStmt:
		c.checkSwitch(cur, n)
	case *ast.IfStmt:
		c.checkIfChain(cur, n)
	case *ast.SelectorExpr:
		c.checkDeprecated(cur, n.Sel)
	case *ast.Ident:
		c.checkDeprecated(cur, n)
	case *ast.CallExpr:
		c.checkCall(cur, n)
	}
}
