package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// handleFlagErrors makes a bad command line one line instead of the whole
// usage. It must run before singlechecker.Main; name is the command's name
// for the -help hint.
//
// singlechecker.Main parses the command line with flag.Parse (ExitOnError).
// On a bad flag the flag package prints one line, "invalid value "bogus" for
// flag -require: …", to flag.CommandLine's output, then calls
// flag.CommandLine.Usage, by default the flag.Usage that singlechecker sets:
// the analyzer's documentation and every flag, some 65 lines, under which
// the one line that matters scrolls away. Then it exits 2.
//
// singlechecker leaves two hooks of flag.CommandLine alone, its output and
// its Usage field (it assigns the package-level flag.Usage, which only the
// default CommandLine.Usage calls), and handleFlagErrors takes both:
//
//   - For -h and -help the flag package calls Usage without printing an
//     error first: Usage prints the full usage, as before, and the flag
//     package exits 0.
//   - After an error it prints nothing more for a bad value (the line names
//     the flag, and the analyzer's errors list the valid values), and a hint
//     to run -help after any other error (an unknown flag, a flag without its
//     argument). The flag package exits 2.
//
// A bad value is told from other errors by the flag package's wording,
// "invalid value …" or "invalid boolean value …", the same since Go 1 and
// pinned by the exec tests. Wrapping each analyzer flag's flag.Value to see
// its Set fail would not depend on the wording, but it would miss the
// driver's own flags (-c=x), mutate the shared analyzer.Analyzer, and change
// what the flag package sees of each value: unless the wrapper kept
// IsBoolFlag, -flags would tell go vet that -rest takes an argument,
// "-rest ./..." would read "./..." as its value, and -help would print
// "-generated value … (default false)".
func handleFlagErrors(name string) {
	e := &flagErrors{name: name, stderr: os.Stderr}
	flag.CommandLine.SetOutput(e)
	flag.CommandLine.Usage = e.usage
}

// flagErrors is flag.CommandLine's output and Usage function.
type flagErrors struct {
	name   string
	stderr io.Writer
	// msg is what the flag package has printed; until it calls usage, that
	// is only an error message.
	msg strings.Builder
}

func (e *flagErrors) Write(p []byte) (int, error) {
	e.msg.Write(p)
	return e.stderr.Write(p)
}

// usage is called by the flag package on -h and -help, and after printing
// an error; the flag package exits when it returns.
func (e *flagErrors) usage() {
	msg := e.msg.String()
	if msg == "" { // -h, -help
		flag.Usage()
		return
	}
	if !badValue(msg) {
		fmt.Fprintf(e.stderr, "run '%s -help' for usage\n", e.name)
	}
}

// badValue reports whether msg is the flag package's error for a value that
// a flag rejected.
func badValue(msg string) bool {
	return strings.HasPrefix(msg, "invalid value ") || strings.HasPrefix(msg, "invalid boolean value ")
}
