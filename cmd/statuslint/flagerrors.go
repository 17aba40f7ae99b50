package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// handleFlagErrors makes a bad command line one line instead of the whole
// usage, and, under go vet, once per go vet run instead of once per package.
// It must run before the command line is parsed, by singlechecker.Main
// under go vet or by main; name is the command's name for the -help hint,
// args the arguments without the program name. (main's own flag.Usage
// stands in for singlechecker's below when statuslint runs on packages.)
//
// singlechecker.Main parses the command line with flag.Parse (ExitOnError).
// On a bad flag the flag package prints one line, "invalid value "bogus" for
// flag -require: …", to flag.CommandLine's output, then calls
// flag.CommandLine.Usage, by default the flag.Usage that singlechecker sets:
// the analyzer's documentation and every flag, 67 lines, under which
// the one line that matters scrolls away. Then it exits 2. Under go vet it
// is worse: go vet runs the tool once per package, and once per dependency
// for facts, with the same flags, and shows the output of every run.
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
//   - When go vet runs the tool on a package, the last argument is
//     $WORK/b<N>/vet.cfg, $WORK being the go command's work directory
//     go-build<N>. The error is then held back until Usage and printed only
//     by the run that creates the marker file $WORK/statuslint-flag-error
//     (O_EXCL); every other run exits 0 without a word. The work directory
//     belongs to this one go command, which removes it when done, so the
//     marker needs neither a key nor an expiry. The run that printed exits
//     2, so go vet shows "# package" and the line once, and fails. Had the
//     other runs exited non-zero, go vet would print "package: …/statuslint:
//     exit status 2" for each of them. They write no facts, results or
//     fixes, so go vet caches nothing from them.
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
func handleFlagErrors(name string, args []string) {
	e := &flagErrors{name: name, stderr: os.Stderr, vetWork: vetWorkDir(args)}
	flag.CommandLine.SetOutput(e)
	flag.CommandLine.Usage = e.usage
}

// vetMarker is the file, in go vet's work directory, whose creation decides
// which run of the tool prints a flag error.
const vetMarker = "statuslint-flag-error"

// flagErrors is flag.CommandLine's output and Usage function.
type flagErrors struct {
	name   string
	stderr io.Writer
	// vetWork is go vet's work directory when go vet runs the tool on a
	// package; output is then held back until usage decides.
	vetWork string
	// msg is what the flag package has printed; until it calls usage, that
	// is only an error message.
	msg strings.Builder
}

func (e *flagErrors) Write(p []byte) (int, error) {
	e.msg.Write(p)
	if e.vetWork != "" {
		return len(p), nil
	}
	return e.stderr.Write(p)
}

// usage is called by the flag package on -h and -help, and after printing
// an error; the flag package exits when it returns.
func (e *flagErrors) usage() {
	msg := e.msg.String()
	if msg == "" { // -h, -help
		e.vetWork = ""
		flag.Usage()
		return
	}
	if e.vetWork != "" {
		if !claim(filepath.Join(e.vetWork, vetMarker)) {
			os.Exit(0) // another run of this go vet prints it
		}
		io.WriteString(e.stderr, msg)
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

// vetWorkDir returns go vet's work directory if args are those of go vet
// running the tool on a package: flags, then $WORK/b<N>/vet.cfg. Otherwise
// it returns "".
func vetWorkDir(args []string) string {
	if len(args) == 0 || filepath.Base(args[len(args)-1]) != "vet.cfg" {
		return ""
	}
	action := filepath.Dir(args[len(args)-1])
	work := filepath.Dir(action)
	if !isDigits(strings.TrimPrefix(filepath.Base(action), "b")) ||
		!strings.HasPrefix(filepath.Base(work), "go-build") {
		return ""
	}
	if fi, err := os.Stat(work); err != nil || !fi.IsDir() {
		return ""
	}
	return work
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// claim creates the file marker and reports whether this call created it.
// It reports true as well when the marker cannot be created for another
// reason than that it exists: better the message twice than never.
func claim(marker string) bool {
	f, err := os.OpenFile(marker, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return !errors.Is(err, fs.ErrExist)
	}
	f.Close()
	return true
}
