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
// "statuslint codes [query]" prints the status code table; see codes.go.
// Everything else is the standard go/analysis single-checker command line
// (-fix, -diff, -json, -V=full, -flags and go vet's *.cfg protocol), but
// for how it reports a bad flag: see flagerrors.go.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/statuslint/statuslint/analyzer"
)

func main() {
	// go vet runs the tool with -V=full, -flags, then flags and a *.cfg
	// path: only an exact first argument "codes" selects the subcommand.
	if len(os.Args) > 1 && os.Args[1] == "codes" {
		os.Exit(runCodes(os.Args[2:], os.Stdout, os.Stderr))
	}
	handleFlagErrors(analyzer.Analyzer.Name, os.Args[1:])
	singlechecker.Main(analyzer.Analyzer)
}
