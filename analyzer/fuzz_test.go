package analyzer_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	pathpkg "path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
)

// fuzzPkgPath is the import path the fuzzed file is checked as. It is the
// package of the -types setting of the non-default analyzer, so that a
// `type Code` declared by the input is a user status-code type for it.
const fuzzPkgPath = "example.com/x"

// fuzzAnalyzers are the analyzers each input runs under: the default one and
// one with every setting changed.
var fuzzAnalyzers = sync.OnceValue(func() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		analyzer.Analyzer,
		analyzer.New(analyzer.Config{
			Checks:                     []string{analyzer.CheckRaw},
			Require:                    []string{"retry"},
			DefaultSignifiesExhaustive: false,
			Siblings:                   nil,
			REST:                       false,
			Generated:                  true,
			Types:                      []string{fuzzPkgPath + ".Code"},
		}),
	}
})

// fuzzImporter serves the stand-in SDK, the gRPC stubs, the codes package
// and any other package under testdata/src (such as usertypes/mycodes),
// type-checked from source once, and the standard library from export data.
// Anything else, including the fuzzer's invented paths, is not found without
// running the go command.
type fuzzImporter struct {
	mu     sync.Mutex
	fset   *token.FileSet // positions of the packages it serves
	std    types.Importer
	goroot string
	pkgs   map[string]*types.Package
	errs   map[string]error
}

func (imp *fuzzImporter) Import(path string) (*types.Package, error) {
	imp.mu.Lock()
	defer imp.mu.Unlock()
	return imp.importLocked(path)
}

var errImportCycle = errors.New("import cycle")

func (imp *fuzzImporter) importLocked(path string) (*types.Package, error) {
	if pkg, ok := imp.pkgs[path]; ok {
		return pkg, nil
	}
	if err, ok := imp.errs[path]; ok {
		return nil, err
	}
	imp.errs[path] = errImportCycle // until loaded
	pkg, err := imp.find(path)
	if err != nil {
		imp.errs[path] = err
		return nil, err
	}
	delete(imp.errs, path)
	imp.pkgs[path] = pkg
	return pkg, nil
}

func (imp *fuzzImporter) find(path string) (*types.Package, error) {
	if path == "" || path == "." || path == ".." || strings.HasPrefix(path, "/") || strings.HasPrefix(path, "../") ||
		pathpkg.Clean(path) != path || strings.ContainsAny(path, "\\:\x00") {
		return nil, fmt.Errorf("invalid import path %q", path)
	}
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if dir := filepath.Join("..", "testdata", "src", filepath.FromSlash(path)); hasGoFiles(dir) {
		return imp.load(path, dir)
	}
	if hasGoFiles(filepath.Join(imp.goroot, "src", filepath.FromSlash(path))) {
		return imp.std.Import(path)
	}
	return nil, fmt.Errorf("package %q not found", path)
}

func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
			return true
		}
	}
	return false
}

// lockedImporter imports while the caller holds imp.mu (used while loading
// the dependency packages themselves).
type lockedImporter struct{ *fuzzImporter }

func (imp lockedImporter) Import(path string) (*types.Package, error) { return imp.importLocked(path) }

// load type-checks the non-test Go files of dir as path.
func (imp *fuzzImporter) load(path, dir string) (*types.Package, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(imp.fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: lockedImporter{imp}}
	pkg, err := conf.Check(path, imp.fset, files, nil)
	if err != nil {
		return nil, fmt.Errorf("type-checking %s: %v", path, err)
	}
	return pkg, nil
}

type fuzzEnv struct {
	imp  *fuzzImporter
	fset *token.FileSet // positions of the dependencies
	err  error
}

// newFileSet returns a FileSet for one input: it holds the dependencies'
// files, so that positions of imported objects mean what they do under a
// real driver, and then a gap, so that the input's positions cannot collide
// with files the importer adds to env.fset later (it may decode lazily).
func (env fuzzEnv) newFileSet() *token.FileSet {
	fset := token.NewFileSet()
	var files []*token.File
	env.fset.Iterate(func(f *token.File) bool {
		files = append(files, f)
		return true
	})
	fset.AddExistingFiles(files...)
	fset.AddFile("<gap>", -1, 1<<30)
	return fset
}

// fuzzDeps type-checks the dependency packages once per process.
var fuzzDeps = sync.OnceValue(func() fuzzEnv {
	fset := token.NewFileSet()
	imp := &fuzzImporter{
		fset:   fset,
		std:    importer.ForCompiler(fset, runtime.Compiler, nil),
		goroot: build.Default.GOROOT,
		pkgs:   map[string]*types.Package{},
		errs:   map[string]error{},
	}
	imp.mu.Lock()
	defer imp.mu.Unlock()
	// Served from source outside testdata/src.
	codes, err := imp.load("github.com/statuslint/statuslint/codes", filepath.Join("..", "codes"))
	if err != nil {
		return fuzzEnv{err: err}
	}
	imp.pkgs[codes.Path()] = codes
	// Loaded now so that a broken stand-in fails the test rather than
	// quietly turning every input into "could not import".
	for _, path := range []string{
		"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status",
		"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api",
		"google.golang.org/grpc/codes",
		"google.golang.org/grpc/status",
	} {
		if _, err := imp.importLocked(path); err != nil {
			return fuzzEnv{err: err}
		}
	}
	return fuzzEnv{imp: imp, fset: fset}
})

// fuzzSeedFiles are the fixture sources: every .go file under testdata/src
// but the stand-in SDK, the gRPC stubs and vendored copies.
func fuzzSeedFiles(f *testing.F) [][]byte {
	root := filepath.Join("..", "testdata", "src")
	var seeds [][]byte
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "github.com", "google.golang.org", "vendor":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		seeds = append(seeds, data)
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	if len(seeds) < 10 {
		f.Fatalf("found only %d fixture files under %s", len(seeds), root)
	}
	return seeds
}

// fuzzHandSeeds are inputs the fixtures do not cover.
var fuzzHandSeeds = []string{
	// SDK calls in odd places: a method value, a call's arguments, a
	// response shadowed and reassigned, a call with the wrong arity.
	`package p

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

func f(ctx context.Context, c api.V2Client) (int, error) {
	post := c.PostInputs
	g(c.PostInputs(ctx, nil))
	resp, err := post(ctx, nil)
	if resp, err := c.PostInputs(ctx, nil); err == nil {
		return len(resp.Inputs), nil
	}
	resp, err = c.PostInputs(ctx)
	x, y, z := c.PostInputs(ctx, nil)
	return len(resp.Inputs) + x + y + z, err
}

func g(*api.MultiInputResponse, error) {}
`,
	// Empty files.
	``,
	`package p`,
	"package p\n\nimport \"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status\"\n",

	// Generics.
	`package p

func f[T ~int32](c T) bool { return c == 10000 }
`,
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

type coded interface{ ~int32 }

func is[T status.StatusCode](c T) bool { return c == 10000 || c != 21200 }

func any2[T coded](c T) bool {
	switch c {
	case 10000:
		return true
	}
	return false
}

func inst() bool { return is(status.StatusCode(10020)) && any2[status.StatusCode](10000) }

type box[T any] struct{ Status struct{ Code T } }

func (b box[T]) ok() bool { return any(b.Status.Code) == any(status.StatusCode(10000)) }

func g[S *status.Status](s S) bool { return (*status.Status)(s).Code == 10000 }
`,

	// Unsafe code, no cgo.
	`package p

import (
	"unsafe"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

func u(s *status.Status) bool {
	p := (*int32)(unsafe.Pointer(&s.Code))
	q := *(*status.StatusCode)(unsafe.Add(unsafe.Pointer(p), 0))
	return *p == 10000 || q == 10000 || unsafe.Sizeof(s.Code) == 4
}
`,

	// Huge literals and constant overflow.
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

var x status.StatusCode = 1<<62
var y status.StatusCode = 1e30
var z = status.StatusCode_SUCCESS == 1e30
var w = status.StatusCode_SUCCESS + 1<<40
func h(s *status.Status) bool { return s.Code == -10000 || s.Code == 0x2710 || s.Code == 1_0000 || s.Code == 99999999999999999999 }
`,
	"package p\n\nimport \"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status\"\n\nvar x status.StatusCode = " + strings.Repeat("9", 10000) + "\n" +
		"func h(s *status.Status) bool { return s.Code == " + strings.Repeat("1", 10000) + " }\n",

	// Partial code and type errors.
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"

func f(resp *api.MultiInputResponse) {
	if resp.Status.Code == { }
}
`,
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func f(resp *undefined.Response) bool {
	var s status.Status = "x"
	switch resp.Status.Code {
	case 10000, "a", nil:
	}
	return s.Code == 10000 && s.Nope == 10000 && undefinedFn() == 10000
}
`,
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func f(s *status.Status) bool {
	return s.Code == 10000 &&
`,
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func f(s *status.Status) {
	switch s.Code {
	case 
`,

	// A call left open: the statement and its error check run to the end
	// of the file, where an inserted status check must not land past it.
	`package p

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

func f(ctx context.Context, c api.V2Client) (*api.Input, error) {
	resp, err := c.GetInput(ctx, nil
	return resp.Input, err
}
`,
	"package p\n\nimport (\n\t\"context\"\n\n\t\"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api\"\n)\n\nfunc f(ctx context.Context, c api.V2Client) (*api.Input, error) {\n\tresp, err := c.GetInput(ctx, nil\n",

	// An error check whose else branch the file ends in.
	"package p\n\nimport (\n\t\"context\"\n\n\t\"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api\"\n)\n\nfunc f(ctx context.Context, c api.V2Client) (*api.Input, error) {\n\tresp, err := c.GetInput(ctx, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t} else {",
	// cgo's rewrite of a program's file: judged as that file, no fixes.
	"// Code generated by cmd/cgo; DO NOT EDIT.\n\n//line /src/p/x.go:1:1\npackage p\n\nimport \"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status\"\n\nfunc f(s *status.Status) bool { return s.Code == 10000 }\n",

	// Switches: duplicate cases, no tag, init only, type switch.
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func f(s *status.Status, x any) int {
	switch s.Code {
	case status.StatusCode_SUCCESS, 10000:
		return 1
	case 10000, status.StatusCode_SUCCESS:
		return 2
	case 10030:
	case 10030:
	default:
	default:
	}
	switch {
	}
	switch {
	case s.Code == 10000:
	case s.Code >= 10000 && s.Code <= 10099:
	}
	switch c := s.Code; {
	case c == 21200:
	}
	switch s.Code; {
	}
	switch x.(type) {
	case status.StatusCode:
	}
	switch 10000 {
	case s.Code:
	}
	return 0
}
`,

	// Directives with odd spacing.
	`package p

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

//statuslint:
//statuslint:ignore
//statuslint:ignore  
//statuslint: ignore raw
//statuslint:ignore	raw	reason
//statuslint:ignore raw,switch,,  ,
//statuslint:ignore nosuch because
//statuslint:exhaustive
// statuslint:ignore raw
/*statuslint:ignore raw block*/
//statuslint:ignore raw ` + "\u00a0\u200b" + `
func f(s *status.Status) bool {
	return s.Code == 10000 //statuslint:ignore raw     trailing   
}

//statuslint:ignore switch
func g(s *status.Status) {
	//statuslint:exhaustive  require=retry
	switch s.Code { //statuslint:ignore
	case 10000:
	}
}
//statuslint:ignore`,

	// Dot import of the status package.
	`package p

import . "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func f(s *Status) bool {
	switch s.Code {
	case StatusCode_SUCCESS:
	case 21200:
	}
	return s.Code == 10000 || StatusCode(10020) == s.Code || s.Code == StatusCode_CONN_TOKEN_INVALID
}
`,
	// Blank and renamed imports, codes package, gRPC status shadowing.
	`package p

import (
	_ "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	status "google.golang.org/grpc/status"
	c "github.com/statuslint/statuslint/codes"
	api "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

func f(r *api.MultiInputResponse, err error) bool {
	st, _ := status.FromError(err)
	_ = st.Code() == 5
	return c.Code(r.Status.Code) == 10000 || c.Success == 10000 || c.Code(r.Status.Code) == c.Code(0)
}
`,
	// A user type named by -types in the non-default analyzer.
	`package x

type Code int32

const OK Code = 10000

func f(c Code) bool {
	switch c {
	case 10000:
	}
	return c == 10000 || c == OK
}
`,
	// A generated file.
	"// Code generated by hand. DO NOT EDIT.\n\npackage p\n\nimport \"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status\"\n\nfunc f(s *status.Status) bool { return s.Code == 10000 }\n",
	// REST shapes without the SDK.
	`package p

import "net/http"

const host = "https://api.clarifai.com/v2/"

type resp struct{ Status struct{ Code int64 } }

func f(r resp, h *http.Response) bool {
	if r.Status.Code == 10000 {
	} else if r.Status.Code == 10010 {
	} else if r.Status.Code != 21200 {
	}
	return r.Status.Code != 10000 && h.StatusCode == 200
}
`,
	// Build constraint with a file version.
	"//go:build go1.18\n\npackage p\n\nfunc f[T ~int32](c T) bool { return c == 10000 }\n",
	"//go:build go1.1\n\npackage p\n\nfunc f() { for i := range 10 { _ = i == 10000 } }\n",
}

// FuzzAnalyzer type-checks each input as one file of package example.com/x,
// whatever its errors, and runs the analyzer under two configurations: it
// must not panic, and its diagnostics and fixes must lie inside the file.
func FuzzAnalyzer(f *testing.F) {
	for _, seed := range fuzzSeedFiles(f) {
		f.Add(seed)
	}
	for _, seed := range fuzzHandSeeds {
		f.Add([]byte(seed))
	}
	if env := fuzzDeps(); env.err != nil {
		f.Fatal(env.err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		env := fuzzDeps()
		fset := env.newFileSet()
		const filename = "fuzz.go"
		file, _ := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
		if file == nil {
			return
		}
		tokFile := fset.File(file.FileStart)
		if tokFile == nil {
			return
		}

		var typeErrs []types.Error
		conf := types.Config{
			Importer:  env.imp,
			GoVersion: "go1.26",
			Error: func(err error) {
				if te, ok := err.(types.Error); ok {
					typeErrs = append(typeErrs, te)
				}
			},
			Sizes: types.SizesFor("gc", "amd64"),
		}
		info := &types.Info{
			Types:        map[ast.Expr]types.TypeAndValue{},
			Instances:    map[*ast.Ident]types.Instance{},
			Defs:         map[*ast.Ident]types.Object{},
			Uses:         map[*ast.Ident]types.Object{},
			Implicits:    map[ast.Node]types.Object{},
			Selections:   map[*ast.SelectorExpr]*types.Selection{},
			Scopes:       map[ast.Node]*types.Scope{},
			FileVersions: map[*ast.File]string{},
		}
		pkg, ok := typeCheck(conf, fset, file, info)
		if !ok {
			return // go/types itself panicked: not the analyzer's business
		}

		for _, a := range fuzzAnalyzers() {
			var diags []analysis.Diagnostic
			newPass := func(a *analysis.Analyzer, results map[*analysis.Analyzer]any) *analysis.Pass {
				return &analysis.Pass{
					Analyzer:   a,
					Fset:       fset,
					Files:      []*ast.File{file},
					Pkg:        pkg,
					TypesInfo:  info,
					TypesSizes: conf.Sizes,
					TypeErrors: typeErrs,
					Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
					ResultOf:   results,
					ReadFile: func(name string) ([]byte, error) {
						if name == filename {
							return src, nil
						}
						return nil, fs.ErrNotExist
					},
					ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
					ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
					ExportObjectFact:  func(types.Object, analysis.Fact) {},
					ExportPackageFact: func(analysis.Fact) {},
					AllPackageFacts:   func() []analysis.PackageFact { return nil },
					AllObjectFacts:    func() []analysis.ObjectFact { return nil },
				}
			}
			if _, err := runWith(a, map[*analysis.Analyzer]any{}, newPass); err != nil {
				t.Fatalf("%s (config %d): Run returned an error: %v", a.Name, slices.Index(fuzzAnalyzers(), a), err)
			}
			for _, d := range diags {
				checkDiagnostic(t, tokFile, d)
			}
		}
	})
}

// typeCheck checks file, reporting false if go/types panicked on it.
func typeCheck(conf types.Config, fset *token.FileSet, file *ast.File, info *types.Info) (pkg *types.Package, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	pkg, _ = conf.Check(fuzzPkgPath, fset, []*ast.File{file}, info)
	return pkg, pkg != nil
}

var fuzzCategories = map[string]bool{
	analyzer.CheckRaw:        true,
	analyzer.CheckSwitch:     true,
	analyzer.CheckDeprecated: true,
	analyzer.CheckUnchecked:  true,
	analyzer.CheckDirective:  true,
}

// checkDiagnostic verifies that d is well formed and lies within tf.
func checkDiagnostic(t *testing.T, tf *token.File, d analysis.Diagnostic) {
	t.Helper()
	inFile := func(p token.Pos) bool {
		return p.IsValid() && int(p) >= tf.Base() && int(p) <= tf.Base()+tf.Size()
	}
	if d.Message == "" {
		t.Errorf("diagnostic at %v has no message", tf.Position(d.Pos))
	}
	if !fuzzCategories[d.Category] {
		t.Errorf("diagnostic %q has category %q", d.Message, d.Category)
	}
	if !inFile(d.Pos) {
		t.Errorf("diagnostic %q has position %d outside the file [%d, %d]", d.Message, d.Pos, tf.Base(), tf.Base()+tf.Size())
	}
	if d.End.IsValid() && (!inFile(d.End) || d.End < d.Pos) {
		t.Errorf("diagnostic %q has end %d (pos %d) outside the file [%d, %d]", d.Message, d.End, d.Pos, tf.Base(), tf.Base()+tf.Size())
	}
	for _, fix := range d.SuggestedFixes {
		for _, e := range fix.TextEdits {
			if !inFile(e.Pos) || !inFile(e.End) || e.End < e.Pos {
				t.Errorf("diagnostic %q: fix %q has edit [%d, %d) outside the file [%d, %d]",
					d.Message, fix.Message, e.Pos, e.End, tf.Base(), tf.Base()+tf.Size())
			}
		}
	}
}
