package analyzer

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"runtime"
	"strings"

	"github.com/statuslint/statuslint/docs"
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
	// Pass-through functions are known across packages by facts
	// (facts.go), which a prerequisite of its own computes: an analyzer
	// with facts runs on a package only after it has run on the package's
	// imports, a chain in import order, while the checks run on all
	// packages at once. So that the chain's steps stay short, what needs
	// no facts (what the package can hold, its files' settings, the
	// functions that may pass a response on, the values of its func
	// fields) is read by a prerequisite without facts, statuslintprep,
	// which runs on all packages at once; the chain only computes the
	// facts. Both wait for the package's inspector, which drivers build
	// for all packages at once: a version that walked the syntax without
	// one (so that the chain could start at once) ended the run no sooner
	// on bench's heavy module and cost 20% more CPU, the func-field walk
	// being ten times slower without the inspector's type filter.
	prep := &analysis.Analyzer{
		Name:       "statuslintprep",
		Doc:        "statuslint's reading of a package before its facts\n\nA prerequisite of statuslint's facts: what the package can hold, its files' settings, the functions that may return a response unread, and the values of its func fields.",
		URL:        docs.PageURL(),
		Requires:   []*analysis.Analyzer{inspect.Analyzer},
		ResultType: reflect.TypeFor[*pkgChecker](),
	}
	facts := &analysis.Analyzer{
		Name:       "statuslintfacts",
		Doc:        "statuslint's facts: functions that return a response unread\n\nA prerequisite of statuslint: it computes and exports the facts of the functions that statuslintprep found, and hands the package on to statuslint's pass.",
		URL:        docs.PageURL(),
		Requires:   []*analysis.Analyzer{prep},
		FactTypes:  []analysis.Fact{new(passThrough)},
		ResultType: reflect.TypeFor[*pkgChecker](),
	}
	a := &analysis.Analyzer{
		Name:     "statuslint",
		Doc:      mustExtractDoc(docFile, "statuslint") + familyDocs(),
		URL:      docs.PageURL(),
		Requires: []*analysis.Analyzer{inspect.Analyzer, facts},
	}
	bindFlags(&a.Flags, &cfg) // the flags of both: they share cfg
	prep.Run = func(pass *analysis.Pass) (any, error) {
		s, err := cfg.compile()
		if err != nil {
			return &pkgChecker{configErr: err}, nil // statuslint says what is wrong
		}
		return prepare(pass, s), nil
	}
	facts.Run = func(pass *analysis.Pass) (any, error) {
		p := pass.ResultOf[prep].(*pkgChecker)
		if p != nil && p.factsWanted() {
			p.pass = pass // the facts are this analyzer's
			p.computeFacts()
		}
		return p, nil
	}
	a.Run = func(pass *analysis.Pass) (any, error) {
		switch p := pass.ResultOf[facts].(*pkgChecker); {
		case p == nil: // nothing here can be a status code
		case p.configErr != nil:
			return nil, p.configErr
		default:
			// The facts chain releases the checks one package at a
			// time, and the package's check and the chain's next step
			// wake together: yielding once lets the step, a few
			// milliseconds, run before this check instead of after it.
			// On bench's heavy module (a 60-deep import chain) the
			// chain then ends with the last inspector, not ~0.4 s later.
			runtime.Gosched()
			p.check(pass)
		}
		return nil, nil
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

// pkgChecker is statuslint's work on one package: what it knows of the
// package, and its files' checkers, which hold their findings until the
// pass ends. The facts analyzer builds it (prepare) and hands it on as its
// result to statuslint's own pass (check), which empties it when done.
type pkgChecker struct {
	pass *analysis.Pass
	*settings
	// configErr is why the configuration could not be compiled: the facts
	// analyzer hands it on for statuslint to report, once.
	configErr error

	// reach reports that a status-code type is visible from this package
	// (it or a dependency declares one); without it only the REST heuristic
	// can find anything.
	reach bool
	// json reports that encoding/json is in reach: without it nothing in
	// the package decodes a REST response.
	json bool
	// apiPkgs are the SDK's api packages in reach (a vendored copy too),
	// whose client calls return responses.
	apiPkgs []*types.Package

	sdk map[*types.Package]*sdkNames // constants of each SDK status package seen
	// testNames are the package-level names of the package's own _test.go
	// files, read when a fix must add an import (testDeclares).
	testNames map[string]bool
	context   [2]contextState // Clarifai context of non-test files, of test files

	walk  bool             // whether the checks walk the files (else only directives are read)
	files []*fileChecker   // in the driver's order, which findings are flushed in
	root  inspector.Cursor // the package's syntax

	// The unchecked check's response sources beyond the SDK's client.
	decls      map[*types.Func]funcDecl     // functions whose first result can carry a response
	declOrder  []*types.Func                // the same, in source order
	facts      map[*types.Func]*passThrough // their facts, and the imported ones
	mirrors    map[string][]*types.Func     // V2Client's methods by name, once asked for
	fieldSets  map[*types.Var][]ast.Expr    // fields of func type walked for, and the values the package sets them to
	fieldSrcs  map[*types.Var]fieldSrc      // fields of func type asked about, and whether those values are sources
	localFuncs map[*types.Var]fieldSrc      // local variables of func type called, and what they hold

	// consts are the package's own constants used as status codes (the
	// raw check's const clarifaiOK = 10000), reported after the walk.
	consts map[*types.Const]*constUse

	switches switchCache // the REST switch whose site was asked for last
	cases    caseScratch // buffers for the case list being checked
	funcs    funcUses    // the uses of the response variables of the function checked last
}

// fileChecker checks one file: the checks run as its methods, and it owns
// what fixes need to know of the file (its imports, the names fixes add)
// and the file's findings until the pass reports them.
type fileChecker struct {
	*pkgChecker
	file      *ast.File
	cur       inspector.Cursor // the file's cursor
	test      bool             // a _test.go file
	generated bool
	// cgo is set for cgo's rewrite of a file of the program that imports
	// "C": its findings are the program's file's (positions lead there
	// through //line directives), but fixes would edit the rewrite.
	cgo        bool
	directives []directive
	// dotSDK is set when the file dot-imports the SDK's status package, so
	// that its constants appear as bare identifiers.
	dotSDK bool
	// added holds, per package path, the name under which fixes in this
	// file add an import of it: one name per file.
	added    map[string]string
	findings []finding
	// lastScope is the scope below the file's that held the position
	// scopeAt was last asked about.
	lastScope *types.Scope
}

func (p *pkgChecker) newFile(f *ast.File) *fileChecker {
	c := &fileChecker{pkgChecker: p, file: f, test: isTestFile(p.pass.Fset, f)}
	c.generated, c.cgo = generated(p.pass.Fset, f)
	for _, spec := range f.Imports {
		if spec.Name != nil && spec.Name.Name == "." && unvendor(importPath(spec)) == sdkStatus {
			c.dotSDK = true
		}
	}
	return c
}

// cgoHeader is what cgo's rewrite of a file says: not the program's own word.
const cgoHeader = "by cmd/cgo;"

// generated reports whether f is a generated file, and whether it is cgo's
// rewrite of a program's file that imports "C". Such a rewrite starts
// with cgo's own "Code generated by cmd/cgo; DO NOT EDIT." and a //line
// directive back to the program's file: it is judged as that file, by the
// other "Code generated" comments it keeps from it. (cgo's files of its own,
// _cgo_gotypes.go, lead nowhere else: generated.)
func generated(fset *token.FileSet, f *ast.File) (gen, cgo bool) {
	const prefix, suffix = "// Code generated ", " DO NOT EDIT."
	cgoSeen, other := false, false
	for _, group := range f.Comments {
		for _, comment := range group.List {
			if comment.Pos() > f.Package {
				break
			}
			if !strings.Contains(comment.Text, prefix) {
				continue
			}
			for line := range strings.SplitSeq(comment.Text, "\n") {
				if rest, ok := strings.CutPrefix(line, prefix); ok {
					if by, ok := strings.CutSuffix(rest, suffix); ok {
						if by == cgoHeader {
							cgoSeen = true
						} else {
							other = true
						}
					}
				}
			}
		}
	}
	if !cgoSeen {
		return other, false
	}
	tf := fset.File(f.Package)
	if tf == nil {
		return true, false
	}
	orig := fset.Position(f.Package).Filename
	if orig == tf.Name() || !strings.HasSuffix(orig, ".go") {
		return true, false // cgo's own
	}
	return other, true
}

// skipped reports whether the file is not analyzed: a generated file
// without -generated.
func (c *fileChecker) skipped() bool { return c.generated && !c.settings.generated }

// prepare is statuslintprep's pass: it finds what the package can hold (a
// status-code type in reach, Clarifai context), reads its files'
// settings, and, for the facts analyzer, finds the functions that may pass
// a response on and the values of the package's func fields. It returns
// the package's checker for the facts analyzer, which computes and exports
// the facts, and for statuslint's own pass; nil when nothing in the
// package can be a status code.
func prepare(pass *analysis.Pass, s *settings) *pkgChecker {
	// The SDK's or this project's own table, and its external tests.
	if definesCodeType(strings.TrimSuffix(pass.Pkg.Path(), "_test")) {
		return nil
	}
	if len(pass.Files) == 0 {
		return nil // a dependency a driver loaded from export data, for facts
	}
	p := &pkgChecker{pass: pass, settings: s}
	p.inReach()
	if !p.reach && !s.rest {
		return nil // fast path: nothing here can be a status code
	}
	p.root = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root()
	for fileCur := range p.root.Children() {
		if file, ok := fileCur.Node().(*ast.File); ok {
			c := p.newFile(file)
			c.cur = fileCur
			p.files = append(p.files, c)
		}
	}
	// Without a status-code type in reach only the REST heuristic can
	// find anything, and only with Clarifai context: where a scan of the
	// string literals finds none (std, most of the world), nothing is
	// walked, and only the directives are read (a malformed one is
	// reported wherever it is).
	p.walk = p.reach || p.findContext(true)
	if p.factsWanted() {
		// Generated files too: a generated client may wrap the SDK.
		p.findFuncDecls()
		p.fieldValues(nil) // the package's own func fields
	}
	return p
}

// factsWanted reports whether the package has facts to compute: it is
// walked, with the unchecked check on, and is no part of the SDK.
func (p *pkgChecker) factsWanted() bool {
	return p.configErr == nil && p.walk && p.checks.has(checkUnchecked) && !inSDK(p.pass.Pkg.Path())
}

// check is statuslint's pass over the package that prepare prepared, with
// statuslint's own pass: it walks each file once for every family, then
// reports.
func (p *pkgChecker) check(pass *analysis.Pass) {
	p.pass = pass             // findings are statuslint's, not the facts analyzer's
	var filters [2][]ast.Node // without and with a dot import of the SDK
	for _, c := range p.files {
		if c.skipped() {
			continue
		}
		c.directives = c.parseDirectives()
		if !p.walk {
			continue
		}
		i := 0
		if c.dotSDK {
			i = 1
		}
		if filters[i] == nil {
			filters[i] = p.nodeTypes(c.dotSDK)
		}
		if len(filters[i]) > 0 { // no types would mean every node
			for cur := range c.cur.Preorder(filters[i]...) {
				if p.funcs.top != nil && !p.funcs.cur.Contains(cur) {
					c.judgeNoted() // the walk has left the function of the noted responses
				}
				c.visit(cur)
			}
		}
		c.judgeNoted()
	}
	p.reportConsts()
	p.flush()
	// p is the facts analyzer's result, which drivers keep until the whole
	// run ends: what the pass built goes now.
	*p = pkgChecker{}
}
