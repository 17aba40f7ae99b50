// Command gencorpus writes a large synthetic Go module that handles Clarifai
// status codes the way real programs do, for statuslint's benchmarks.
//
//	go run ./bench/gencorpus -o bench/out/corpus -pkgs 60 -files 10 -funcs 26
//	go run ./bench/gencorpus -o bench/out/heavy -shape heavy -pkgs 60 -files 10 -funcs 75
//
// The module (example.com/corpus) builds against the stand-in SDK under
// testdata/src through a replace directive, so it needs no downloads. It
// has one of two shapes:
//
//   - mixed (the default): code that calls the SDK (a little more than
//     one call per function that returns a response, its status mostly
//     checked, one in five never), compares, switches over, stores and
//     converts status codes, mostly through the SDK's named constants and
//     about 5% through raw integers, and as much ordinary code (strings,
//     maps, errors, generics, goroutines) that has nothing to do with
//     status codes; each package's client also has an interface that
//     mirrors V2Client and two wrappers, one returning the response unread
//     (a fact for the packages that import it), whose callers in every
//     file, and in the packages that build on it, check what they get;
//   - heavy: every function handles statuses, with several SDK calls in
//     many functions (about two calls for three functions in all), one
//     response in 16 never checked, the same switches and comparisons, and
//     the pass-through wrappers, client interfaces, function values and
//     generic helpers that responses travel through (see heavy.go).
//
// -funcs is the number of functions per file (a little more in heavy
// files). The output is a function of the flags only: the same flags give
// the same files.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/codes"
)

const sdkModule = "github.com/Clarifai/clarifai-go-grpc"

func main() {
	out := flag.String("o", "", "directory to write the module to (required; created, existing .go files under it are replaced)")
	pkgs := flag.Int("pkgs", 60, "number of packages")
	files := flag.Int("files", 10, "files per package")
	funcs := flag.Int("funcs", 26, "functions per file (heavy: 75 unless set)")
	shape := flag.String("shape", "mixed", "mixed: half ordinary code; heavy: every function handles statuses")
	seed := flag.Uint64("seed", 1, "random seed")
	raw := flag.Float64("raw", 0.05, "fraction of status code references written as raw integers (heavy: 0.015 unless set)")
	sdk := flag.String("sdk", "", "directory of the stand-in SDK module (default: the repo's testdata/src/"+sdkModule+")")
	flag.Parse()
	if *out == "" || *pkgs < 1 || *files < 1 || *funcs < 1 || flag.NArg() > 0 || (*shape != "mixed" && *shape != "heavy") {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -o dir [-shape mixed|heavy] [-pkgs N] [-files N] [-funcs N] [-seed N] [-raw F] [-sdk dir]")
		os.Exit(2)
	}
	if *shape == "heavy" && !flagSet("raw") {
		// Heavy code names many more codes per line: fewer raw ones keep
		// raw findings about as rare as in issue #22's module.
		*raw = 0.015
	}
	if *shape == "heavy" && !flagSet("funcs") {
		*funcs = 75 // with 60 packages of 10 files, issue #22's 45,000 functions
	}
	if err := run(*out, *sdk, *shape == "heavy", *pkgs, *files, *funcs, *seed, *raw); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func run(out, sdk string, heavy bool, npkgs, nfiles, nfuncs int, seed uint64, raw float64) error {
	if sdk == "" {
		root, err := repoRoot()
		if err != nil {
			return fmt.Errorf("%v; pass -sdk", err)
		}
		sdk = filepath.Join(root, "testdata", "src", filepath.FromSlash(sdkModule))
	}
	sdk, err := filepath.Abs(sdk)
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(sdk, "go.mod")); err != nil {
		return fmt.Errorf("-sdk %s: not a module: %v", sdk, err)
	}
	if heavy {
		if err := checkMirror(sdk); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	// Drop the packages of an earlier run so that a smaller corpus does not
	// keep the extra packages of a larger one.
	if err := os.RemoveAll(filepath.Join(out, "pkg")); err != nil {
		return err
	}
	gomod := fmt.Sprintf("module example.com/corpus\n\ngo 1.22\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		sdkModule, sdkModule, filepath.ToSlash(sdk))
	if err := os.WriteFile(filepath.Join(out, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}

	g := &gen{rng: rand.New(rand.NewPCG(seed, 0x57a7)), raw: raw, unchecked: 0.2}
	if heavy {
		g.unchecked = 1.0 / 16
	}
	g.loadCodes()
	var lines, nfilesTotal, nfuncsTotal, ncalls int
	names := make([]string, npkgs)
	for i := range names {
		names[i] = fmt.Sprintf("%s%03d", pkgWords[i%len(pkgWords)], i)
	}
	for i, name := range names {
		dir := filepath.Join(out, "pkg", name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		// Each package imports up to two earlier ones, as programs do.
		var deps []string
		for _, d := range []int{i - 1, i / 2} {
			if d >= 0 && d < i && !slices.Contains(deps, names[d]) {
				deps = append(deps, names[d])
			}
		}
		g.pkg = name
		g.counter, g.wraps = 0, 0
		srcs := map[string][]byte{}
		if heavy {
			srcs["client.go"] = g.heavyClientFile(deps)
		} else {
			srcs["client.go"] = g.clientFile(deps)
		}
		for f := 0; f < nfiles; f++ {
			name := fmt.Sprintf("%s_%02d.go", fileWords[f%len(fileWords)], f)
			if heavy {
				srcs[name] = g.heavyFile(nfuncs)
			} else {
				srcs[name] = g.file(nfuncs)
			}
		}
		for fname, src := range srcs {
			formatted, err := format.Source(src)
			if err != nil {
				return fmt.Errorf("generated %s/%s does not parse: %v\n%s", name, fname, err, src)
			}
			if err := os.WriteFile(filepath.Join(dir, fname), formatted, 0o644); err != nil {
				return err
			}
			lines += bytes.Count(formatted, []byte("\n"))
			nfuncsTotal += bytes.Count(formatted, []byte("\nfunc "))
			ncalls += len(sdkCall.FindAll(formatted, -1))
			nfilesTotal++
		}
	}
	fmt.Fprintf(os.Stderr, "gencorpus: %s: %d packages, %d files, %d lines, %d functions, %d SDK calls\n",
		out, npkgs, nfilesTotal, lines, nfuncsTotal, ncalls+g.valueCalls)
	return nil
}

// repoRoot finds statuslint's module root above the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(data), "module github.com/statuslint/statuslint\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the statuslint repository")
		}
		dir = parent
	}
}

var pkgWords = []string{"ingest", "predict", "train", "search", "label", "export", "workflow", "billing", "media", "dataset", "deploy", "annotate"}
var fileWords = []string{"handler", "worker", "poller", "batch", "store", "util", "report", "sync", "retry", "convert", "cache", "audit"}

type code struct {
	name string // without the StatusCode_ prefix
	val  int32
	cat  codes.Category
}

type gen struct {
	rng       *rand.Rand
	raw       float64
	unchecked float64 // how often a response's status is never checked
	pkg       string
	counter   int

	wrappers   []wrapper // the pass-throughs a heavy file may call
	valueCalls int       // SDK calls through function values, which sdkCall does not see
	wraps      int       // viaWrappers functions written in the package

	byCat      map[codes.Category][]code
	all        []code
	deprecated []code

	// per file
	imports map[string]bool // paths the file uses
	st, api string          // the file's names for the SDK packages
	b       *bytes.Buffer
}

func (g *gen) loadCodes() {
	g.byCat = map[codes.Category][]code{}
	for _, info := range codes.All() {
		if !info.InSDK || info.Name == "" || info.Code == 0 {
			continue
		}
		c := code{info.Name, int32(info.Code), info.Category}
		if info.Deprecated {
			g.deprecated = append(g.deprecated, c)
			continue
		}
		g.all = append(g.all, c)
		g.byCat[info.Category] = append(g.byCat[info.Category], c)
		for _, a := range info.Aliases {
			g.deprecated = append(g.deprecated, code{a, int32(info.Code), info.Category})
		}
	}
}

func (g *gen) p(format string, args ...any) { fmt.Fprintf(g.b, format, args...) }

func (g *gen) use(path string) { g.imports[path] = true }

// version writes func Version, which names the package and deps, the
// packages it builds on: every package uses each of its imports.
func (g *gen) version(deps []string) {
	g.p("// Version names the package and the packages it builds on.\nfunc Version() string {\n\tparts := []string{%q}\n", g.pkg)
	for _, d := range deps {
		g.use("example.com/corpus/pkg/" + d)
		g.p("\tparts = append(parts, %s.Version())\n", d)
	}
	g.use("strings")
	g.p("\treturn strings.Join(parts, \"+\")\n}\n")
}

func (g *gen) name(base string) string {
	g.counter++
	return base + strconv.Itoa(g.counter)
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func (g *gen) pick(cat codes.Category) code {
	cs := g.byCat[cat]
	return cs[g.rng.IntN(len(cs))]
}

// pickN picks up to n distinct values of the category, skipping the values
// in seen and adding the picked ones to it.
func (g *gen) pickN(cat codes.Category, n int, seen map[int32]bool) []code {
	var out []code
	cs := g.byCat[cat]
	for tries := 0; len(out) < n && tries < 4*n; tries++ {
		c := cs[g.rng.IntN(len(cs))]
		if !seen[c.val] {
			seen[c.val] = true
			out = append(out, c)
		}
	}
	return out
}

func (g *gen) named(name string) string {
	g.use(statusPath)
	return g.st + ".StatusCode_" + name
}

// ref writes a reference to c of type StatusCode: mostly the constant,
// sometimes the raw integer, rarely a deprecated alias of the same value.
func (g *gen) ref(c code) string {
	if g.chance(g.raw) {
		return strconv.Itoa(int(c.val))
	}
	return g.named(c.name)
}

// refDep is ref where a deprecated name may stand in for any code.
func (g *gen) refDep(c code) string {
	if len(g.deprecated) > 0 && g.chance(0.02) {
		return g.named(g.deprecated[g.rng.IntN(len(g.deprecated))].name)
	}
	return g.ref(c)
}

// intRef is ref on the int side of a conversion: int(code) == intRef(c).
func (g *gen) intRef(c code) string {
	if g.chance(g.raw) {
		return strconv.Itoa(int(c.val))
	}
	return "int(" + g.named(c.name) + ")"
}

func (g *gen) refs(cs []code) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = g.ref(c)
	}
	return strings.Join(parts, ", ")
}

const (
	statusPath = sdkModule + "/proto/clarifai/api/status"
	apiPath    = sdkModule + "/proto/clarifai/api"
)

func (g *gen) begin() {
	g.b = new(bytes.Buffer)
	g.imports = map[string]bool{}
	// Files name the SDK packages the ways user code does.
	g.st, g.api = "status", "api"
	switch g.rng.IntN(5) {
	case 0:
		g.st = "statuspb"
	case 1:
		g.api = "pb"
	}
}

func (g *gen) finish(doc string) []byte {
	var h bytes.Buffer
	if doc != "" {
		h.WriteString(doc)
	}
	fmt.Fprintf(&h, "package %s\n\n", g.pkg)
	if len(g.imports) > 0 {
		paths := make([]string, 0, len(g.imports))
		for p := range g.imports {
			paths = append(paths, p)
		}
		slices.SortFunc(paths, func(a, b string) int {
			if isStd(a) != isStd(b) {
				if isStd(a) {
					return -1
				}
				return 1
			}
			return strings.Compare(a, b)
		})
		h.WriteString("import (\n")
		for i, p := range paths {
			// The standard library first, as goimports groups them.
			if i > 0 && !isStd(p) && isStd(paths[i-1]) {
				h.WriteString("\n")
			}
			switch {
			case p == statusPath && g.st != "status":
				fmt.Fprintf(&h, "\t%s %q\n", g.st, p)
			case p == apiPath && g.api != "api":
				fmt.Fprintf(&h, "\t%s %q\n", g.api, p)
			default:
				fmt.Fprintf(&h, "\t%q\n", p)
			}
		}
		h.WriteString(")\n\n")
	}
	h.Write(g.b.Bytes())
	return h.Bytes()
}

func isStd(path string) bool { return !strings.Contains(strings.SplitN(path, "/", 2)[0], ".") }

func (g *gen) clientFile(deps []string) []byte {
	g.begin()
	g.st, g.api = "status", "api"
	g.use(apiPath)
	g.p("// Client wraps the Clarifai API client for this package.\n")
	g.p("type Client struct {\n\tv2 %s.V2Client\n\tappID string\n\tlog func(format string, args ...any)\n}\n\n", g.api)
	g.p("// NewClient returns a Client that calls v2.\n")
	g.p("func NewClient(v2 %s.V2Client, appID string) *Client {\n\treturn &Client{v2: v2, appID: appID, log: func(string, ...any) {}}\n}\n\n", g.api)
	g.use(statusPath)
	g.use("errors")
	g.p("// checkStatus is the API's verdict on a call as an error.\nfunc checkStatus(st *%s.Status) error {\n\tif st.GetCode() != %s.StatusCode_SUCCESS {\n\t\treturn errors.New(st.GetDescription())\n\t}\n\treturn nil\n}\n\n", g.st, g.st)
	// Response sources beyond the SDK's client (no random draws, so that
	// the rest of the module stays as it was): an interface that mirrors
	// V2Client, an exported wrapper that returns the response unread (a
	// fact for the packages that import this one) and one that checks it.
	g.use("context")
	g.p("// Predictor is the part of the API client that tests fake.\ntype Predictor interface {\n\tPostModelOutputs(ctx context.Context, in *%s.PostModelOutputsRequest) (*%s.MultiOutputResponse, error)\n}\n\n", g.api, g.api)
	g.p("// Predict returns the API's answer as it is: callers check its status.\nfunc (c *Client) Predict(ctx context.Context, modelID string) (*%s.MultiOutputResponse, error) {\n\treturn c.v2.PostModelOutputs(ctx, &%s.PostModelOutputsRequest{ModelId: modelID})\n}\n\n", g.api, g.api)
	g.p("// Inputs returns a page of inputs, or the API's verdict as an error.\nfunc (c *Client) Inputs(ctx context.Context, page uint32) (*%s.MultiInputResponse, error) {\n\tresp, err := c.v2.ListInputs(ctx, &%s.ListInputsRequest{Page: page, PerPage: 100})\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif err := checkStatus(resp.GetStatus()); err != nil {\n\t\treturn nil, err\n\t}\n\treturn resp, nil\n}\n\n", g.api, g.api)
	g.p("// Upstream predicts through the wrappers of the packages this one builds on.\nfunc (c *Client) Upstream(ctx context.Context, modelID string) (int, error) {\n\tn := 0\n")
	for _, d := range deps {
		g.p("\tif resp, err := %s.NewClient(c.v2, c.appID).Predict(ctx, modelID); err != nil {\n\t\treturn 0, err\n\t} else if err := checkStatus(resp.GetStatus()); err != nil {\n\t\treturn 0, err\n\t} else {\n\t\tn += len(resp.GetOutputs())\n\t}\n", d)
	}
	g.p("\treturn n, nil\n}\n\n")
	g.version(deps)
	return g.finish(fmt.Sprintf("// Package %s is generated by statuslint's bench/gencorpus.\n", g.pkg))
}

func (g *gen) file(nfuncs int) []byte {
	g.begin()
	for i := 0; i < nfuncs; i++ {
		// About half of the functions touch status codes, most of those
		// through SDK calls.
		switch {
		case !g.chance(0.5):
			plainTemplates[g.rng.IntN(len(plainTemplates))](g)
		case g.chance(0.75):
			callTemplates[g.rng.IntN(len(callTemplates))](g)
		default:
			statusTemplates[g.rng.IntN(len(statusTemplates))](g)
		}
		g.p("\n")
	}
	g.wrapped()
	return g.finish("")
}

// wrapped calls the package's wrappers and a mirror interface, and checks
// what they return: one function per file, with no random draws.
func (g *gen) wrapped() {
	g.use("context")
	g.use(apiPath)
	g.wraps++
	fn := "viaWrappers" + strconv.Itoa(g.wraps) // not name(): the other names stay as they were

	g.p("// %s predicts through the wrapper and a Predictor, and lists inputs.\n", fn)
	g.p("func (c *Client) %s(ctx context.Context, p Predictor, modelID string) (int, error) {\n", fn)
	g.p("\tresp, err := c.Predict(ctx, modelID)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tif err := checkStatus(resp.GetStatus()); err != nil {\n\t\treturn 0, err\n\t}\n")
	g.p("\tfaked, err := p.PostModelOutputs(ctx, &%s.PostModelOutputsRequest{ModelId: modelID})\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tif err := checkStatus(faked.GetStatus()); err != nil {\n\t\treturn 0, err\n\t}\n", g.api)
	g.p("\tin, err := c.Inputs(ctx, 1)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n")
	g.p("\treturn len(resp.GetOutputs()) + len(faked.GetOutputs()) + len(in.GetInputs()), nil\n}\n")
}

// callTemplates make three SDK calls each that return a response, checked
// most of the time: with half of the functions touching status codes and
// three quarters of those calling the SDK, the corpus averages a little
// more than one such call per function, the unchecked check's share of the
// benchmark.
var callTemplates = []func(*gen){
	(*gen).syncInputs,
	(*gen).modelInfo,
	(*gen).cleanup,
}

var statusTemplates = []func(*gen){
	(*gen).predict,
	(*gen).classify,
	(*gen).tally,
	(*gen).waitModel,
	(*gen).retryTable,
	(*gen).buildStatus,
	(*gen).describeChain,
	(*gen).postInputs,
	(*gen).fromWire,
	(*gen).codeInts,
	(*gen).predict,
	(*gen).classify,
	(*gen).rest,
}

var plainTemplates = []func(*gen){
	(*gen).wordFreq,
	(*gen).cacheType,
	(*gen).errType,
	(*gen).stats,
	(*gen).generic,
	(*gen).formatPairs,
	(*gen).httpResult,
	(*gen).parseInts,
	(*gen).stateMachine,
	(*gen).fanOut,
}

// getCode is one of the ways user code reaches a response's code.
func (g *gen) getCode(x string) string {
	if g.chance(0.3) {
		return x + ".Status.Code"
	}
	return x + ".GetStatus().GetCode()"
}

func (g *gen) predict() {
	g.use("context")
	g.use("fmt")
	g.use(apiPath)
	fn := g.name("predict")
	success := g.byCat[codes.CategorySuccess][0]
	for _, c := range g.byCat[codes.CategorySuccess] {
		if c.name == "SUCCESS" {
			success = c
		}
	}
	g.p("// %s sends the images at urls to the model and returns the ids of the outputs that succeeded.\n", fn)
	g.p("func (c *Client) %s(ctx context.Context, modelID string, urls []string) ([]string, error) {\n", fn)
	g.p("\treq := &%s.PostModelOutputsRequest{ModelId: modelID}\n", g.api)
	g.p("\tfor _, u := range urls {\n\t\treq.Inputs = append(req.Inputs, &%s.Input{Data: &%s.Data{Image: &%s.Image{Url: u}}})\n\t}\n", g.api, g.api, g.api)
	g.p("\tresp, err := c.v2.PostModelOutputs(ctx, req)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"predict %%s: %%w\", modelID, err)\n\t}\n")
	g.p("\tif %s != %s {\n", g.getCode("resp"), g.refDep(success))
	g.p("\t\treturn nil, fmt.Errorf(\"predict %%s: %%s: %%s\", modelID, resp.GetStatus().GetCode(), resp.GetStatus().GetDescription())\n\t}\n")
	g.p("\tids := make([]string, 0, len(resp.GetOutputs()))\n")
	g.p("\tfor i, out := range resp.GetOutputs() {\n")
	g.p("\t\tif out.GetStatus().GetCode() == %s {\n\t\t\tids = append(ids, out.Id)\n\t\t\tcontinue\n\t\t}\n", g.ref(success))
	g.p("\t\tc.log(\"output %%d of %%s: %%v\", i, modelID, out.GetStatus().GetCode())\n\t}\n")
	g.p("\treturn ids, nil\n}\n")
}

// checkOrNot writes, most of the time, the status check of the response
// held in v; otherwise nothing: the response's status is never checked.
func (g *gen) checkOrNot(v, op string, zero string) {
	if g.chance(g.unchecked) {
		return
	}
	g.p("\tif %s != %s {\n\t\treturn %sfmt.Errorf(\"%s: %%s\", %s.GetStatus().GetDescription())\n\t}\n",
		g.getCode(v), g.ref(code{"SUCCESS", 10000, codes.CategorySuccess}), zero, op, v)
}

// syncInputs pages through the app's inputs, fetches each new one and
// deletes those that failed.
func (g *gen) syncInputs() {
	g.use("context")
	g.use("fmt")
	g.use(apiPath)
	fn := g.name("syncInputs")
	g.p("// %s returns the ids of the inputs on a page that known lacks, fetching each.\n", fn)
	g.p("func (c *Client) %s(ctx context.Context, page uint32, known map[string]bool) ([]string, error) {\n", fn)
	g.p("\tlist, err := c.v2.ListInputs(ctx, &%s.ListInputsRequest{Page: page, PerPage: 100})\n\tif err != nil {\n\t\treturn nil, err\n\t}\n", g.api)
	g.checkOrNot("list", "list inputs", "nil, ")
	g.p("\tvar ids []string\n\tfor _, in := range list.GetInputs() {\n\t\tif known[in.GetId()] {\n\t\t\tcontinue\n\t\t}\n")
	g.p("\t\tgot, err := c.v2.GetInput(ctx, &%s.GetInputRequest{InputId: in.GetId()})\n\t\tif err != nil {\n\t\t\treturn nil, err\n\t\t}\n", g.api)
	if g.chance(1 - g.unchecked) {
		g.p("\t\tif got.GetStatus().GetCode() != %s {\n\t\t\tcontinue\n\t\t}\n", g.ref(code{"SUCCESS", 10000, codes.CategorySuccess}))
	}
	g.p("\t\tif got.GetInput().GetStatus().GetCode() == %s {\n", g.ref(code{"INPUT_FAILED", 30002, codes.CategoryFailed}))
	g.p("\t\t\tdel, err := c.v2.DeleteInputs(ctx, &%s.DeleteInputsRequest{Ids: []string{in.GetId()}})\n\t\t\tif err != nil {\n\t\t\t\treturn nil, err\n\t\t\t}\n", g.api)
	g.p("\t\t\tif err := checkStatus(del.GetStatus()); err != nil {\n\t\t\t\treturn nil, err\n\t\t\t}\n\t\t\tcontinue\n\t\t}\n")
	g.p("\t\tids = append(ids, got.GetInput().GetId())\n\t}\n\treturn ids, nil\n}\n")
}

// modelInfo reads a model, its version and the app's concepts.
func (g *gen) modelInfo() {
	g.use("context")
	g.use("fmt")
	g.use(apiPath)
	fn := g.name("modelInfo")
	g.p("// %s returns the model's name and its version's id.\n", fn)
	g.p("func (c *Client) %s(ctx context.Context, modelID, versionID string) (string, string, error) {\n", fn)
	g.p("\tm, err := c.v2.GetModel(ctx, &%s.GetModelRequest{ModelId: modelID})\n\tif err != nil {\n\t\treturn \"\", \"\", err\n\t}\n", g.api)
	g.checkOrNot("m", "get model", `"", "", `)
	g.p("\tv, err := c.v2.GetModelVersion(ctx, &%s.GetModelVersionRequest{ModelId: modelID, VersionId: versionID})\n\tif err != nil {\n\t\treturn \"\", \"\", err\n\t}\n", g.api)
	g.checkOrNot("v", "get model version", `"", "", `)
	g.p("\tcs, err := c.v2.ListConcepts(ctx, &%s.ListConceptsRequest{})\n\tif err != nil {\n\t\treturn \"\", \"\", err\n\t}\n", g.api)
	g.checkOrNot("cs", "list concepts", `"", "", `)
	g.p("\tc.log(\"%%s has %%d concepts\", modelID, len(cs.GetConcepts()))\n")
	g.p("\treturn m.GetModel().GetName(), v.GetModelVersion().GetId(), nil\n}\n")
}

// cleanup deletes inputs, sometimes throwing the response away, adds
// inputs and hands a listing to the caller.
func (g *gen) cleanup() {
	g.use("context")
	g.use(apiPath)
	g.use(statusPath)
	fn := g.name("cleanup")
	g.p("// %s deletes the inputs and returns what is left.\n", fn)
	g.p("func (c *Client) %s(ctx context.Context, ids []string) (*%s.MultiInputResponse, error) {\n", fn, g.api)
	if g.chance(0.2) {
		g.p("\tif _, err := c.v2.DeleteInputs(ctx, &%s.DeleteInputsRequest{Ids: ids}); err != nil {\n\t\treturn nil, err\n\t}\n", g.api)
	} else {
		g.p("\tdel, err := c.v2.DeleteInputs(ctx, &%s.DeleteInputsRequest{Ids: ids})\n\tif err != nil {\n\t\treturn nil, err\n\t}\n", g.api)
		g.p("\tif err := checkStatus(del.GetStatus()); err != nil {\n\t\treturn nil, err\n\t}\n")
	}
	g.p("\tadded, err := c.v2.PostInputs(ctx, &%s.PostInputsRequest{})\n\tif err != nil {\n\t\treturn nil, err\n\t}\n", g.api)
	g.checkOrNot("added", "post inputs", "nil, ")
	g.p("\tc.log(\"%%d inputs added\", len(added.GetInputs()))\n")
	g.p("\treturn c.v2.ListInputs(ctx, &%s.ListInputsRequest{Page: 1, PerPage: 100})\n}\n", g.api)
}

func (g *gen) classify() {
	g.use("fmt")
	g.use(statusPath)
	fn := g.name("classify")
	seen := map[int32]bool{}
	g.p("// %s says whether a call that ended with st should be retried.\n", fn)
	g.p("func %s(st *%s.Status) (retry bool, err error) {\n", fn, g.st)
	x := "st.GetCode()"
	if g.chance(0.3) {
		g.p("\tcode := st.GetCode()\n")
		x = "code"
	}
	g.p("\tswitch %s {\n", x)
	g.p("\tcase %s:\n\t\treturn false, nil\n", g.refs(g.pickN(codes.CategorySuccess, 1+g.rng.IntN(2), seen)))
	g.p("\tcase %s:\n\t\treturn true, nil\n", g.refs(g.pickN(codes.CategoryRetry, 1+g.rng.IntN(4), seen)))
	if g.chance(0.5) {
		g.p("\tcase %s:\n\t\treturn true, nil\n", g.refs(g.pickN(codes.CategoryPending, 1+g.rng.IntN(3), seen)))
	}
	if g.chance(0.5) {
		g.p("\tcase %s:\n\t\treturn false, fmt.Errorf(\"clarifai: check the API key: %%s\", st.GetDescription())\n", g.refs(g.pickN(codes.CategoryAuth, 1+g.rng.IntN(3), seen)))
	}
	g.p("\tdefault:\n\t\treturn false, fmt.Errorf(\"clarifai: %%s (%%d): %%s\", st.GetCode(), int32(st.GetCode()), st.GetDescription())\n\t}\n}\n")
}

func (g *gen) tally() {
	g.use(apiPath)
	fn := g.name("tally")
	seen := map[int32]bool{}
	g.p("// %s counts the outputs of resp by outcome.\n", fn)
	g.p("func %s(resp *%s.MultiOutputResponse) (ok, failed, pending int) {\n", fn, g.api)
	g.p("\tfor _, out := range resp.GetOutputs() {\n\t\tswitch out.GetStatus().GetCode() {\n")
	g.p("\t\tcase %s:\n\t\t\tok++\n", g.refs(g.pickN(codes.CategorySuccess, 1+g.rng.IntN(2), seen)))
	g.p("\t\tcase %s:\n\t\t\tfailed++\n", g.refs(g.pickN(codes.CategoryFailed, 1+g.rng.IntN(3), seen)))
	if g.chance(0.6) {
		g.p("\t\tcase %s:\n\t\t\tpending++\n", g.refs(g.pickN(codes.CategoryPending, 1+g.rng.IntN(2), seen)))
	}
	if g.chance(0.3) {
		g.p("\t\tdefault:\n\t\t\tfailed++\n")
	}
	g.p("\t\t}\n\t}\n\treturn ok, failed, pending\n}\n")
}

func (g *gen) waitModel() {
	g.use("context")
	g.use("errors")
	g.use("fmt")
	g.use("time")
	g.use(apiPath)
	fn := g.name("waitModel")
	seen := map[int32]bool{}
	g.p("// %s polls the model until its version is trained.\n", fn)
	g.p("func (c *Client) %s(ctx context.Context, id string, attempts int, every time.Duration) error {\n", fn)
	g.p("\tfor i := 0; i < attempts; i++ {\n")
	g.p("\t\tresp, err := c.v2.GetModel(ctx, &%s.GetModelRequest{ModelId: id})\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n", g.api)
	g.p("\t\tif code := resp.GetStatus().GetCode(); code != %s {\n\t\t\treturn fmt.Errorf(\"get model %%s: %%v\", id, code)\n\t\t}\n", g.ref(code{"SUCCESS", 10000, codes.CategorySuccess}))
	seen[10000] = true
	g.p("\t\tswitch resp.GetModel().GetModelVersion().GetStatus().GetCode() {\n")
	g.p("\t\tcase %s:\n\t\t\treturn nil\n", g.ref(code{"MODEL_TRAINED", 21100, codes.CategorySuccess}))
	seen[21100] = true
	g.p("\t\tcase %s:\n\t\t\ttime.Sleep(every)\n", g.refs(g.pickN(codes.CategoryPending, 2+g.rng.IntN(3), seen)))
	g.p("\t\tcase %s:\n\t\t\treturn errors.New(\"training failed\")\n", g.refs(g.pickN(codes.CategoryFailed, 1+g.rng.IntN(3), seen)))
	if g.chance(0.7) {
		g.p("\t\tdefault:\n\t\t\treturn fmt.Errorf(\"model %%s: unexpected %%v\", id, resp.GetModel().GetModelVersion().GetStatus().GetCode())\n")
	}
	g.p("\t\t}\n\t}\n\treturn fmt.Errorf(\"model %%s not trained after %%d attempts\", id, attempts)\n}\n")
}

func (g *gen) retryTable() {
	g.use(statusPath)
	v := g.name("retryable")
	fn := g.name("shouldRetry")
	seen := map[int32]bool{}
	g.p("var %s = map[%s.StatusCode]bool{\n", v, g.st)
	for _, c := range g.pickN(codes.CategoryRetry, 3+g.rng.IntN(4), seen) {
		g.p("\t%s: true,\n", g.ref(c))
	}
	for _, c := range g.pickN(codes.CategoryAuth, 1+g.rng.IntN(2), seen) {
		g.p("\t%s: false,\n", g.ref(c))
	}
	g.p("}\n\n")
	g.p("// %s reports whether code is worth another attempt.\n", fn)
	g.p("func %s(code %s.StatusCode, attempt int) bool {\n\treturn attempt < 5 && %s[code]\n}\n", fn, g.st, v)
}

func (g *gen) buildStatus() {
	g.use(statusPath)
	fn := g.name("statusFor")
	c := g.pick([]codes.Category{codes.CategoryFailed, codes.CategoryInvalid, codes.CategoryInternal}[g.rng.IntN(3)])
	g.p("// %s is the status a fake server returns for msg.\n", fn)
	g.p("func %s(msg string, details ...string) *%s.Status {\n", fn, g.st)
	g.p("\tst := &%s.Status{Code: %s, Description: msg}\n", g.st, g.ref(c))
	g.p("\tif len(details) > 0 {\n\t\tst.Details = details[0]\n\t}\n")
	g.p("\tif msg == \"\" {\n\t\tst.Code = %s\n\t}\n\treturn st\n}\n", g.ref(g.pick(codes.CategoryInternal)))
}

func (g *gen) describeChain() {
	g.use(statusPath)
	fn := g.name("describe")
	g.p("// %s turns code into a message for users.\n", fn)
	g.p("func %s(code %s.StatusCode) string {\n", fn, g.st)
	g.p("\tif code == %s {\n\t\treturn \"ok\"\n", g.refDep(g.pick(codes.CategorySuccess)))
	r := g.pickN(codes.CategoryRetry, 2, map[int32]bool{})
	g.p("\t} else if code == %s || code == %s {\n\t\treturn \"busy, try again later\"\n", g.ref(r[0]), g.ref(r[1]))
	g.p("\t} else if code == %s {\n\t\treturn \"not found\"\n\t}\n", g.refDep(g.pick(codes.CategoryNotFound)))
	g.p("\treturn code.String()\n}\n")
}

func (g *gen) postInputs() {
	g.use("context")
	g.use("fmt")
	g.use(apiPath)
	fn := g.name("upload")
	g.p("// %s adds texts as inputs and returns the ids of the inputs that were rejected.\n", fn)
	g.p("func (c *Client) %s(ctx context.Context, texts []string) (rejected []string, err error) {\n", fn)
	g.p("\treq := &%s.PostInputsRequest{}\n\tfor i, t := range texts {\n", g.api)
	g.p("\t\treq.Inputs = append(req.Inputs, &%s.Input{Id: fmt.Sprintf(\"%%s-%%d\", c.appID, i), Data: &%s.Data{Text: &%s.Text{Raw: t}}})\n\t}\n", g.api, g.api, g.api)
	g.p("\tresp, err := c.v2.PostInputs(ctx, req)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n")
	g.p("\tswitch %s {\n", g.getCode("resp"))
	g.p("\tcase %s:\n\t\treturn nil, nil\n", g.ref(code{"SUCCESS", 10000, codes.CategorySuccess}))
	g.p("\tcase %s:\n", g.ref(code{"MIXED_STATUS", 10010, codes.CategoryPartial}))
	g.p("\t\tfor _, in := range resp.GetInputs() {\n\t\t\tif in.GetStatus().GetCode() != %s {\n", g.ref(code{"INPUT_SUCCESS", 30000, codes.CategorySuccess}))
	g.p("\t\t\t\trejected = append(rejected, in.GetId())\n\t\t\t}\n\t\t}\n\t\treturn rejected, nil\n")
	g.p("\tdefault:\n\t\treturn nil, fmt.Errorf(\"post inputs: %%v: %%s\", resp.GetStatus().GetCode(), resp.GetStatus().GetDetails())\n\t}\n}\n")
}

func (g *gen) fromWire() {
	g.use(statusPath)
	fn := g.name("fromWire")
	g.p("// %s converts a code read from a queue message, mapping unknown values to ZERO.\n", fn)
	g.p("func %s(v int32) %s.StatusCode {\n", fn, g.st)
	g.p("\tif _, ok := %s.StatusCode_name[v]; !ok {\n\t\treturn %s.StatusCode_ZERO\n\t}\n", g.st, g.st)
	g.p("\treturn %s.StatusCode(v)\n}\n", g.st)
}

func (g *gen) codeInts() {
	g.use(statusPath)
	fn := g.name("isThrottled")
	g.p("// %s reports whether st says the caller is going too fast.\n", fn)
	g.p("func %s(st *%s.Status) bool {\n", fn, g.st)
	g.p("\tn := int(st.GetCode())\n")
	other := g.pickN(codes.CategoryRetry, 1, map[int32]bool{11005: true})[0]
	g.p("\treturn n == %s || n == %s\n}\n", g.intRef(code{"CONN_THROTTLED", 11005, codes.CategoryRetry}), g.intRef(other))
}

// rest is code that calls the REST API with its own structs: this is where
// real programs write raw codes, so it uses them throughout.
func (g *gen) rest() {
	g.use("encoding/json")
	g.use("fmt")
	typ := g.name("restResponse")
	fn := g.name("decodeClarifai")
	g.p("type %s struct {\n\tStatus struct {\n\t\tCode        int    `json:\"code\"`\n\t\tDescription string `json:\"description\"`\n\t} `json:\"status\"`\n}\n\n", typ)
	g.p("// %s decodes a response of the Clarifai REST API.\n", fn)
	g.p("func %s(body []byte) (*%s, error) {\n\tvar r %s\n", fn, typ, typ)
	g.p("\tif err := json.Unmarshal(body, &r); err != nil {\n\t\treturn nil, err\n\t}\n")
	g.p("\tif r.Status.Code != 10000 && r.Status.Code != 10010 {\n\t\treturn nil, fmt.Errorf(\"clarifai: %%d %%s\", r.Status.Code, r.Status.Description)\n\t}\n")
	g.p("\treturn &r, nil\n}\n")
}

// Ordinary code.

func (g *gen) wordFreq() {
	g.use("sort")
	g.use("strings")
	fn := g.name("topWords")
	g.p("// %s returns the n most frequent words of text.\n", fn)
	g.p("func %s(text string, n int) []string {\n\tcounts := map[string]int{}\n", fn)
	g.p("\tfor _, w := range strings.Fields(strings.ToLower(text)) {\n\t\tw = strings.Trim(w, \".,;:!?\\\"'()\")\n\t\tif len(w) < %d {\n\t\t\tcontinue\n\t\t}\n\t\tcounts[w]++\n\t}\n", 2+g.rng.IntN(3))
	g.p("\twords := make([]string, 0, len(counts))\n\tfor w := range counts {\n\t\twords = append(words, w)\n\t}\n")
	g.p("\tsort.Slice(words, func(i, j int) bool {\n\t\tif counts[words[i]] != counts[words[j]] {\n\t\t\treturn counts[words[i]] > counts[words[j]]\n\t\t}\n\t\treturn words[i] < words[j]\n\t})\n")
	g.p("\tif len(words) > n {\n\t\twords = words[:n]\n\t}\n\treturn words\n}\n")
}

func (g *gen) cacheType() {
	g.use("sync")
	g.use("time")
	typ := g.name("lruCache")
	g.p("type %s struct {\n\tmu      sync.Mutex\n\tentries map[string]entry%s\n\tttl     time.Duration\n}\n\n", typ, typ)
	g.p("type entry%s struct {\n\tvalue   []byte\n\texpires time.Time\n}\n\n", typ)
	g.p("func (c *%s) Get(key string, now time.Time) ([]byte, bool) {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n", typ)
	g.p("\te, ok := c.entries[key]\n\tif !ok || now.After(e.expires) {\n\t\tdelete(c.entries, key)\n\t\treturn nil, false\n\t}\n\treturn e.value, true\n}\n\n")
	g.p("func (c *%s) Put(key string, value []byte, now time.Time) {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n", typ)
	g.p("\tif c.entries == nil {\n\t\tc.entries = make(map[string]entry%s)\n\t}\n", typ)
	g.p("\tif len(c.entries) >= %d {\n\t\tfor k, e := range c.entries {\n\t\t\tif now.After(e.expires) {\n\t\t\t\tdelete(c.entries, k)\n\t\t\t}\n\t\t}\n\t}\n", 64<<g.rng.IntN(5))
	g.p("\tc.entries[key] = entry%s{value: value, expires: now.Add(c.ttl)}\n}\n", typ)
}

func (g *gen) errType() {
	g.use("errors")
	g.use("fmt")
	g.use("os")
	typ := g.name("opError")
	fn := g.name("readConfig")
	g.p("type %s struct {\n\tOp   string\n\tPath string\n\tErr  error\n}\n\n", typ)
	g.p("func (e *%s) Error() string { return e.Op + \" \" + e.Path + \": \" + e.Err.Error() }\n\n", typ)
	g.p("func (e *%s) Unwrap() error { return e.Err }\n\n", typ)
	g.p("// %s reads the file at path, telling a missing file from other failures.\n", fn)
	g.p("func %s(path string) ([]byte, error) {\n\tdata, err := os.ReadFile(path)\n", fn)
	g.p("\tif errors.Is(err, os.ErrNotExist) {\n\t\treturn nil, nil\n\t}\n\tif err != nil {\n\t\treturn nil, &%s{Op: \"read\", Path: path, Err: err}\n\t}\n", typ)
	g.p("\tvar pe *%s\n\tif errors.As(err, &pe) {\n\t\treturn nil, fmt.Errorf(\"unexpected: %%w\", pe)\n\t}\n\treturn data, nil\n}\n", typ)
}

func (g *gen) stats() {
	g.use("math")
	fn := g.name("summarize")
	g.p("// %s returns the mean, standard deviation and range of xs.\n", fn)
	g.p("func %s(xs []float64) (mean, stddev, lo, hi float64) {\n\tif len(xs) == 0 {\n\t\treturn 0, 0, 0, 0\n\t}\n", fn)
	g.p("\tlo, hi = math.Inf(1), math.Inf(-1)\n\tvar sum float64\n\tfor _, x := range xs {\n\t\tsum += x\n\t\tlo = math.Min(lo, x)\n\t\thi = math.Max(hi, x)\n\t}\n")
	g.p("\tmean = sum / float64(len(xs))\n\tvar sq float64\n\tfor _, x := range xs {\n\t\td := x - mean\n\t\tsq += d * d\n\t}\n")
	g.p("\treturn mean, math.Sqrt(sq / float64(len(xs))), lo, hi\n}\n")
}

func (g *gen) generic() {
	mapFn := g.name("mapSlice")
	filt := g.name("filter")
	g.p("func %s[T, U any](in []T, f func(T) U) []U {\n\tout := make([]U, 0, len(in))\n\tfor _, v := range in {\n\t\tout = append(out, f(v))\n\t}\n\treturn out\n}\n\n", mapFn)
	g.p("func %s[T any](in []T, keep func(T) bool) []T {\n\tvar out []T\n\tfor _, v := range in {\n\t\tif keep(v) {\n\t\t\tout = append(out, v)\n\t\t}\n\t}\n\treturn out\n}\n\n", filt)
	fn := g.name("lengths")
	g.p("func %s(words []string) []int {\n\treturn %s(%s(words, func(s string) bool { return s != \"\" }), func(s string) int { return len(s) })\n}\n", fn, mapFn, filt)
}

func (g *gen) formatPairs() {
	g.use("slices")
	g.use("strings")
	g.use("strconv")
	fn := g.name("encodeParams")
	g.p("// %s writes params as a sorted query string.\n", fn)
	g.p("func %s(params map[string]int) string {\n\tkeys := make([]string, 0, len(params))\n\tfor k := range params {\n\t\tkeys = append(keys, k)\n\t}\n\tslices.Sort(keys)\n", fn)
	g.p("\tvar b strings.Builder\n\tfor i, k := range keys {\n\t\tif i > 0 {\n\t\t\tb.WriteByte('&')\n\t\t}\n\t\tb.WriteString(k)\n\t\tb.WriteByte('=')\n\t\tb.WriteString(strconv.Itoa(params[k]))\n\t}\n\treturn b.String()\n}\n")
}

// httpResult compares integers named like status codes that are not
// Clarifai's: a linter must leave them alone.
func (g *gen) httpResult() {
	g.use("fmt")
	typ := g.name("httpResult")
	fn := g.name("checkHTTP")
	g.p("type %s struct {\n\tStatusCode int\n\tBody       []byte\n\tJob        struct{ Status struct{ Code int } }\n}\n\n", typ)
	g.p("func %s(r *%s) error {\n", fn, typ)
	g.p("\tif r.StatusCode != 200 && r.StatusCode != 204 {\n\t\treturn fmt.Errorf(\"http %%d: %%s\", r.StatusCode, r.Body)\n\t}\n")
	g.p("\tswitch r.Job.Status.Code {\n\tcase 1, 2:\n\t\treturn nil\n\tcase 3:\n\t\treturn fmt.Errorf(\"job failed\")\n\t}\n\treturn nil\n}\n")
}

func (g *gen) parseInts() {
	g.use("errors")
	g.use("strconv")
	g.use("strings")
	fn := g.name("parseList")
	g.p("// %s parses a comma-separated list of integers, reporting every bad item.\n", fn)
	g.p("func %s(s string) ([]int, error) {\n\tvar out []int\n\tvar errs []error\n", fn)
	g.p("\tfor _, f := range strings.Split(s, \",\") {\n\t\tf = strings.TrimSpace(f)\n\t\tif f == \"\" {\n\t\t\tcontinue\n\t\t}\n")
	g.p("\t\tn, err := strconv.Atoi(f)\n\t\tif err != nil {\n\t\t\terrs = append(errs, err)\n\t\t\tcontinue\n\t\t}\n\t\tout = append(out, n)\n\t}\n")
	g.p("\treturn out, errors.Join(errs...)\n}\n")
}

func (g *gen) stateMachine() {
	fn := g.name("nextState")
	g.p("// %s advances a job's state on event.\n", fn)
	g.p("func %s(state, event string) string {\n\tswitch state {\n", fn)
	g.p("\tcase \"idle\":\n\t\tif event == \"start\" {\n\t\t\treturn \"running\"\n\t\t}\n")
	g.p("\tcase \"running\":\n\t\tswitch event {\n\t\tcase \"done\":\n\t\t\treturn \"finished\"\n\t\tcase \"fail\":\n\t\t\treturn \"failed\"\n\t\tcase \"pause\":\n\t\t\treturn \"paused\"\n\t\t}\n")
	g.p("\tcase \"paused\":\n\t\tif event == \"resume\" {\n\t\t\treturn \"running\"\n\t\t}\n\t}\n\treturn state\n}\n")
}

func (g *gen) fanOut() {
	g.use("sync")
	fn := g.name("parallelSum")
	g.p("// %s sums f over items with up to workers goroutines.\n", fn)
	g.p("func %s(items []int, workers int, f func(int) int) int {\n", fn)
	g.p("\tch := make(chan int)\n\tresults := make(chan int, workers)\n\tvar wg sync.WaitGroup\n")
	g.p("\tfor w := 0; w < workers; w++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tsum := 0\n\t\t\tfor it := range ch {\n\t\t\t\tsum += f(it)\n\t\t\t}\n\t\t\tresults <- sum\n\t\t}()\n\t}\n")
	g.p("\tfor _, it := range items {\n\t\tch <- it\n\t}\n\tclose(ch)\n\twg.Wait()\n\tclose(results)\n")
	g.p("\ttotal := 0\n\tfor s := range results {\n\t\ttotal += s\n\t}\n\treturn total\n}\n")
}
