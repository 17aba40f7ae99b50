// Command statuslint checks how Go code handles Clarifai API status codes.
//
// Run it on packages directly:
//
//	statuslint ./...
//	statuslint -fix ./...
//
// or through go vet:
//
//	go vet -vettool=$(command -v statuslint) ./...
//
// "statuslint codes [query]" prints the status code table (codes.go);
// "statuslint -explain FAMILY" a family's documentation, docs/checks.md;
// "statuslint version" the version. Run on packages, statuslint is the
// driver of internal/driver: singlechecker's flags (-fix, -diff, -json, -c,
// -test), each finding ending with its family, and -fix reporting what it
// left. Run by go vet (-V=full, -flags, then a *.cfg file per package), it
// is x/tools' unitchecker, through singlechecker.Main, with go vet's
// output. flagerrors.go makes a bad flag one line in both.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/docs"
	"github.com/statuslint/statuslint/internal/driver"
)

func main() {
	a := analyzer.Analyzer
	args := os.Args[1:]
	// Subcommands are an exact first argument: go vet's runs start with a
	// flag, and a package directory named like one is written ./codes.
	if len(args) > 0 {
		switch args[0] {
		case "codes":
			os.Exit(runCodes(args[1:], os.Stdout, os.Stderr))
		case "help":
			opts := driver.DefaultOptions() // the defaults -help shows
			defineFlags(&opts, new(string), new(bool))
			usage(os.Stdout)
			os.Exit(0)
		case "version":
			fmt.Println(humanVersion())
			os.Exit(0)
		}
	}
	handleFlagErrors(a.Name, args)
	if vetProtocol(args) {
		// Defined first, -V is ours, not x/tools' placeholder.
		flag.Var(versionFlag{}, "V", "print version and exit")
		singlechecker.Main(a)
		panic("unreachable")
	}

	opts := driver.DefaultOptions()
	var explain string
	var version bool
	defineFlags(&opts, &explain, &version)
	flag.Usage = func() { usage(os.Stderr) }
	flag.Parse()
	switch {
	case version:
		fmt.Println(humanVersion())
		os.Exit(0)
	case explain != "":
		os.Exit(runExplain(explain, os.Stdout, os.Stderr))
	case flag.NArg() == 0:
		usage(os.Stderr)
		os.Exit(2)
	}
	opts.Loaded = warnMissingTypes
	if !opts.UsesFixes() {
		// Text output shows no fix: the analyzer need not write them.
		if err := a.Flags.Set(analyzer.FlagFixes, "false"); err != nil {
			panic(err) // a bool flag takes "false"
		}
	}
	os.Exit(driver.Run(a, flag.Args(), opts, os.Stdout, os.Stderr))
}

// warnMissingTypes says, once per run, which -types name a package that
// is not in the build: a misspelled path would otherwise check nothing.
func warnMissingTypes(pkgs []*packages.Package, logf func(string, ...any)) {
	list := analyzer.Analyzer.Flags.Lookup(analyzer.FlagTypes).Value.String()
	if list == "" {
		return
	}
	paths := map[string]bool{}
	packages.Visit(pkgs, func(p *packages.Package) bool {
		paths[p.PkgPath] = true
		return true
	}, nil)
	for t := range strings.SplitSeq(list, ",") {
		dot := strings.LastIndexByte(t, '.')
		if path := t[:max(dot, 0)]; !paths[path] {
			logf("-types: package %s of %s is not in the build, so no value has that type", path, t)
		}
	}
}

// vetProtocol reports whether args are go vet's: a query of the tool's
// version or flags, or a package to analyze described by a *.cfg file.
func vetProtocol(args []string) bool {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	return slices.ContainsFunc(args, func(arg string) bool {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		return strings.HasPrefix(arg, "-") && (name == "V" || name == "flags")
	})
}

// defineFlags defines the command's flags on flag.CommandLine: the
// analyzer's, the driver's, -explain and -version, and the no-op flags that
// singlechecker accepts for scripts written for go vet's old flags.
func defineFlags(opts *driver.Options, explain *string, version *bool) {
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
	opts.Register(flag.CommandLine)
	flag.StringVar(explain, "explain", "", "print the documentation of a diagnostic family ("+strings.Join(familyNames(), ", ")+") and exit")
	flag.BoolVar(version, "version", false, "print the version and exit")
	for _, name := range []string{"source", "v", "all"} {
		flag.Bool(name, false, "no effect (deprecated)")
	}
	flag.String("tags", "", "no effect (deprecated); build tags go in GOFLAGS=-tags=…")
}

// usage prints the command's help: what it does, how to call it, its flags.
func usage(w io.Writer) {
	fmt.Fprintf(w, `statuslint: check how code handles Clarifai API status codes

Usage: statuslint [-flag] [package]

  statuslint ./...                 report findings, each ending with its family: (raw)
  statuslint -fix ./...            apply the fixes, then report what remains
  statuslint -explain FAMILY       document a family: %s
  statuslint codes [-json] [query] look up status codes (statuslint codes -help)
  statuslint version               print the version
  go vet -vettool=$(command -v statuslint) [-flag] [package]

Exit status: 0 no findings (always with -json), 1 packages did not load or
the analysis failed, 2 bad command line, 3 findings reported (with -fix:
findings that remain). Silence a finding with
//statuslint:ignore <family> <reason> on its line or the line above.

Flags:
`, strings.Join(familyNames(), ", "))
	flag.CommandLine.SetOutput(w)
	flag.PrintDefaults()
}

// runExplain prints the documentation of family and returns the exit
// status: 2 for a family that does not exist.
func runExplain(family string, stdout, stderr io.Writer) int {
	c, ok := docs.Lookup(family)
	if !ok {
		fmt.Fprintf(stderr, "statuslint: -explain: unknown family %q (want %s)\n", family, strings.Join(familyNames(), ", "))
		return 2
	}
	fmt.Fprintf(stdout, "## %s\n\n%s", c.Name, c.Body)
	fmt.Fprintf(stdout, "\n%s\n", docs.URL(c.Name))
	return 0
}

func familyNames() []string {
	var names []string
	for _, c := range docs.Checks() {
		names = append(names, c.Name)
	}
	return names
}
