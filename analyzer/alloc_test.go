package analyzer_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/codes"
)

// TestNoAllocationPerNode holds the pass to its cost model: code that is
// not a status-code site allocates nothing, both in a package that imports
// the SDK (every check walks) and in one without Clarifai context (only the
// REST heuristic walks, and must turn down X.Status.Code there). The filler
// is what the checks look at and must turn down: integer literals,
// comparisons, switches and if-else chains over plain ints, gRPC codes and
// net/http statuses, selectors, map and slice literals, calls (json.Unmarshal
// into a struct of another shape among them). With the SDK, status code
// that is fine (switches, an if-else chain, named constants) must cost
// nothing either, and in a package that imports the SDK's api package, a
// function with no SDK call costs the unchecked check nothing: only
// findings allocate. Four times the filler must cost no more allocations.
func TestNoAllocationPerNode(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages with the go command")
	}
	for _, sdk := range []bool{true, false} {
		t.Run(fmt.Sprintf("sdk=%v", sdk), func(t *testing.T) {
			small := passAllocs(t, sdk, 25)
			large := passAllocs(t, sdk, 100)
			t.Logf("allocations per pass: %v with 25 filler functions, %v with 100", small, large)
			// Per-pass maps grow by a step more or less depending on the
			// hash seed: a slack of a few allocations absorbs that, while a
			// cost per node would add 75 or more.
			const slack = 3
			if large > small+slack {
				t.Errorf("the pass allocates per node that is not a status-code site: %v allocations with 25 filler functions, %v with 100", small, large)
			}
		})
	}
}

// fillerFunc is one function of filler; %[1]d makes each one distinct.
const fillerFunc = `
func filler%[1]d(n int, s []int, p point, c codes.Code, resp *http.Response, r *restReply) int {
	x := n*3 + 10000 + %[1]d
	if n == 10000 {
		x++
	} else if n == 11005 {
		x--
	} else if n > 21101 {
		x += p.x
	}
	switch n {
	case 10000, 10010:
		x++
	case 11005:
		x--
	default:
		x = 0
	}
	switch {
	case n < 0, n > 99999:
		x = -1
	}
	if c == codes.OK || c == codes.Unavailable {
		x++
	}
	switch c {
	case codes.OK:
		x++
	case 14:
		x--
	}
	if resp.StatusCode == 200 || resp.StatusCode == http.StatusTooManyRequests {
		x++
	}
	if r.Status.Code == 10000 {
		x++
	} else if r.Status.Code == 11005 || r.Status.Code == 21101 {
		x--
	}
	switch r.Status.Code {
	case 10000:
		x++
	}
	for i := range s {
		x += s[i] + 42
	}
	m := map[int]string{10000: "a", 11005: "b"}
	y := []int{10000, 10010, p.y}
	var reply restReply
	if err := json.Unmarshal([]byte(strconv.Itoa(n)), &reply); err != nil {
		x += p.add(n)
	}
	return x + len(m) + y[0] + strconv.IntSize + len(fmt.Sprint(reply.Other))
}
`

// quietFunc is status-code code with nothing to report: a switch that
// handles a whole sibling group and has a default, an if-else chain with an
// else, named constants. %[2]s is the group's case list.
const quietFunc = `
func quiet%[1]d(code status.StatusCode) int {
	x := 0
	switch code {
	case status.StatusCode_SUCCESS:
		x = 1
	case %[2]s:
		x = 2
	default:
		x = 3
	}
	if code == status.StatusCode_SUCCESS {
		x++
	} else if code == status.StatusCode_MIXED_STATUS || code == status.StatusCode_FAILURE {
		x--
	} else {
		x = 0
	}
	return x
}
`

// retryGroup is the case list for every current connection code of the
// retry category, so that the sibling check runs and finds nothing.
func retryGroup() string {
	var refs []string
	for _, info := range codes.InFamily(codes.FamilyConnection) {
		if info.Category == codes.CategoryRetry && info.Name != "" && !info.Deprecated {
			refs = append(refs, "status.StatusCode_"+info.Name)
		}
	}
	return strings.Join(refs, ", ")
}

// passAllocs loads a package of n filler functions, with one use of the SDK
// if sdk is set, and returns the allocations of one statuslint pass over it.
func passAllocs(t *testing.T, sdk bool, n int) float64 {
	t.Helper()
	gopath := t.TempDir()
	var src strings.Builder
	if sdk {
		// Clarifai context: a REST-shaped integer Code would be a finding,
		// so the filler's is a float64, which the heuristic turns down.
		// One SDK call, checked: the other functions make no SDK call.
		src.WriteString(`package filler

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc/codes"
)

type restReply struct {
	Status struct{ Code float64 }
	Other  string
}

func ok(code status.StatusCode) bool { return code == status.StatusCode_SUCCESS }

func call(ctx context.Context, client api.V2Client) (int, error) {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{})
	if err != nil {
		return 0, err
	}
	if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return 0, fmt.Errorf("post inputs: %s", resp.GetStatus().GetDescription())
	}
	return len(resp.Inputs), nil
}
`)
	} else {
		// No Clarifai context: X.Status.Code of some other API.
		src.WriteString(`package filler

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"google.golang.org/grpc/codes"
)

type restReply struct {
	Status struct{ Code int }
	Other  string
}
`)
	}
	src.WriteString("\ntype point struct{ x, y int }\n\nfunc (p point) add(n int) int { return p.x + n }\n")
	group := retryGroup()
	for i := range n {
		fmt.Fprintf(&src, fillerFunc, i)
		if sdk {
			fmt.Fprintf(&src, quietFunc, i, group)
		}
	}
	dir := filepath.Join(gopath, "src", "filler")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "filler.go"), []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedSyntax | packages.NeedTypes |
			packages.NeedTypesInfo | packages.NeedTypesSizes,
		Dir: dir,
		Env: append(os.Environ(), "GOPATH="+gopath+string(os.PathListSeparator)+testdata(t), "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "filler")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 1 || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("the filler package does not load")
	}
	pkg := pkgs[0]
	files := map[string][]byte{filepath.Join(dir, "filler.go"): []byte(src.String())}
	var diags []string
	report := func(d analysis.Diagnostic) {
		diags = append(diags, pkg.Fset.Position(d.Pos).String()+": "+d.Message)
	}
	pass := func(a *analysis.Analyzer, results map[*analysis.Analyzer]any) *analysis.Pass {
		return newPass(a, pkg, results, report, files)
	}
	// The prerequisites that are not statuslint's run once; its own facts
	// analyzer, part of the pass, runs every time.
	others, err := runOthers(pass)
	if err != nil {
		t.Fatal(err)
	}
	run := func() {
		if _, err := runWith(analyzer.Analyzer, maps.Clone(others), pass); err != nil {
			t.Fatal(err)
		}
	}
	run()
	if len(diags) > 0 {
		// The filler must be silent, or it measures reporting, not walking.
		t.Fatalf("statuslint reports on the filler:\n%s", strings.Join(diags, "\n"))
	}
	return testing.AllocsPerRun(20, run)
}
