package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// writeModule writes files into a new temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// goIn runs the go command in dir and fails the test if it fails.
func goIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestExecOlderSDKIndirect runs -fix on a file that imports only the SDK's
// api package, built against an SDK older than the code table (it lacks
// CONN_EXCEED_HOURLY_LIMIT). The standalone driver loads the status package
// from export data, which lists only the constants api uses, so the table
// cannot tell whether the build has the constant: the finding stays, with no
// fix, and the code still builds.
func TestExecOlderSDKIndirect(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	sdk := filepath.Join(t.TempDir(), "sdk")
	if err := os.CopyFS(sdk, os.DirFS("../../testdata/src/github.com/Clarifai/clarifai-go-grpc")); err != nil {
		t.Fatal(err)
	}
	enum := filepath.Join(sdk, "proto", "clarifai", "api", "status", "status_code.pb.go")
	src, err := os.ReadFile(enum)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for line := range strings.SplitSeq(string(src), "\n") {
		if !strings.Contains(line, "StatusCode_CONN_EXCEED_HOURLY_LIMIT ") {
			kept = append(kept, line)
		}
	}
	if len(kept) == strings.Count(string(src), "\n")+1 {
		t.Fatal("the stand-in SDK has no StatusCode_CONN_EXCEED_HOURLY_LIMIT to remove")
	}
	if err := os.WriteFile(enum, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/old\n\ngo 1.24\n\nrequire github.com/Clarifai/clarifai-go-grpc v0.0.0\n\n" +
			"replace github.com/Clarifai/clarifai-go-grpc => " + sdk + "\n",
		"old.go": `package old

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"

func hourly(resp *api.SingleInputResponse) bool { return resp.Status.Code == 11003 }
`,
	})
	env := []string{"GOFLAGS=", "GOWORK=off"}
	_, stdout, stderr := statuslintIn(t, dir, env, "-json", "./...")
	if !strings.Contains(stdout, "raw Clarifai status code 11003") || strings.Contains(stdout, "suggested_fixes") {
		t.Errorf("statuslint -json: want the finding with no fix; got\n%s%s", stdout, stderr)
	}
	if status, _, stderr := statuslintIn(t, dir, env, "-fix", "./..."); status != 0 && status != 3 {
		t.Errorf("statuslint -fix: exit status %d\n%s", status, stderr)
	}
	goIn(t, dir, "build", "./...")
}
