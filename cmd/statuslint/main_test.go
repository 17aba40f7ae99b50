package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
)

// statuslintBin is the command built once by TestMain for the exec tests;
// empty when no go command is available.
var statuslintBin string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	if goCmd, err := exec.LookPath("go"); err == nil {
		dir, err := os.MkdirTemp("", "statuslint-test-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		bin := filepath.Join(dir, "statuslint")
		if out, err := exec.Command(goCmd, "build", "-o", bin, ".").CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
			return 1
		}
		statuslintBin = bin
	}
	return m.Run()
}

// statuslint runs the built command and returns its exit status and output.
func statuslint(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	return statuslintIn(t, "", nil, args...)
}

// statuslintIn runs the built command in dir (if not empty) with env added
// to the environment, and returns its exit status and output.
func statuslintIn(t *testing.T, dir string, env []string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	if statuslintBin == "" {
		t.Skip("no go command to build statuslint with")
	}
	cmd := exec.Command(statuslintBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		status = exit.ExitCode()
	case err != nil:
		t.Fatalf("statuslint %s: %v", strings.Join(args, " "), err)
	}
	return status, out.String(), errb.String()
}

func TestExecCodes(t *testing.T) {
	status, stdout, stderr := statuslint(t, "codes", "11005")
	want := "CODE   NAME            CATEGORY  FAMILY      DESCRIPTION\n" +
		"11005  CONN_THROTTLED  retry     connection  Making too many requests\n"
	if status != 0 || stdout != want || stderr != "" {
		t.Errorf("codes 11005: status %d, stdout %q, stderr %q; want 0, %q, nothing", status, stdout, stderr, want)
	}

	status, stdout, _ = statuslint(t, "codes", "-json", "retry")
	var list []codeJSON
	if err := json.Unmarshal([]byte(stdout), &list); status != 0 || err != nil || len(list) == 0 {
		t.Errorf("codes -json retry: status %d, %d codes, JSON error %v; want 0, some codes, none", status, len(list), err)
	}
	for _, c := range list {
		if c.Category != "retry" || !c.Retryable {
			t.Errorf("codes -json retry: %+v", c)
		}
	}

	status, stdout, stderr = statuslint(t, "codes", "NO_SUCH_CODE")
	if status != 2 || stdout != "" || !strings.Contains(stderr, `"NO_SUCH_CODE" is not a status code`) {
		t.Errorf("codes NO_SUCH_CODE: status %d, stdout %q, stderr %q; want 2 and an error", status, stdout, stderr)
	}
}

// go vet runs its tool with -V=full and -flags before any *.cfg file.
func TestExecVetProtocol(t *testing.T) {
	status, stdout, stderr := statuslint(t, "-V=full")
	if status != 0 || !regexp.MustCompile(`^\S*statuslint version devel .*buildID=[0-9a-f]+\n$`).MatchString(stdout) {
		t.Errorf("-V=full: status %d, stdout %q, stderr %q", status, stdout, stderr)
	}

	status, stdout, stderr = statuslint(t, "-flags")
	var flags []struct {
		Name string
		Bool bool
	}
	if err := json.Unmarshal([]byte(stdout), &flags); status != 0 || err != nil {
		t.Fatalf("-flags: status %d, JSON error %v, stderr %q", status, err, stderr)
	}
	have := map[string]bool{}
	for _, f := range flags {
		have[f.Name] = true
	}
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		if !have[f.Name] {
			t.Errorf("-flags does not list the analyzer's -%s", f.Name)
		}
	})
}

// A bad flag value is one line and exit status 2, not the usage; other
// command-line errors add a hint to run -help.
func TestExecBadFlag(t *testing.T) {
	const hint = "run 'statuslint -help' for usage\n"
	tests := []struct {
		args   []string
		want   string // the whole of stderr; with prefix, how it starts, and one line
		prefix bool
	}{
		// As the README shows it.
		{[]string{"-require=bogus", "./..."}, `invalid value "bogus" for flag -require: unknown category "bogus" (want success, partial, pending, retry, auth, quota, invalid, not_found, failed, internal)` + "\n", false},
		{[]string{"-checks", "raw,bogus", "./..."}, `invalid value "raw,bogus" for flag -checks: `, true},
		{[]string{"-types=Foo", "./..."}, `invalid value "Foo" for flag -types: `, true},
		{[]string{"-rest=maybe", "./..."}, `invalid boolean value "maybe" for -rest: parse error` + "\n", false},
		{[]string{"-c=x", "./..."}, `invalid value "x" for flag -c: parse error` + "\n", false},
		{[]string{"-chekcs=raw", "./..."}, "flag provided but not defined: -chekcs\n" + hint, false},
		{[]string{"-require"}, "flag needs an argument: -require\n" + hint, false},
	}
	for _, tt := range tests {
		status, stdout, stderr := statuslint(t, tt.args...)
		ok := stderr == tt.want
		if tt.prefix {
			ok = strings.HasPrefix(stderr, tt.want) && strings.Count(stderr, "\n") == 1 && strings.HasSuffix(stderr, "\n")
		}
		if status != 2 || stdout != "" || !ok || strings.Contains(stderr, "panic") {
			t.Errorf("statuslint %s: status %d, stdout %q, stderr:\n%s\nwant 2, nothing and:\n%s",
				strings.Join(tt.args, " "), status, stdout, stderr, tt.want)
		}
	}
}

// -h and -help print the whole usage and exit 0.
func TestExecHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help"} {
		status, stdout, stderr := statuslint(t, arg)
		if status != 0 || stdout != "" || !strings.HasPrefix(stderr, "statuslint: ") ||
			!strings.Contains(stderr, "\nUsage: statuslint [-flag] [package]\n") || !strings.Contains(stderr, "\n  -require value\n") {
			t.Errorf("%s: status %d, stdout %q, stderr:\n%s\nwant 0 and the usage on stderr", arg, status, stdout, stderr)
		}
	}
}

// Run by go vet (its last argument is $WORK/b<N>/vet.cfg), the first run
// in a go vet work directory prints a flag error and fails; later runs
// print nothing and exit 0.
func TestExecBadFlagVet(t *testing.T) {
	const want = `invalid value "bogus" for flag -require: unknown category "bogus" (want success, partial, pending, retry, auth, quota, invalid, not_found, failed, internal)` + "\n"
	work := filepath.Join(t.TempDir(), "go-build1234")
	for _, b := range []string{"b001", "b002", "b003"} {
		if err := os.MkdirAll(filepath.Join(work, b), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i, b := range []string{"b001", "b002", "b003"} {
		wantStatus, wantStderr := 0, ""
		if i == 0 {
			wantStatus, wantStderr = 2, want
		}
		status, stdout, stderr := statuslint(t, "-json", "-require=bogus", filepath.Join(work, b, "vet.cfg"))
		if status != wantStatus || stdout != "" || stderr != wantStderr {
			t.Errorf("run %d: status %d, stdout %q, stderr %q; want %d, nothing, %q", i+1, status, stdout, stderr, wantStatus, wantStderr)
		}
	}

	// A *.cfg file elsewhere is no go vet run: every run reports the error.
	cfg := filepath.Join(t.TempDir(), "vet.cfg")
	for i := range 2 {
		status, _, stderr := statuslint(t, "-require=bogus", cfg)
		if status != 2 || stderr != want {
			t.Errorf("%s, run %d: status %d, stderr %q; want 2, %q", cfg, i+1, status, stderr, want)
		}
	}
}

// Build tags reach the package loader through GOFLAGS; -tags is accepted,
// as go vet's legacy flag, and has no effect.
func TestExecBuildTags(t *testing.T) {
	sdk, err := filepath.Abs("../../testdata/src/github.com/Clarifai/clarifai-go-grpc")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/tags\n\ngo 1.24\n\nrequire github.com/Clarifai/clarifai-go-grpc v0.0.0\n\n" +
			"replace github.com/Clarifai/clarifai-go-grpc => " + sdk + "\n",
		"main.go": `package main

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func main() { println(retry(&status.Status{})) }
`,
		"foo.go": `//go:build foo

package main

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func retry(s *status.Status) bool { return s.Code == 11005 }
`,
		"notfoo.go": `//go:build !foo

package main

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func retry(s *status.Status) bool { return s.Code == status.StatusCode_CONN_THROTTLED }
`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The finding, in its one line; the analyzer's tests pin the wording.
	finding := regexp.MustCompile(`^` + regexp.QuoteMeta(filepath.Join(dir, "foo.go")) + `:7:54: raw Clarifai status code 11005; [^\n]*\n$`)
	noFinding := regexp.MustCompile(`^$`)

	tests := []struct {
		env        []string
		args       []string
		wantStatus int
		wantStderr *regexp.Regexp
	}{
		{[]string{"GOFLAGS="}, []string{"./..."}, 0, noFinding},
		{[]string{"GOFLAGS=-tags=foo"}, []string{"./..."}, 3, finding},
		{[]string{"GOFLAGS="}, []string{"-tags=foo", "./..."}, 0, noFinding}, // no effect
	}
	for _, tt := range tests {
		status, stdout, stderr := statuslintIn(t, dir, tt.env, tt.args...)
		if status != tt.wantStatus || stdout != "" || !tt.wantStderr.MatchString(stderr) {
			t.Errorf("%s statuslint %s: status %d, stdout %q, stderr %q; want %d, nothing, stderr matching %s",
				strings.Join(tt.env, " "), strings.Join(tt.args, " "), status, stdout, stderr, tt.wantStatus, tt.wantStderr)
		}
	}
}

// TestExecFixTwice runs statuslint -fix on a copy of the analyzer's
// fixtures, as a user would, and then again: the second run must change
// nothing, and the fixed packages must still build.
func TestExecFixTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command on the fixtures")
	}
	gopath := t.TempDir()
	if err := os.CopyFS(gopath, os.DirFS("../../testdata")); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(gopath, "src")
	env := []string{"GOPATH=" + gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"}
	pkgs := []string{"./raw", "./rawimport", "./rawalias", "./deprecated", "./deprecateddot", "./switches", "./unchecked", "./directives", "./testvariant", "./importorder"}

	before, err := os.ReadFile(filepath.Join(src, "unchecked", "unchecked.go"))
	if err != nil {
		t.Fatal(err)
	}
	status, _, stderr := statuslintIn(t, src, env, append([]string{"-fix"}, pkgs...)...)
	if status != 0 {
		t.Fatalf("statuslint -fix: exit status %d\n%s", status, stderr)
	}
	if after, err := os.ReadFile(filepath.Join(src, "unchecked", "unchecked.go")); err != nil || string(after) == string(before) {
		t.Fatalf("statuslint -fix left unchecked/unchecked.go as it was (%v): the test checks nothing", err)
	}
	status, stdout, stderr := statuslintIn(t, src, env, append([]string{"-fix", "-diff"}, pkgs...)...)
	if status != 0 || stdout != "" {
		t.Errorf("a second statuslint -fix would change the fixed code (exit status %d):\n%s%s", status, stdout, stderr)
	}
	vet := exec.Command("go", append([]string{"vet"}, pkgs...)...)
	vet.Dir, vet.Env = src, append(os.Environ(), env...)
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("go vet on the fixed fixtures: %v\n%s", err, out)
	}
}
