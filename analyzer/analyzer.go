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
	cfg = cfg.clone() // the caller's slices stay the caller's
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

// pkgChecker is one pass over one package: what it knows of the package,
// and its files' checkers, which hold their findings until the pass ends.
type pkgChecker struct {
	pass *analysis.Pass
	*settings

	// reach reports that a status-code type is visible from this package
	// (it or a dependency declares one); without it only the REST heuristic
	// can find anything.
	reach bool
	// apiPkgs are the SDK's api packages in reach (a vendored copy too),
	// whose client calls return responses.
	apiPkgs []*types.Package

	sdk     map[*types.Package]*sdkNames // constants of each SDK status package seen
	context [2]contextState              // Clarifai context of non-test files, of test files

	files []*fileChecker // in the driver's order, which findings are flushed in

	// consts are the package's own constants used as status codes (the
	// raw check's const clarifaiOK = 10000), reported after the walk.
	consts map[*types.Const]*constUse

	switches switchCache // the REST switch whose site was asked for last
	cases    caseScratch // buffers for the case list being checked
}

// fileChecker checks one file: the checks run as its methods, and it owns
// what fixes need to know of the file (its imports, the names fixes add)
// and the file's findings until the pass reports them.
type fileChecker struct {
	*pkgChecker
	file       *ast.File
	root       inspector.Cursor // the file's cursor
	test       bool             // a _test.go file
	generated  bool
	directives []directive
	// dotSDK is set when the file dot-imports the SDK's status package, so
	// that its constants appear as bare identifiers.
	dotSDK bool
	// added holds, per package path, the name under which fixes in this
	// file add an import of it: one name per file.
	added    map[string]string
	findings []finding
}

func (p *pkgChecker) newFile(f *ast.File) *fileChecker {
	c := &fileChecker{pkgChecker: p, file: f, test: isTestFile(p.pass.Fset, f), generated: ast.IsGenerated(f)}
	for _, spec := range f.Imports {
		if spec.Name != nil && spec.Name.Name == "." && unvendor(importPath(spec)) == sdkStatus {
			c.dotSDK = true
		}
	}
	return c
}

// skipped reports whether the file is not analyzed: a generated file
// without -generated.
func (c *fileChecker) skipped() bool { return c.generated && !c.settings.generated }

func run(pass *analysis.Pass, s *settings) error {
	// The SDK's or this project's own table, and its external tests.
	if definesCodeType(strings.TrimSuffix(pass.Pkg.Path(), "_test")) {
		return nil
	}
	p := &pkgChecker{pass: pass, settings: s}
	p.reach = p.reachesCodeType()
	if !p.reach && !s.rest {
		return nil // fast path: nothing here can be a status code
	}
	root := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root()
	var filters [2][]ast.Node // without and with a dot import of the SDK
	for fileCur := range root.Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok {
			continue
		}
		c := p.newFile(file)
		c.root = fileCur
		p.files = append(p.files, c)
		if c.skipped() {
			continue
		}
		c.directives = c.parseDirectives()
		i := 0
		if c.dotSDK {
			i = 1
		}
		if filters[i] == nil {
			filters[i] = p.nodeTypes(c.dotSDK)
		}
		if len(filters[i]) > 0 { // no types would mean every node
			for cur := range fileCur.Preorder(filters[i]...) {
				c.visit(cur)
			}
		}
	}
	p.reportConsts()
	p.flush()
	return nil
}
