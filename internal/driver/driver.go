// Package driver runs one analyzer on packages named on the command line,
// as x/tools' singlechecker does, with what singlechecker's internal driver
// cannot be told to do:
//
//   - a package is analyzed as soon as it is type-checked, while the
//     packages that import it still type-check (load.go, run.go): the
//     checker waits for the last one, with a core idle when the packages
//     build on one another in a chain. The results are the checker's, in a
//     checker.Graph;
//   - each finding's text ends with its family, the Diagnostic's Category,
//     as staticcheck ends one with its check: "… (raw)";
//   - -fix (and -fix -diff) prints the findings that remain, those no fix
//     removed, and exits 3 when any do, as golangci-lint's --fix does;
//   - a package that does not load prints each error once: go list's copy
//     of the compiler's output, the test variant's copy and the parser's
//     follow-on errors on the same line are dropped, as go vet shows them.
//
// Under go vet (the *.cfg protocol) the command uses x/tools' unitchecker
// instead, and go vet's own output.
//
// cmd/statuslint and bench/noop share it, so that the benchmarks compare
// the analyses and not two drivers.
package driver

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"go/token"
	"io"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Options are the driver's command-line flags, singlechecker's own.
type Options struct {
	Fix, Diff, JSON bool
	Context         int  // -c: lines of context around each finding; -1 for none
	Tests           bool // -test: analyze test files too
	Debug           string
	CPUProfile      string
	MemProfile      string
	Trace           string
	// Loaded, if set, is told the loaded packages once they are analyzed,
	// to say what the command line got wrong about them.
	Loaded func(pkgs []*packages.Package, logf func(format string, args ...any))
}

// DefaultOptions are the flags' defaults.
func DefaultOptions() Options { return Options{Context: -1, Tests: true} }

// Register defines the flags on fs, writing to o, with singlechecker's names
// and meanings, so that scripts written for it keep working.
func (o *Options) Register(fs *flag.FlagSet) {
	fs.BoolVar(&o.JSON, "json", o.JSON, "emit JSON output (exit status 0 even with findings)")
	fs.IntVar(&o.Context, "c", o.Context, "display offending line with this many lines of context")
	fs.BoolVar(&o.Fix, "fix", o.Fix, "apply all suggested fixes, then print the findings that remain (exit status 3 if any)")
	fs.BoolVar(&o.Diff, "diff", o.Diff, "with -fix, don't update the files, but print a unified diff")
	fs.BoolVar(&o.Tests, "test", o.Tests, "indicates whether test files should be analyzed, too")
	fs.StringVar(&o.Debug, "debug", o.Debug, `debug flags, any subset of "fpstv"`)
	fs.StringVar(&o.CPUProfile, "cpuprofile", o.CPUProfile, "write CPU profile to this file")
	fs.StringVar(&o.MemProfile, "memprofile", o.MemProfile, "write memory profile to this file")
	fs.StringVar(&o.Trace, "trace", o.Trace, "write trace log to this file")
}

// UsesFixes reports whether the run applies (-fix) or prints (-json) the
// findings' suggested fixes: text output shows none.
func (o Options) UsesFixes() bool { return o.Fix || o.JSON }

func (o *Options) dbg(b byte) bool { return strings.IndexByte(o.Debug, b) >= 0 }

// Exit statuses.
const (
	exitOK       = 0
	exitFailed   = 1 // packages did not load, the analysis or a fix failed
	exitFindings = 3
)

// Run analyzes the packages that patterns name with a, reports to stdout
// (JSON, diffs) and stderr (findings, errors), and returns the exit status:
// 0, 1 when something failed, 3 when findings are reported (never with
// -json). The analyzer's flags must be set already.
func Run(a *analysis.Analyzer, patterns []string, o Options, stdout, stderr io.Writer) (status int) {
	logf := log.New(stderr, a.Name+": ", 0).Printf
	stop, err := o.startProfiles()
	if err != nil {
		logf("%v", err)
		stop() // those that started
		return exitFailed
	}
	defer func() {
		if err := stop(); err != nil {
			logf("%v", err)
			status = max(status, exitFailed)
		}
	}()

	graph, status := analyzeReporting(a, patterns, o, stderr, logf)
	if graph == nil {
		return status
	}

	switch {
	case o.Fix:
		return max(status, fixAndReport(a, patterns, o, graph, stdout, stderr, logf))
	case o.JSON:
		// x/tools' JSON, and its exit status: 0 with findings.
		if err := graph.PrintJSON(stdout); err != nil {
			logf("%v", err)
			return exitFailed
		}
		return status
	}
	diags := rootDiagnostics(graph)
	if err := printText(stderr, diags, o.Context); err != nil {
		logf("%v", err)
		return exitFailed
	}
	if o.dbg('t') {
		printTimes(stderr, graph)
	}
	if len(diags) > 0 {
		status = max(status, exitFindings)
	}
	return status
}

// analyze loads the packages, prints their errors, and runs a on them.
// loadFailed reports that some package had errors.
func analyze(a *analysis.Analyzer, patterns []string, o Options, stderr io.Writer, logf func(string, ...any)) (graph *checker.Graph, loadFailed bool, err error) {
	if o.dbg('v') {
		fmt.Fprintf(stderr, "%s: load %s\n", a.Name, patterns)
	}
	// The packages named on the command line come from source, their
	// dependencies from export data, whether or not the analyzer uses facts:
	// facts then travel between the named packages (a wrapper in one, its
	// callers in another), and a dependency outside them, analyzed on no
	// files, has none to give. Type-checking every dependency from source
	// (LoadAllSyntax, as x/tools' drivers do for facts) would cost more
	// than the whole analysis. go vet -vettool runs on every package, and
	// carries facts across all of them.
	pkgs, err := packages.Load(&packages.Config{Mode: listMode, Tests: o.Tests}, patterns...)
	if err != nil {
		return nil, false, err
	}
	if len(pkgs) == 0 {
		return nil, false, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	opts := runOptions{sequential: o.dbg('p'), sanityCheck: o.dbg('s')}
	if o.dbg('f') {
		opts.factLog = stderr
	}
	analyzers := []*analysis.Analyzer{a}
	r, err := newRunner(analyzers, pkgs, opts)
	if err != nil {
		return nil, false, err
	}
	// Each package is analyzed once it is type-checked (load.go).
	var running sync.WaitGroup
	newLoader(pkgs).load(func(p *packages.Package) { r.start(p, &running) })
	running.Wait()
	loadFailed = printLoadErrors(stderr, pkgs) > 0
	if o.Loaded != nil {
		o.Loaded(pkgs, logf)
	}
	return &r.graph, loadFailed, nil
}

// analyzeReporting runs analyze and prints what failed: it returns the
// graph, nil when nothing could be analyzed, and exit status 1 when
// something failed (0 otherwise).
func analyzeReporting(a *analysis.Analyzer, patterns []string, o Options, stderr io.Writer, logf func(string, ...any)) (*checker.Graph, int) {
	graph, loadFailed, err := analyze(a, patterns, o, stderr, logf)
	if err != nil {
		logf("%v", err)
		return nil, exitFailed
	}
	status := exitOK
	if loadFailed {
		status = exitFailed
	}
	return graph, max(status, reportErrors(graph, logf))
}

// reportErrors prints the analysis errors of the graph and returns 1 if
// there are any. An analysis skipped because its package has errors says
// nothing new: printLoadErrors printed them.
func reportErrors(graph *checker.Graph, logf func(string, ...any)) int {
	status := exitOK
	for act := range graph.All() {
		if act.Err == nil {
			continue
		}
		status = exitFailed
		if act.Package.IllTyped && !act.Analyzer.RunDespiteErrors {
			continue
		}
		logf("%s: %v", act.Package.ID, act.Err)
	}
	return status
}

// rootDiagnostics returns the findings on the packages named on the
// command line, in the order x/tools prints them, each once: a file of
// package p is also analyzed in its test variant "p [p.test]". Only the
// findings of packages that share a file with another are looked up
// among those seen: most packages have no test variant.
func rootDiagnostics(graph *checker.Graph) []diagnostic {
	n := 0
	files := map[string]int{} // how many packages analyzed each file
	for act := range graph.All() {
		if act.IsRoot && act.Err == nil {
			n += len(act.Diagnostics)
			for _, name := range act.Package.CompiledGoFiles {
				files[name]++
			}
		}
	}
	var seen map[findingKey]bool
	out := make([]diagnostic, 0, n)
	for act := range graph.All() {
		if !act.IsRoot || act.Err != nil {
			continue
		}
		shared := slices.ContainsFunc(act.Package.CompiledGoFiles, func(name string) bool { return files[name] > 1 })
		for _, d := range act.Diagnostics {
			if shared {
				k := keyOf(act, d)
				if seen[k] {
					continue
				}
				if seen == nil {
					seen = map[findingKey]bool{}
				}
				seen[k] = true
			}
			out = append(out, diagnostic{d, act})
		}
	}
	return out
}

// findingKey tells a finding from the same one reported on the test
// variant's copy of its file: by its file and offsets, which hold however
// the file was parsed.
type findingKey struct {
	file     string
	pos, end int
	msg      string
}

func keyOf(act *checker.Action, d analysis.Diagnostic) findingKey {
	k := findingKey{msg: d.Message, pos: -1, end: -1}
	if tf := act.Package.Fset.File(d.Pos); tf != nil {
		k.file, k.pos = tf.Name(), tf.Offset(d.Pos)
		if d.End.IsValid() && d.End <= token.Pos(tf.Base()+tf.Size()) {
			k.end = tf.Offset(d.End)
		}
	}
	return k
}

// diagnostic is a finding with the action that reported it, for its
// package's file set and files.
type diagnostic struct {
	analysis.Diagnostic
	act *checker.Action
}

// printText prints each finding as "file:line:col: message (family)", with
// -c lines of context, and its related information indented. Through a
// buffer: stderr is unbuffered, and a module with tens of thousands of
// findings should not grow one string that holds them all.
func printText(w io.Writer, diags []diagnostic, context int) error {
	b := bufio.NewWriterSize(w, 64<<10)
	for _, d := range diags {
		printAt(b, d.act, d.Pos, d.End, d.Message, d.Category, context)
		for _, rel := range d.Related {
			printAt(b, d.act, rel.Pos, rel.End, "\t"+rel.Message, "", context)
		}
	}
	return b.Flush()
}

func printAt(b *bufio.Writer, act *checker.Action, pos, end token.Pos, msg, category string, context int) {
	posn := act.Package.Fset.Position(pos)
	writePosition(b, posn)
	b.WriteString(": ")
	b.WriteString(msg)
	if category != "" {
		b.WriteString(" (")
		b.WriteString(category)
		b.WriteByte(')')
	}
	b.WriteByte('\n')
	if context < 0 {
		return
	}
	endPosn := act.Package.Fset.Position(end)
	if !endPosn.IsValid() {
		endPosn = posn
	}
	data, err := os.ReadFile(posn.Filename)
	if err != nil {
		return
	}
	lines := strings.Split(string(data), "\n")
	for i := max(posn.Line-context, 1); i <= min(endPosn.Line+context, len(lines)); i++ {
		fmt.Fprintf(b, "%d\t%s\n", i, lines[i-1])
	}
}

// writePosition writes posn as posn.String does, "file:line:column",
// without building the string: one per finding.
func writePosition(b *bufio.Writer, posn token.Position) {
	if !posn.IsValid() {
		b.WriteString(cmp.Or(posn.Filename, "-"))
		return
	}
	var num [20]byte
	if posn.Filename != "" {
		b.WriteString(posn.Filename)
		b.WriteByte(':')
	}
	b.Write(strconv.AppendInt(num[:0], int64(posn.Line), 10))
	if posn.Column != 0 {
		b.WriteByte(':')
		b.Write(strconv.AppendInt(num[:0], int64(posn.Column), 10))
	}
}

// printTimes prints, for -debug=t, the actions that took 90% of the time.
func printTimes(w io.Writer, graph *checker.Graph) {
	var list []*checker.Action
	var total time.Duration
	for act := range graph.All() {
		list = append(list, act)
		total += act.Duration
	}
	slices.SortFunc(list, func(x, y *checker.Action) int { return int(y.Duration - x.Duration) })
	var sum time.Duration
	for _, act := range list {
		fmt.Fprintf(w, "%s\t%s\n", act.Duration, act)
		if sum += act.Duration; sum >= total*9/10 {
			break
		}
	}
	if total > sum {
		fmt.Fprintf(w, "%s\tall others\n", total-sum)
	}
}

// startProfiles starts the profiles and trace the flags ask for; stop ends
// them and writes the heap profile.
func (o *Options) startProfiles() (stop func() error, err error) {
	var stops []func() error
	stop = func() error {
		var first error
		for _, f := range slices.Backward(stops) {
			if err := f(); err != nil && first == nil {
				first = err
			}
		}
		return first
	}
	for _, p := range []struct {
		path  string
		start func(io.Writer) error
		end   func()
	}{
		{o.CPUProfile, pprof.StartCPUProfile, pprof.StopCPUProfile},
		{o.Trace, trace.Start, trace.Stop},
	} {
		if p.path == "" {
			continue
		}
		f, err := os.Create(p.path)
		if err != nil {
			return stop, err
		}
		if err := p.start(f); err != nil {
			f.Close()
			return stop, err
		}
		stops = append(stops, func() error { p.end(); return f.Close() })
	}
	if o.MemProfile != "" {
		f, err := os.Create(o.MemProfile)
		if err != nil {
			return stop, err
		}
		stops = append(stops, func() error {
			runtime.GC() // up-to-date statistics
			if err := pprof.WriteHeapProfile(f); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		})
	}
	return stop, nil
}
