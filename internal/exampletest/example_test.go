package exampletest

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite examples/expected.txt with what statuslint prints")

// TestExample builds cmd/statuslint, runs it on the examples module the way
// the README's quick start does (go -C examples run
// github.com/statuslint/statuslint/cmd/statuslint ./...), and compares its
// report, with paths made relative to examples/, with examples/expected.txt.
func TestExample(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	examples := filepath.Join(root, "examples")
	golden := filepath.Join(examples, "expected.txt")

	bin := filepath.Join(t.TempDir(), "statuslint")
	build := exec.Command(goCmd, "build", "-o", bin, "./cmd/statuslint")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/statuslint: %v\n%s", err, out)
	}

	run := exec.Command(bin, "./...")
	run.Dir = examples
	var stdout, stderr bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stderr
	err = run.Run()
	// Exit status 3 means findings, which the example is there to produce.
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("statuslint ./... in examples: %v, want exit status 3\nstdout:\n%s\nstderr:\n%s", err, &stdout, &stderr)
	}
	if stdout.Len() > 0 {
		t.Errorf("statuslint printed on stdout:\n%s", &stdout)
	}
	got := relative(stderr.String(), examples)

	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/exampletest -update to create it)", err)
	}
	if diff := cmp.Diff(lines(string(want)), lines(got)); diff != "" {
		t.Errorf("statuslint output on examples differs from examples/expected.txt (-want +got):\n%s\nrun go test ./internal/exampletest -update if the change is intended", diff)
	}
}

// relative rewrites the absolute paths statuslint prints to paths relative
// to dir, under both the spelling of dir and its symlink-free form.
func relative(out, dir string) string {
	prefixes := []string{dir + string(filepath.Separator)}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		prefixes = append(prefixes, real+string(filepath.Separator))
	}
	for _, p := range prefixes {
		out = strings.ReplaceAll(out, p, "")
	}
	return filepath.ToSlash(out)
}

func lines(s string) []string {
	return strings.Split(strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n"), "\n")
}

// TestREADMEShowsExample keeps README's "What it finds" listing equal to
// examples/expected.txt, which TestExample keeps equal to what statuslint
// prints.
func TestREADMEShowsExample(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "examples", "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(want), "\n")
	_, block, ok := strings.Cut(string(readme), "```\n"+first+"\n")
	if !ok {
		t.Fatalf("README.md has no code block starting with examples/expected.txt's first line %q", first)
	}
	block, _, _ = strings.Cut(block, "```")
	if diff := cmp.Diff(lines(string(want)), lines(first+"\n"+block)); diff != "" {
		t.Errorf("README's example output differs from examples/expected.txt (-want +README):\n%s", diff)
	}
}
