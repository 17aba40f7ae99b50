package analyzer_test

import (
	"errors"
	"fmt"
	"go/types"
	"io/fs"
	"maps"
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
// by bench/gencorpus (BenchmarkPass: the mixed shape; BenchmarkHeavyPass:
// the heavy one) are loaded and type-checked once, the prerequisite
// analyzers that are not statuslint's own (inspect) run once, and each op
// runs statuslint's own prerequisites and then its checks over every package
// of the corpus. BenchmarkNoopPass and BenchmarkNoopHeavyPass do
// the same with an analyzer that does nothing, for comparison. Whole runs,
// with loading, are bench/run.sh's job.
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

var benchCorpora sync.Map // corpus name -> *benchCorpus

// benchHeavySizes are the sizes of the heavy shape's corpora (issue #22:
// every function handles statuses), in packages of 10 files of about 1,200
// lines.
var benchHeavySizes = []struct {
	name string
	pkgs int
}{
	{"small", 2},
	{"medium", 8},
}

func BenchmarkPass(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) { benchmarkPass(b, analyzer.Analyzer, "mixed", size.name, size.pkgs) })
	}
}

func BenchmarkHeavyPass(b *testing.B) {
	for _, size := range benchHeavySizes {
		b.Run(size.name, func(b *testing.B) { benchmarkPass(b, analyzer.Analyzer, "heavy", size.name, size.pkgs) })
	}
}

// benchNoopAnalyzer has statuslint's prerequisites that are not its own
// and does nothing.
var benchNoopAnalyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "does nothing",
	Requires: othersRequired(analyzer.Analyzer),
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

// othersRequired returns a's prerequisites that are not statuslint's own:
// its own (the analyzer with facts, and the one before it that reads the
// package) do part of the pass's work, which the benchmarks count.
func othersRequired(a *analysis.Analyzer) []*analysis.Analyzer {
	var others []*analysis.Analyzer
	for _, req := range a.Requires {
		if len(req.FactTypes) == 0 {
			others = append(others, req)
		}
	}
	return others
}

// passFunc builds a pass of any analyzer over one package, with the
// results of its prerequisites given.
type passFunc func(*analysis.Analyzer, map[*analysis.Analyzer]any) *analysis.Pass

// runWith runs a on a package after those of its prerequisites that
// results lacks, recursively, adding their results to results.
func runWith(a *analysis.Analyzer, results map[*analysis.Analyzer]any, pass passFunc) (any, error) {
	for _, req := range a.Requires {
		if _, done := results[req]; done {
			continue
		}
		res, err := runWith(req, results, pass)
		if err != nil {
			return nil, err
		}
		results[req] = res
	}
	return a.Run(pass(a, results))
}

// runOthers runs the prerequisites of statuslint that are not its own on a
// package, and returns their results: what the pass is run with.
func runOthers(pass passFunc) (map[*analysis.Analyzer]any, error) {
	results := map[*analysis.Analyzer]any{}
	for _, req := range othersRequired(analyzer.Analyzer) {
		res, err := runWith(req, results, pass)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", req.Name, err)
		}
		results[req] = res
	}
	return results, nil
}

// BenchmarkHeavyTextPass is BenchmarkHeavyPass with Config.Fixes off, as
// the statuslint command runs when it neither applies nor prints fixes.
func BenchmarkHeavyTextPass(b *testing.B) {
	a := textAnalyzer(nil)
	for _, size := range benchHeavySizes {
		b.Run(size.name, func(b *testing.B) { benchmarkPass(b, a, "heavy", size.name, size.pkgs) })
	}
}

// BenchmarkHeavyFamilyPass is BenchmarkHeavyTextPass with one family at a
// time (-checks=NAME): what each costs, and so where the pass's time goes.
// The families share the walk, so they add up to more than the whole pass.
func BenchmarkHeavyFamilyPass(b *testing.B) {
	for _, family := range analyzer.Families() {
		a := textAnalyzer([]string{family})
		for _, size := range benchHeavySizes {
			b.Run(family+"/"+size.name, func(b *testing.B) { benchmarkPass(b, a, "heavy", size.name, size.pkgs) })
		}
	}
}

// textAnalyzer returns statuslint as the statuslint command runs it for
// text output (fixes off), with the families checks, or all for nil.
func textAnalyzer(checks []string) *analysis.Analyzer {
	cfg := analyzer.DefaultConfig()
	cfg.Fixes = false
	if checks != nil {
		cfg.Checks = checks
	}
	return analyzer.New(cfg)
}

func BenchmarkNoopPass(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) { benchmarkPass(b, benchNoopAnalyzer, "mixed", size.name, size.pkgs) })
	}
}

func BenchmarkNoopHeavyPass(b *testing.B) {
	for _, size := range benchHeavySizes {
		b.Run(size.name, func(b *testing.B) { benchmarkPass(b, benchNoopAnalyzer, "heavy", size.name, size.pkgs) })
	}
}

// benchmarkPass times a over a corpus of gencorpus's shape with npkgs
// packages.
func benchmarkPass(b *testing.B, a *analysis.Analyzer, shape, size string, npkgs int) {
	runPasses(b, a, loadBenchCorpus(b, shape, size, npkgs))
}

// runPasses times a, with its own prerequisites, over every package of c.
func runPasses(b *testing.B, a *analysis.Analyzer, c *benchCorpus) {
	var diags int
	report := func(analysis.Diagnostic) { diags++ }
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, pkg := range c.pkgs {
			results := maps.Clone(c.results[i])
			pass := func(a *analysis.Analyzer, results map[*analysis.Analyzer]any) *analysis.Pass {
				return newPass(a, pkg, results, report, c.files)
			}
			if _, err := runWith(a, results, pass); err != nil {
				b.Fatalf("%s: %v", pkg.PkgPath, err)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(diags)/float64(b.N), "diags/op")
	b.ReportMetric(float64(c.lines), "lines")
}

// BenchmarkHugeFunc times the pass on one package holding one function that
// makes n SDK calls, each response's code compared with SUCCESS and
// MIXED_STATUS (through a local variable, in an && chain or a switch) and
// its items used without their own status: n findings of the partial-batch
// check. Every check must stay linear in the size of a function: the
// unchecked check walks it a fixed number of times, not once per response
// (it was cubic in n before, minutes per op at n=1600).
//
//	go test ./analyzer -run '^$' -bench HugeFunc -benchmem
func BenchmarkHugeFunc(b *testing.B) {
	for _, n := range []int{400, 1600} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			c := loadBenchModule(b, fmt.Sprintf("huge%d", n), 1, func(_, dir, sdk string) error {
				return writeHugeFunc(dir, sdk, n)
			})
			runPasses(b, analyzer.Analyzer, c)
			b.ReportMetric(float64(n), "responses")
		})
	}
}

// writeHugeFunc writes to dir a module of one package, huge, whose function
// predictAll makes n SDK calls.
func writeHugeFunc(dir, sdk string, n int) error {
	const mod = "github.com/Clarifai/clarifai-go-grpc"
	gomod := fmt.Sprintf("module example.com/huge\n\ngo 1.22\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		mod, mod, filepath.ToSlash(sdk))
	var src strings.Builder
	src.WriteString(`package huge

import (
	"context"
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// predictAll predicts every request in turn, letting MIXED_STATUS through
// and using the outputs as if all had succeeded.
func predictAll(ctx context.Context, client api.V2Client, reqs []*api.PostModelOutputsRequest) (int, error) {
	n := 0
`)
	for i := range n {
		fmt.Fprintf(&src, "\tresp%[1]d, err := client.PostModelOutputs(ctx, reqs[%[1]d])\n\tif err != nil {\n\t\treturn n, err\n\t}\n", i)
		fmt.Fprintf(&src, "\tcode%[1]d := resp%[1]d.GetStatus().GetCode()\n", i)
		if i%2 == 0 {
			fmt.Fprintf(&src, "\tif code%[1]d != status.StatusCode_SUCCESS && code%[1]d != status.StatusCode_MIXED_STATUS {\n"+
				"\t\treturn n, fmt.Errorf(\"predict %[1]d: %%s\", resp%[1]d.GetStatus().GetDescription())\n\t}\n", i)
		} else {
			fmt.Fprintf(&src, "\tswitch code%[1]d {\n\tcase status.StatusCode_SUCCESS, status.StatusCode_MIXED_STATUS:\n"+
				"\tdefault:\n\t\treturn n, fmt.Errorf(\"predict %[1]d: %%s\", resp%[1]d.Status.Description)\n\t}\n", i)
		}
		fmt.Fprintf(&src, "\tfor _, out := range resp%[1]d.Outputs {\n\t\tn += len(out.Id)\n\t}\n", i)
	}
	src.WriteString("\treturn n, nil\n}\n")
	pkg := filepath.Join(dir, "huge")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(pkg, "huge.go"), []byte(src.String()), 0o644)
}

func loadBenchCorpus(b *testing.B, shape, size string, npkgs int) *benchCorpus {
	return loadBenchModule(b, shape+"/"+size, npkgs, func(goBin, dir, sdk string) error {
		gen := exec.Command(goBin, "run", "github.com/statuslint/statuslint/bench/gencorpus",
			"-o", dir, "-shape", shape, "-pkgs", strconv.Itoa(npkgs), "-sdk", sdk)
		if out, err := gen.CombinedOutput(); err != nil {
			return fmt.Errorf("gencorpus: %v\n%s", err, out)
		}
		return nil
	})
}

// loadBenchModule loads, once per name, the module that write puts in a
// temporary directory (goBin is the go command, sdk the stand-in SDK's
// directory for a replace directive); the module must have npkgs packages.
func loadBenchModule(b *testing.B, name string, npkgs int, write func(goBin, dir, sdk string) error) *benchCorpus {
	v, _ := benchCorpora.LoadOrStore(name, new(benchCorpus))
	c := v.(*benchCorpus)
	c.once.Do(func() { c.load(npkgs, write) })
	if c.skip != "" {
		b.Skip(c.skip)
	}
	if c.err != nil {
		b.Fatal(c.err)
	}
	return c
}

func (c *benchCorpus) load(npkgs int, write func(goBin, dir, sdk string) error) {
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
	if err := write(goBin, dir, sdk); err != nil {
		c.err = err
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

	// Run the prerequisites that are not statuslint's once per package;
	// their cost is not the pass's.
	c.results = make([]map[*analysis.Analyzer]any, len(pkgs))
	for i, pkg := range pkgs {
		pass := func(a *analysis.Analyzer, results map[*analysis.Analyzer]any) *analysis.Pass {
			return newPass(a, pkg, results, func(analysis.Diagnostic) {}, c.files)
		}
		if c.results[i], c.err = runOthers(pass); c.err != nil {
			c.err = fmt.Errorf("%s: %v", pkg.PkgPath, c.err)
			return
		}
	}
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
