package analyzer_test

import (
	"errors"
	"fmt"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
)

// The benchmarks time statuslint's pass alone: packages of a corpus written
// by bench/gencorpus are loaded and type-checked once, the prerequisite
// analyzers (inspect) run once, and each op runs the analyzer over every
// package of the corpus. BenchmarkNoopPass does the same with an analyzer
// that does nothing, for comparison. Whole runs, with loading, are
// bench/run.sh's job.
//
//	go test ./analyzer -run '^$' -bench Pass -benchmem
//
// The corpora are generated on first use (not by plain go test, which runs
// no benchmarks), loaded into memory, and their directory removed.

// benchSizes are the corpus sizes, in packages of 10 files of about 500
// lines (gencorpus's defaults).
var benchSizes = []struct {
	name string
	pkgs int
}{
	{"small", 2},
	{"medium", 8},
	{"large", 32},
}

type benchCorpus struct {
	once  sync.Once
	skip  string
	err   error
	pkgs  []*packages.Package
	files map[string][]byte // every file of the corpus, for Pass.ReadFile
	bytes int64             // size of the Go files that the passes see
	lines int

	// results holds, per package, the results of the prerequisites.
	results []map[*analysis.Analyzer]any
}

var benchCorpora sync.Map // size name -> *benchCorpus

func BenchmarkPass(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) { benchmarkPass(b, analyzer.Analyzer, size.name, size.pkgs) })
	}
}

// benchNoopAnalyzer has statuslint's prerequisites and does nothing.
var benchNoopAnalyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "does nothing",
	Requires: analyzer.Analyzer.Requires,
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func BenchmarkNoopPass(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) { benchmarkPass(b, benchNoopAnalyzer, size.name, size.pkgs) })
	}
}

func benchmarkPass(b *testing.B, a *analysis.Analyzer, size string, npkgs int) {
	c := loadBenchCorpus(b, size, npkgs)
	var diags int
	report := func(analysis.Diagnostic) { diags++ }
	passes := make([]*analysis.Pass, len(c.pkgs))
	for i, pkg := range c.pkgs {
		passes[i] = newPass(a, pkg, c.results[i], report, c.files)
	}
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, pass := range passes {
			if _, err := a.Run(pass); err != nil {
				b.Fatalf("%s: %v", pass.Pkg.Path(), err)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(diags)/float64(b.N), "diags/op")
	b.ReportMetric(float64(c.lines), "lines")
}

func loadBenchCorpus(b *testing.B, size string, npkgs int) *benchCorpus {
	v, _ := benchCorpora.LoadOrStore(size, new(benchCorpus))
	c := v.(*benchCorpus)
	c.once.Do(func() { c.load(npkgs) })
	if c.skip != "" {
		b.Skip(c.skip)
	}
	if c.err != nil {
		b.Fatal(c.err)
	}
	return c
}

func (c *benchCorpus) load(npkgs int) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		c.skip = "no go command: " + err.Error()
		return
	}
	dir, err := os.MkdirTemp("", "statuslint-bench-")
	if err != nil {
		c.err = err
		return
	}
	defer os.RemoveAll(dir)
	sdk, err := filepath.Abs(filepath.Join("..", "testdata", "src", "github.com", "Clarifai", "clarifai-go-grpc"))
	if err != nil {
		c.err = err
		return
	}
	gen := exec.Command(goBin, "run", "github.com/statuslint/statuslint/bench/gencorpus",
		"-o", dir, "-pkgs", strconv.Itoa(npkgs), "-sdk", sdk)
	if out, err := gen.CombinedOutput(); err != nil {
		c.err = fmt.Errorf("gencorpus: %v\n%s", err, out)
		return
	}

	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedSyntax | packages.NeedTypes |
			packages.NeedTypesInfo | packages.NeedTypesSizes | packages.NeedModule,
		Dir: dir,
		Env: append(os.Environ(), "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		c.err = err
		return
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		c.err = fmt.Errorf("the corpus has %d errors", n)
		return
	}
	if len(pkgs) != npkgs {
		c.err = fmt.Errorf("loaded %d packages, want %d", len(pkgs), npkgs)
		return
	}
	c.pkgs = pkgs
	c.files = map[string][]byte{}
	for _, pkg := range pkgs {
		for _, list := range [][]string{pkg.CompiledGoFiles, pkg.OtherFiles, pkg.IgnoredFiles} {
			for _, name := range list {
				data, err := os.ReadFile(name)
				if err != nil {
					c.err = err
					return
				}
				c.files[name] = data
			}
		}
		for _, name := range pkg.CompiledGoFiles {
			c.bytes += int64(len(c.files[name]))
			for _, ch := range c.files[name] {
				if ch == '\n' {
					c.lines++
				}
			}
		}
	}

	// Run the prerequisites once per package; their cost is not the pass's.
	c.results = make([]map[*analysis.Analyzer]any, len(pkgs))
	for i, pkg := range pkgs {
		c.results[i] = map[*analysis.Analyzer]any{}
		for _, req := range analyzer.Analyzer.Requires {
			if err := c.runPrereq(req, pkg, c.results[i]); err != nil {
				c.err = err
				return
			}
		}
	}
}

// runPrereq runs a and, first, its own prerequisites on pkg, recording their
// results.
func (c *benchCorpus) runPrereq(a *analysis.Analyzer, pkg *packages.Package, results map[*analysis.Analyzer]any) error {
	if _, done := results[a]; done {
		return nil
	}
	if len(a.FactTypes) > 0 {
		return fmt.Errorf("prerequisite %s uses facts, which this benchmark does not provide", a.Name)
	}
	own := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		if err := c.runPrereq(req, pkg, results); err != nil {
			return err
		}
		own[req] = results[req]
	}
	res, err := a.Run(newPass(a, pkg, own, func(analysis.Diagnostic) {}, c.files))
	if err != nil {
		return fmt.Errorf("%s on %s: %v", a.Name, pkg.PkgPath, err)
	}
	results[a] = res
	return nil
}

// newPass is a pass of a over pkg, as a driver would build it without facts;
// files are what Pass.ReadFile may read.
func newPass(a *analysis.Analyzer, pkg *packages.Package, results map[*analysis.Analyzer]any, report func(analysis.Diagnostic), files map[string][]byte) *analysis.Pass {
	var module *analysis.Module
	if pkg.Module != nil {
		module = &analysis.Module{Path: pkg.Module.Path, Version: pkg.Module.Version, GoVersion: pkg.Module.GoVersion}
	}
	return &analysis.Pass{
		Analyzer:     a,
		Fset:         pkg.Fset,
		Files:        pkg.Syntax,
		OtherFiles:   pkg.OtherFiles,
		IgnoredFiles: pkg.IgnoredFiles,
		Pkg:          pkg.Types,
		TypesInfo:    pkg.TypesInfo,
		TypesSizes:   pkg.TypesSizes,
		TypeErrors:   pkg.TypeErrors,
		Module:       module,
		Report:       report,
		ResultOf:     results,
		ReadFile: func(name string) ([]byte, error) {
			if data, ok := files[name]; ok {
				return data, nil
			}
			return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("not a file of the package")}
		},
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
}

// BenchmarkHugeFunction times the pass over one package whose one function
// makes n SDK calls, each response compared with SUCCESS and MIXED_STATUS
// (half directly, half through a code variable) and its outputs used: n
// partial-batch findings in one function. Every check must stay linear in
// the size of the function.
func BenchmarkHugeFunction(b *testing.B) {
	for _, n := range []int{400, 1600} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			pkg, files := loadGopathPackage(b, "huge", hugeFunction(n))
			results := map[*analysis.Analyzer]any{}
			for _, req := range analyzer.Analyzer.Requires {
				res, err := req.Run(newPass(req, pkg, nil, func(analysis.Diagnostic) {}, files))
				if err != nil {
					b.Fatal(err)
				}
				results[req] = res
			}
			var diags int
			pass := newPass(analyzer.Analyzer, pkg, results, func(analysis.Diagnostic) { diags++ }, files)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := analyzer.Analyzer.Run(pass); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(diags)/float64(b.N), "diags/op")
		})
	}
}

// hugeFunction is the source of a package with one function of n responses.
func hugeFunction(n int) string {
	var src strings.Builder
	src.WriteString(`package huge

import (
	"context"
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

func predictAll(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) (int, error) {
	n := 0
`)
	for i := range n {
		fmt.Fprintf(&src, "\tresp%d, err := client.PostModelOutputs(ctx, req)\n\tif err != nil {\n\t\treturn n, err\n\t}\n", i)
		if i%2 == 0 {
			fmt.Fprintf(&src, "\tif resp%[1]d.Status.Code != status.StatusCode_SUCCESS && resp%[1]d.Status.Code != status.StatusCode_MIXED_STATUS {\n", i)
		} else {
			fmt.Fprintf(&src, "\tcode%[1]d := resp%[1]d.GetStatus().GetCode()\n\tif code%[1]d != status.StatusCode_SUCCESS && code%[1]d != status.StatusCode_MIXED_STATUS {\n", i)
		}
		fmt.Fprintf(&src, "\t\treturn n, fmt.Errorf(\"predict: %%s\", resp%[1]d.GetStatus().GetDescription())\n\t}\n", i)
		fmt.Fprintf(&src, "\tfor _, out := range resp%d.Outputs {\n\t\tn += len(out.Data.Concepts)\n\t}\n", i)
	}
	src.WriteString("\treturn n, nil\n}\n")
	return src.String()
}

// loadGopathPackage writes src as the only file of package name in a
// GOPATH that also holds testdata's SDK stubs, and loads it.
func loadGopathPackage(tb testing.TB, name, src string) (*packages.Package, map[string][]byte) {
	tb.Helper()
	gopath := tb.TempDir()
	dir := filepath.Join(gopath, "src", name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	file := filepath.Join(dir, name+".go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		tb.Fatal(err)
	}
	stubs, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		tb.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedSyntax | packages.NeedTypes |
			packages.NeedTypesInfo | packages.NeedTypesSizes,
		Dir: dir,
		Env: append(os.Environ(), "GOPATH="+gopath+string(os.PathListSeparator)+stubs, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, name)
	if err != nil {
		tb.Fatal(err)
	}
	if len(pkgs) != 1 || packages.PrintErrors(pkgs) > 0 {
		tb.Fatalf("package %s does not load", name)
	}
	return pkgs[0], map[string][]byte{file: []byte(src)}
}
