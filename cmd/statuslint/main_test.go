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
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/docs"
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
	// cmd/go's toolID: "version" second, and with "devel" third, buildID= last.
	if status != 0 || !regexp.MustCompile(`^statuslint version (devel\S*|v\S+) buildID=[0-9a-f]{64}\n$`).MatchString(stdout) {
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

// -h and -help print the whole usage on stderr and exit 0; "statuslint
// help", which go vet's usage error tells users to run, prints it on stdout.
func TestExecHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"help"}} {
		status, stdout, stderr := statuslint(t, args...)
		help, other := stderr, stdout
		if args[0] == "help" {
			help, other = stdout, stderr
		}
		if status != 0 || other != "" || !strings.HasPrefix(help, "statuslint: ") ||
			!strings.Contains(help, "\nUsage: statuslint [-flag] [package]\n") || !strings.Contains(help, "\n  -require value\n") ||
			!strings.Contains(help, "statuslint codes [-json] [query]") || !strings.Contains(help, "\n  -explain string\n") ||
			!strings.Contains(help, "statuslint -explain FAMILY") {
			t.Errorf("statuslint %s: status %d, output:\n%s\nwant 0 and the usage, naming codes and -explain", args[0], status, help)
		}
	}
}

// "statuslint version" and -version print the module version for humans.
func TestExecVersion(t *testing.T) {
	for _, arg := range []string{"version", "-version"} {
		status, stdout, stderr := statuslint(t, arg)
		if status != 0 || stderr != "" || !regexp.MustCompile(`^statuslint (devel\S*|v\S+) \(go\S+ \S+/\S+\)\n$`).MatchString(stdout) {
			t.Errorf("statuslint %s: status %d, stdout %q, stderr %q", arg, status, stdout, stderr)
		}
	}
}

// -explain prints a family's section of docs/checks.md; an unknown family
// is one line and exit status 2.
func TestExecExplain(t *testing.T) {
	for _, c := range docs.Checks() {
		status, stdout, stderr := statuslint(t, "-explain", c.Name)
		want := "## " + c.Name + "\n\n" + c.Body + "\n" + docs.URL(c.Name) + "\n"
		if status != 0 || stderr != "" || stdout != want {
			t.Errorf("-explain %s: status %d, stderr %q, stdout:\n%s\nwant 0 and:\n%s", c.Name, status, stderr, stdout, want)
		}
	}
	status, stdout, stderr := statuslint(t, "-explain=swich", "./...")
	const want = `statuslint: -explain: unknown family "swich" (want raw, switch, deprecated, unchecked, directive)` + "\n"
	if status != 2 || stdout != "" || stderr != want {
		t.Errorf("-explain=swich: status %d, stdout %q, stderr %q; want 2, nothing, %q", status, stdout, stderr, want)
	}
}

// "statuslint codes" with a bad flag is one line and a hint.
func TestExecCodesBadFlag(t *testing.T) {
	status, stdout, stderr := statuslint(t, "codes", "-bogus")
	const want = "flag provided but not defined: -bogus\nrun 'statuslint codes -help' for usage\n"
	if status != 2 || stdout != "" || stderr != want {
		t.Errorf("codes -bogus: status %d, stdout %q, stderr %q; want 2, nothing, %q", status, stdout, stderr, want)
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
	// The fixtures hold findings no fix removes: -fix reports them, exit 3.
	status, _, stderr := statuslintIn(t, src, env, append([]string{"-fix"}, pkgs...)...)
	if status != 3 || !strings.Contains(stderr, "(switch)\n") {
		t.Fatalf("statuslint -fix: exit status %d, want 3 and the findings that remain\n%s", status, stderr)
	}
	if after, err := os.ReadFile(filepath.Join(src, "unchecked", "unchecked.go")); err != nil || string(after) == string(before) {
		t.Fatalf("statuslint -fix left unchecked/unchecked.go as it was (%v): the test checks nothing", err)
	}
	status, stdout, stderr := statuslintIn(t, src, env, append([]string{"-fix", "-diff"}, pkgs...)...)
	if status != 3 || stdout != "" {
		t.Errorf("a second statuslint -fix would change the fixed code (exit status %d):\n%s%s", status, stdout, stderr)
	}
	vet := exec.Command("go", append([]string{"vet"}, pkgs...)...)
	vet.Dir, vet.Env = src, append(os.Environ(), env...)
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("go vet on the fixed fixtures: %v\n%s", err, out)
	}
}

// sdkModule writes a module that requires the stand-in SDK, with files, to
// a temporary directory and returns it.
func sdkModule(t *testing.T, files map[string]string) string {
	t.Helper()
	sdk, err := filepath.Abs("../../testdata/src/github.com/Clarifai/clarifai-go-grpc")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.24\n\nrequire github.com/Clarifai/clarifai-go-grpc v0.0.0\n\n" +
		"replace github.com/Clarifai/clarifai-go-grpc => " + sdk + "\n"
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A raw code (fixable) above a switch that misses categories (no fix): the
// fix adds the status package's import, so the switch moves down.
const fixSrc = `package m

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"

func OK(in *api.Input) bool { return in.Status.Code == 10000 }

func Retry(in *api.Input) (retry bool) {
	switch in.GetStatus().GetCode() {
	case 21101:
		retry = true
	}
	return retry
}
`

// statusImportSrc imports the status package, so that the build has all of
// its constants, and fixes may name them.
const statusImportSrc = "package m\n\nimport \"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status\"\n\nvar _ status.StatusCode\n"

// Text findings end with their family; -json keeps x/tools' format and
// exit status 0, and prints the fixes.
func TestExecFamilySuffixAndJSON(t *testing.T) {
	// s.go puts the status package's constants in the build, for the fixes.
	dir := sdkModule(t, map[string]string{"m.go": fixSrc, "s.go": statusImportSrc})
	env := []string{"GOFLAGS="}
	status, stdout, stderr := statuslintIn(t, dir, env, "./...")
	m := regexp.QuoteMeta(filepath.Join(dir, "m.go"))
	want := regexp.MustCompile(`^` + m + `:5:56: raw Clarifai status code 10000; use status.StatusCode_SUCCESS \(success: Ok\) \(raw\)\n` +
		m + `:8:2: switch on the input's status has no default and misses [^\n]* \(switch\)\n` +
		m + `:9:2: switch handles MODEL_TRAINING but not [^\n]* \(switch\)\n` +
		m + `:9:7: raw Clarifai status code 21101; [^\n]* \(raw\)\n$`)
	if status != 3 || stdout != "" || !want.MatchString(stderr) {
		t.Errorf("statuslint ./...: status %d, stdout %q, stderr:\n%s\nwant 3 and four findings matching:\n%s", status, stdout, stderr, want)
	}

	status, stdout, stderr = statuslintIn(t, dir, env, "-json", "./...")
	var tree map[string]map[string][]struct {
		Category string            `json:"category"`
		Message  string            `json:"message"`
		Fixes    []json.RawMessage `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); status != 0 || err != nil || stderr != "" {
		t.Fatalf("-json: status %d, JSON error %v, stderr %q; want 0, JSON, nothing", status, err, stderr)
	}
	diags := tree["example.com/m"]["statuslint"]
	if len(diags) != 4 || diags[0].Category != "raw" || strings.HasSuffix(diags[0].Message, "(raw)") {
		t.Errorf("-json: %+v; want four findings, the family as category, not in the message", diags)
	}
	// Text output builds no fix (-fixes=false); -json prints them, the
	// switch's added cases too.
	if len(diags) == 4 && (len(diags[0].Fixes) != 1 || len(diags[1].Fixes) != 0 || len(diags[2].Fixes) != 1) {
		t.Errorf("-json: fixes %d, %d, %d for the raw code, the switch and its missing siblings; want 1, 0, 1",
			len(diags[0].Fixes), len(diags[1].Fixes), len(diags[2].Fixes))
	}
}

// -fix -diff prints the fixes and the finding they leave, and exits 3;
// -fix applies them, then reports that finding where the fixed file has
// it, and exits 3; once only unfixable findings are left, -fix changes
// nothing and still exits 3.
func TestExecFixReportsRemaining(t *testing.T) {
	dir := sdkModule(t, map[string]string{"m.go": fixSrc, "s.go": statusImportSrc})
	env := []string{"GOFLAGS="}
	m := filepath.Join(dir, "m.go")
	switchAt := func(line int) *regexp.Regexp {
		return regexp.MustCompile(fmt.Sprintf(`^%s:%d:2: switch on the input's status has no default [^\n]* \(switch\)\n$`, regexp.QuoteMeta(m), line))
	}

	status, stdout, stderr := statuslintIn(t, dir, env, "-fix", "-diff", "./...")
	diff := regexp.MustCompile(`^--- ` + regexp.QuoteMeta(m) + ` \(old\)\n\+\+\+ ` + regexp.QuoteMeta(m) + ` \(new\)\n@@ -1,12 \+1,13 @@\n` +
		`(?s:.*)\n\+import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"\n` +
		`(?s:.*)\n\+func OK\(in \*api.Input\) bool { return in.Status.Code == status.StatusCode_SUCCESS }\n`)
	if status != 3 || !diff.MatchString(stdout) || !switchAt(8).MatchString(stderr) {
		t.Errorf("-fix -diff: status %d, stdout:\n%s\nstderr:\n%s\nwant 3, the diff and the switch finding at line 8", status, stdout, stderr)
	}
	if data, _ := os.ReadFile(m); string(data) != fixSrc {
		t.Errorf("-fix -diff changed m.go")
	}

	// The fix adds an import line: the switch is on line 9 now.
	status, stdout, stderr = statuslintIn(t, dir, env, "-fix", "./...")
	if status != 3 || stdout != "" || !switchAt(9).MatchString(stderr) {
		t.Errorf("-fix: status %d, stdout %q, stderr:\n%s\nwant 3 and the switch finding at line 9", status, stdout, stderr)
	}
	if data, _ := os.ReadFile(m); !strings.Contains(string(data), "in.Status.Code == status.StatusCode_SUCCESS }") {
		t.Errorf("-fix did not fix m.go:\n%s", data)
	}

	status, stdout, stderr = statuslintIn(t, dir, env, "-fix", "./...")
	if status != 3 || stdout != "" || !switchAt(9).MatchString(stderr) {
		t.Errorf("second -fix: status %d, stdout %q, stderr:\n%s\nwant 3 and the switch finding", status, stdout, stderr)
	}
}

// A package with a syntax error, and tests: each error once, as go vet
// prints it (go list's copy of the compiler's output, the test variant's
// copy and the parser's follow-on errors are left out), exit status 1.
func TestExecLoadErrorOnce(t *testing.T) {
	dir := sdkModule(t, map[string]string{
		"a.go":      "package m\n\nfunc F() int {\n\treturn 1 +\n}\n",
		"a_test.go": "package m\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) { F() }\n",
	})
	status, stdout, stderr := statuslintIn(t, dir, []string{"GOFLAGS="}, "./...")
	want := filepath.Join(dir, "a.go") + ":5:1: expected operand, found '}'\n"
	if status != 1 || stdout != "" || stderr != want {
		t.Errorf("statuslint ./... on a syntax error: status %d, stdout %q, stderr:\n%s\nwant 1, nothing and:\n%s", status, stdout, stderr, want)
	}
}

// docs/checks.md documents exactly the analyzer's families, in the order
// -checks lists them, then directive: -explain knows every family a finding
// can end with.
func TestDocsFamilies(t *testing.T) {
	want := append(analyzer.DefaultConfig().Checks, analyzer.CheckDirective)
	var got []string
	for _, c := range docs.Checks() {
		got = append(got, c.Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("docs/checks.md documents %q, the analyzer reports %q", got, want)
	}
}

// A -types entry whose package is not in the build is said once per run,
// not once per package; one that is in the build is not mentioned.
func TestExecTypesNotInBuild(t *testing.T) {
	dir := sdkModule(t, map[string]string{
		"a.go": "package m\n\nimport \"fmt\"\n\nfunc F() { fmt.Println() }\n",
		"b.go": "package m\n\nfunc G() {}\n",
	})
	status, _, stderr := statuslintIn(t, dir, []string{"GOFLAGS="}, "-types=example.com/nope.Code,fmt.Stringer", "./...")
	want := "statuslint: -types: package example.com/nope of example.com/nope.Code is not in the build, so no value has that type\n"
	if status != 0 || stderr != want {
		t.Errorf("statuslint -types=… ./...: status %d, stderr:\n%s\nwant 0 and:\n%s", status, stderr, want)
	}
}

// A wrapper in one package returns the SDK's response unread; its caller in
// another package never reads the status: the standalone driver carries
// the wrapper's fact from one named package to the other, with their
// dependencies loaded from export data.
func TestExecFactsAcrossPackages(t *testing.T) {
	dir := sdkModule(t, map[string]string{
		"lib/lib.go": `package lib

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

func Input(ctx context.Context, c api.V2Client, id string) (*api.SingleInputResponse, error) {
	return c.GetInput(ctx, &api.GetInputRequest{InputId: id})
}
`,
		"app/app.go": `package app

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"

	"example.com/m/lib"
)

func URL(ctx context.Context, c api.V2Client) (string, error) {
	resp, err := lib.Input(ctx, c, "x")
	if err != nil {
		return "", err
	}
	return resp.Input.Id, nil
}
`,
	})
	status, _, stderr := statuslintIn(t, dir, []string{"GOFLAGS="}, "./...")
	msg := "status of the GetInput response returned by lib.Input is never checked (err == nil does not mean success)"
	want := filepath.Join(dir, "app", "app.go") + ":12:15: " + msg + " (unchecked)\n"
	if status != 3 || stderr != want {
		t.Errorf("statuslint ./...: status %d, stderr:\n%s\nwant 3 and:\n%s", status, stderr, want)
	}
	// go vet runs the tool once per package, lib's facts in a file that
	// app's run reads: the facts of statuslint's prerequisite travel too.
	vet := exec.Command("go", "vet", "-vettool="+statuslintBin, "./...")
	vet.Dir, vet.Env = dir, append(os.Environ(), "GOFLAGS=")
	out, err := vet.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "app.go:12:15: "+msg+"\n") {
		t.Errorf("go vet -vettool: %v, output:\n%s\nwant the finding at app.go:12:15", err, out)
	}
}
