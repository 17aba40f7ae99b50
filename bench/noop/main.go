// Command noop is the baseline of statuslint's benchmarks: the same driver
// (internal/driver, as cmd/statuslint runs it on packages) and the
// prerequisite that statuslint shares with other analyzers (inspect), with
// a pass that does nothing. statuslint's own prerequisites, the analyzers
// that read a package and compute its facts, are part of statuslint's cost.
// Running both on the same packages shows what statuslint itself costs on
// top of loading and type-checking them.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/statuslint/statuslint/internal/driver"
)

func main() {
	a := &analysis.Analyzer{
		Name:     "noop",
		Doc:      "report nothing, after the inspect pass that statuslint requires too",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			_ = pass.ResultOf[inspect.Analyzer]
			return nil, nil
		},
	}
	opts := driver.DefaultOptions()
	opts.Register(flag.CommandLine)
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: noop [-flag] [package]")
		os.Exit(2)
	}
	os.Exit(driver.Run(a, flag.Args(), opts, os.Stdout, os.Stderr))
}
