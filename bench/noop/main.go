// Command noop is the baseline of statuslint's benchmarks: the same driver
// (singlechecker) and the same prerequisite analyzers as cmd/statuslint, with
// a pass that does nothing. Running both on the same packages shows what
// statuslint itself costs on top of loading and type-checking them.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	singlechecker.Main(&analysis.Analyzer{
		Name:     "noop",
		Doc:      "report nothing, after the same prerequisites as statuslint",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			_ = pass.ResultOf[inspect.Analyzer]
			return nil, nil
		},
	})
}
