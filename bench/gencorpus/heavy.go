package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/statuslint/statuslint/codes"
)

// The heavy shape is a code-heavy client of the API in which every function
// handles statuses (issue #22's benchmark): functions that make several SDK
// calls each, the responses' statuses checked in the usual ways (a
// comparison, a helper, a switch, a partial batch let through) and about
// one in 16 never checked; status switches and comparisons as in the mixed
// shape; and the code that sits between the client and its callers (issue
// #18), so that the benchmark pays for following responses through it:
//
//   - pass-through wrappers, functions and methods that return an SDK
//     response unread, declared in client.go (exported, and called from the
//     packages that import this one) and next to their callers;
//   - Predictor, an interface that mirrors some V2Client methods (same names
//     and signatures as the stand-in SDK's), and calls through it;
//   - function values: a local variable and a struct field set to client
//     methods;
//   - Must, a generic helper applied to SDK calls.
//
// The responses of wrappers, interface methods, function values and Must
// are checked, or not, at the same rates as direct calls.

// resp is a kind of SDK response and what user code reads from it.
type resp struct {
	typ   string // type name in package api
	items string // repeated field of items with a status of their own, or ""
	field string // otherwise the getter chain code reads, as in r.GetModel().GetName()
}

var (
	outputsResp = resp{typ: "MultiOutputResponse", items: "Outputs"}
	inputsResp  = resp{typ: "MultiInputResponse", items: "Inputs"}
	modelResp   = resp{typ: "SingleModelResponse", field: "GetModel().GetName()"}
	versionResp = resp{typ: "SingleModelVersionResponse", field: "GetModelVersion().GetId()"}
	inputResp   = resp{typ: "SingleInputResponse", field: "GetInput().GetId()"}
	conceptResp = resp{typ: "MultiConceptResponse", field: "GetConcepts()"}
)

// sdkMethod is a V2Client method and how to build its request from the
// function's parameters (ctx, id string, urls []string, page uint32).
type sdkMethod struct {
	name  string
	req   string // the request literal, with %[1]s for the api package's name
	resp  resp
	iface bool // mirrored by Predictor
}

// sdkMethods lists first the methods that Predictor mirrors.
var sdkMethods = []sdkMethod{
	{"PostModelOutputs", "&%[1]s.PostModelOutputsRequest{ModelId: id, Inputs: urlInputs(urls)}", outputsResp, true},
	{"PostInputs", "&%[1]s.PostInputsRequest{Inputs: urlInputs(urls)}", inputsResp, true},
	{"GetModel", "&%[1]s.GetModelRequest{ModelId: id}", modelResp, true},
	{"GetModelVersion", "&%[1]s.GetModelVersionRequest{ModelId: id, VersionId: \"latest\"}", versionResp, false},
	{"GetInput", "&%[1]s.GetInputRequest{InputId: id}", inputResp, false},
	{"ListInputs", "&%[1]s.ListInputsRequest{Page: page, PerPage: 100}", inputsResp, false},
	{"ListConcepts", "&%[1]s.ListConceptsRequest{}", conceptResp, false},
	{"PostModelVersions", "&%[1]s.PostModelVersionsRequest{ModelId: id}", modelResp, false},
}

// wrapper is a pass-through that returns an SDK response unread; call is
// the call expression in a method of Client, with %[1]s for the api
// package's name.
type wrapper struct {
	call string
	resp resp
	pkg  string // the package that declares it, to import from other packages
}

// heavyParams are the parameters of every function of the heavy shape that
// calls the SDK.
const heavyParams = "ctx context.Context, id string, urls []string, page uint32"

// sdkCall matches a call of a V2Client method, directly, through an
// interface or through Client's func field, for the count that gencorpus
// prints; calls through method values in local variables are counted as
// they are written.
var sdkCall = regexp.MustCompile(`\.(PostModelOutputs|PostInputs|GetModel|GetModelVersion|GetInput|ListInputs|DeleteInputs|PostModelVersions|ListConcepts|listInputs)\(ctx\b`)

// checkMirror makes sure that Predictor's methods have the names and
// signatures of the stand-in SDK's V2Client methods, as issue #18's client
// interfaces do: if the SDK under sdk changes them, Predictor must follow.
func checkMirror(sdk string) error {
	path := filepath.Join(sdk, "proto", "clarifai", "api", "api.go")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, m := range sdkMethods {
		sig := fmt.Sprintf("\t%s(ctx context.Context, in *%sRequest) (*%s, error)\n", m.name, m.name, m.resp.typ)
		if !strings.Contains(string(data), sig) {
			return fmt.Errorf("%s: V2Client has no method %q: update bench/gencorpus/heavy.go", path, strings.TrimSpace(sig))
		}
	}
	return nil
}

// heavyClientFile writes client.go of a package of the heavy shape: the
// Client, the Predictor interface, the helpers (checkStatus, Must,
// urlInputs) and the exported pass-through wrappers that other packages
// call.
func (g *gen) heavyClientFile(deps []string) []byte {
	g.begin()
	g.st, g.api = "status", "api"
	for _, p := range []string{"context", "errors", "strings", apiPath, statusPath} {
		g.use(p)
	}
	g.p("// Predictor is the part of the API client that this package's tests fake.\n")
	g.p("type Predictor interface {\n")
	for _, m := range sdkMethods {
		if m.iface {
			g.p("\t%s(ctx context.Context, in *api.%sRequest) (*api.%s, error)\n", m.name, m.name, m.resp.typ)
		}
	}
	g.p("}\n\n")
	g.p("// Client wraps the Clarifai API client for this package.\n")
	g.p("type Client struct {\n\tv2 api.V2Client\n\tpred Predictor\n")
	g.p("\tlistInputs func(ctx context.Context, in *api.ListInputsRequest) (*api.MultiInputResponse, error)\n")
	g.p("\tappID string\n\tlog func(format string, args ...any)\n}\n\n")
	g.p("// NewClient returns a Client that calls v2.\n")
	g.p("func NewClient(v2 api.V2Client, appID string) *Client {\n")
	g.p("\treturn &Client{v2: v2, pred: v2, listInputs: v2.ListInputs, appID: appID, log: func(string, ...any) {}}\n}\n\n")
	g.p("var errRetry = errors.New(\"clarifai: busy, try again later\")\n\n")
	g.p("// checkStatus is the API's verdict on a call as an error.\nfunc checkStatus(st *status.Status) error {\n\tif st.GetCode() != status.StatusCode_SUCCESS {\n\t\treturn errors.New(st.GetDescription())\n\t}\n\treturn nil\n}\n\n")
	g.p("// Must returns v, and panics if err is not nil.\nfunc Must[T any](v T, err error) T {\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn v\n}\n\n")
	g.p("// urlInputs makes an image input of each URL.\nfunc urlInputs(urls []string) []*api.Input {\n\tins := make([]*api.Input, 0, len(urls))\n")
	g.p("\tfor _, u := range urls {\n\t\tins = append(ins, &api.Input{Data: &api.Data{Image: &api.Image{Url: u}}})\n\t}\n\treturn ins\n}\n\n")

	// Exported pass-throughs: a method, a function and a method through the
	// func field; callers here and in the importing packages check.
	g.p("// Predict runs the model on the images at urls; the caller checks the status.\n")
	g.p("func (c *Client) Predict(ctx context.Context, id string, urls []string) (*api.MultiOutputResponse, error) {\n")
	g.p("\treturn c.v2.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: id, Inputs: urlInputs(urls)})\n}\n\n")
	g.p("// FetchModel gets the model; the caller checks the status.\n")
	g.p("func FetchModel(ctx context.Context, v2 api.V2Client, id string) (*api.SingleModelResponse, error) {\n")
	g.p("\tresp, err := v2.GetModel(ctx, &api.GetModelRequest{ModelId: id})\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn resp, nil\n}\n\n")
	g.p("// Inputs lists a page of the app's inputs; the caller checks the status.\n")
	g.p("func (c *Client) Inputs(ctx context.Context, page uint32) (*api.MultiInputResponse, error) {\n")
	g.p("\treturn c.listInputs(ctx, &api.ListInputsRequest{Page: page, PerPage: 100})\n}\n\n")

	g.version(deps)

	// The package's own exported wrappers, and those of its imports.
	g.wrappers = g.wrappers[:0]
	for _, pkg := range append([]string{""}, deps...) {
		q, client := "", "c"
		if pkg != "" {
			q, client = pkg+".", pkg+".NewClient(c.v2, c.appID)"
		}
		g.wrappers = append(g.wrappers,
			wrapper{client + ".Predict(ctx, id, urls)", outputsResp, pkg},
			wrapper{q + "FetchModel(ctx, c.v2, id)", modelResp, pkg},
			wrapper{client + ".Inputs(ctx, page)", inputsResp, pkg})
	}
	return g.finish(fmt.Sprintf("// Package %s is generated by statuslint's bench/gencorpus (heavy shape).\n", g.pkg))
}

// heavyFile writes a file of about nfuncs functions of the heavy shape.
func (g *gen) heavyFile(nfuncs int) []byte {
	g.begin()
	for n := 0; n < nfuncs; {
		switch r := g.rng.Float64(); {
		case r < 0.155:
			g.multiCall()
			n++
		case r < 0.29:
			g.wrapperPair()
			n += 2
		case r < 0.31:
			callTemplates[g.rng.IntN(len(callTemplates))](g)
			n++
		default:
			heavyStatusTemplates[g.rng.IntN(len(heavyStatusTemplates))](g)
			n++
		}
		g.p("\n")
	}
	return g.finish("")
}

// heavyStatusTemplates handle status codes without an SDK call of their
// own, or with one (predict, waitModel, postInputs); a template listed
// twice is drawn twice as often.
var heavyStatusTemplates = []func(*gen){
	(*gen).predict,
	(*gen).predict,
	(*gen).postInputs,
	(*gen).postInputs,
	(*gen).waitModel,
	(*gen).classify,
	(*gen).classify,
	(*gen).tally,
	(*gen).describeChain,
	(*gen).describeChain,
	(*gen).buildStatus,
	(*gen).retryTable,
	(*gen).codeInts,
	(*gen).codeInts,
	(*gen).isRetryable,
	(*gen).isRetryable,
}

// isRetryable is a one-line predicate over codes, an || chain.
func (g *gen) isRetryable() {
	g.use(statusPath)
	fn := g.name("isRetryable")
	cs := g.pickN(codes.CategoryRetry, 2+g.rng.IntN(2), map[int32]bool{})
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = "code == " + g.ref(c)
	}
	g.p("// %s reports whether code is worth another attempt.\n", fn)
	g.p("func %s(code %s.StatusCode) bool {\n\treturn %s\n}\n", fn, g.st, strings.Join(parts, " || "))
}

// multiCall writes a method of Client that makes two to four calls that
// return a response, from any source.
func (g *gen) multiCall() {
	g.use("context")
	fn := g.name("process")
	ncalls := 2 + g.rng.IntN(3)
	g.p("// %s makes %d calls to the API and adds up what they return.\n", fn, ncalls)
	g.p("func (c *Client) %s(%s) (int, error) {\n\tn := 0\n", fn, heavyParams)
	for range ncalls {
		g.callBlock()
	}
	g.p("\treturn n, nil\n}\n")
}

// wrapperPair writes an unexported pass-through and a caller of it.
func (g *gen) wrapperPair() {
	g.use("context")
	g.use(apiPath)
	m := sdkMethods[g.rng.IntN(len(sdkMethods))]
	kind := g.rng.IntN(3) // 0: a method, 1: a function, 2: a method through Predictor
	if kind == 2 && !m.iface {
		m = sdkMethods[0]
	}
	fn := g.name("call" + m.name)
	g.p("// %s calls %s; the caller checks the status.\n", fn, m.name)
	switch kind {
	case 0:
		g.p("func (c *Client) %s(%s) (*%s.%s, error) {\n", fn, heavyParams, g.api, m.resp.typ)
		g.p("\treturn c.v2.%s(ctx, %s)\n}\n\n", m.name, fmt.Sprintf(m.req, g.api))
		g.wrappers = append(g.wrappers, wrapper{"c." + fn + "(ctx, id, urls, page)", m.resp, ""})
	case 1:
		g.use("fmt")
		g.p("func %s(%s, v2 %s.V2Client) (*%s.%s, error) {\n", fn, heavyParams, g.api, g.api, m.resp.typ)
		g.p("\tresp, err := v2.%s(ctx, %s)\n", m.name, fmt.Sprintf(m.req, g.api))
		g.p("\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"%s %%s: %%w\", id, err)\n\t}\n\treturn resp, nil\n}\n\n", m.name)
		g.wrappers = append(g.wrappers, wrapper{fn + "(ctx, id, urls, page, c.v2)", m.resp, ""})
	default:
		g.p("func (c *Client) %s(%s) (*%s.%s, error) {\n", fn, heavyParams, g.api, m.resp.typ)
		g.p("\treturn c.pred.%s(ctx, %s)\n}\n\n", m.name, fmt.Sprintf(m.req, g.api))
		g.wrappers = append(g.wrappers, wrapper{"c." + fn + "(ctx, id, urls, page)", m.resp, ""})
	}
	w := g.wrappers[len(g.wrappers)-1]
	caller := g.name("use" + m.name)
	g.p("// %s reads what %s returns.\n", caller, fn)
	g.p("func (c *Client) %s(%s) (int, error) {\n\tn := 0\n", caller, heavyParams)
	g.handle(w.call, true, w.resp)
	g.p("\treturn n, nil\n}\n")
}

// callBlock writes, in a function returning (int, error) with n counting,
// one call that returns a response and what becomes of it: a direct SDK
// call about half of the time, otherwise through the interface, a function
// value, Must or a pass-through of this package or an imported one.
func (g *gen) callBlock() {
	r := g.rng.Float64()
	if r < 0.20 && len(g.wrappers) > 0 {
		w := g.wrappers[g.rng.IntN(len(g.wrappers))]
		if w.pkg != "" {
			g.use("example.com/corpus/pkg/" + w.pkg)
		}
		g.handle(w.call, true, w.resp)
		return
	}
	g.use(apiPath)
	m := sdkMethods[g.rng.IntN(len(sdkMethods))]
	if r < 0.34 {
		m = sdkMethods[g.rng.IntN(3)] // one that Predictor mirrors
	}
	req := fmt.Sprintf(m.req, g.api)
	switch {
	case r < 0.34: // through the narrow interface
		g.handle("c.pred."+m.name+"(ctx, "+req+")", true, m.resp)
	case r < 0.37: // the func field
		g.handle("c.listInputs(ctx, "+fmt.Sprintf(sdkMethods[5].req, g.api)+")", true, sdkMethods[5].resp)
	case r < 0.40: // a method value in a local variable
		v := g.name(strings.ToLower(m.name[:1]) + m.name[1:])
		g.p("\t%s := c.v2.%s\n", v, m.name)
		g.valueCalls++
		g.handle(v+"(ctx, "+req+")", true, m.resp)
	case r < 0.48:
		g.handle("Must(c.v2."+m.name+"(ctx, "+req+"))", false, m.resp)
	default:
		g.handle("c.v2."+m.name+"(ctx, "+req+")", true, m.resp)
	}
}

// handle writes the call, the check of its response's status (or, about
// one time in 16, none) and a use of what it returned.
func (g *gen) handle(call string, withErr bool, rs resp) {
	r := g.name("r")
	success := code{"SUCCESS", 10000, codes.CategorySuccess}
	partial := false
	k := g.rng.IntN(8) // 0-1 with the error, 2 a comparison, 3-4 checkStatus, 5 a switch, 6-7 a partial batch
	if k >= 6 && rs.items == "" {
		k = 0 // no batch: with the error
	}
	unchecked := g.chance(g.unchecked)
	switch {
	case withErr && k < 2 && !unchecked:
		// The error and the status in one test.
		g.use("fmt")
		g.p("\t%s, err := %s\n\tif err != nil || %s != %s {\n\t\treturn n, fmt.Errorf(\"%s: %%v, %%s\", err, %s.GetStatus().GetDescription())\n\t}\n",
			r, call, g.getCode(r), g.refDep(success), r, r)
		k = -1
	case withErr:
		g.p("\t%s, err := %s\n\tif err != nil {\n\t\treturn n, err\n\t}\n", r, call)
	default:
		g.p("\t%s := %s\n", r, call)
	}
	switch {
	case unchecked || k < 0:
		// never checked, or checked with the error
	case k < 3:
		g.use("fmt")
		g.p("\tif %s != %s {\n\t\treturn n, fmt.Errorf(\"%s: %%s\", %s.GetStatus().GetDescription())\n\t}\n",
			g.getCode(r), g.refDep(success), r, r)
	case k < 5:
		g.p("\tif err := checkStatus(%s.GetStatus()); err != nil {\n\t\treturn n, err\n\t}\n", r)
	case k < 6:
		g.use("fmt")
		seen := map[int32]bool{10000: true}
		g.p("\tswitch %s {\n\tcase %s:\n", g.getCode(r), g.ref(success))
		g.p("\tcase %s:\n\t\treturn n, errRetry\n", g.refs(g.pickN(codes.CategoryRetry, 1+g.rng.IntN(3), seen)))
		if g.chance(0.4) {
			g.p("\tcase %s:\n\t\treturn n, fmt.Errorf(\"%s: check the API key\")\n", g.refs(g.pickN(codes.CategoryAuth, 1+g.rng.IntN(2), seen)), r)
		}
		g.p("\tdefault:\n\t\treturn n, fmt.Errorf(\"%s: %%v\", %s.GetStatus().GetCode())\n\t}\n", r, r)
	default:
		// A partial batch let through, through a local variable.
		partial = true
		g.use("fmt")
		mixed := code{"MIXED_STATUS", 10010, codes.CategoryPartial}
		g.p("\tif code := %s; code != %s && code != %s {\n\t\treturn n, fmt.Errorf(\"%s: %%v\", code)\n\t}\n",
			g.getCode(r), g.ref(success), g.ref(mixed), r)
	}
	if rs.items == "" {
		g.p("\tn += len(%s.%s)\n", r, rs.field)
		return
	}
	if !partial && g.chance(0.7) {
		g.p("\tn += len(%s.%s)\n", r, rs.items)
		return
	}
	g.p("\tfor _, it := range %s.%s {\n", r, rs.items)
	if partial && !g.chance(g.unchecked) {
		ok := success
		if rs.items == "Inputs" {
			ok = code{"INPUT_SUCCESS", 30000, codes.CategorySuccess}
		}
		g.p("\t\tif it.GetStatus().GetCode() != %s {\n\t\t\tcontinue\n\t\t}\n", g.ref(ok))
	}
	g.p("\t\tn += len(it.Id)\n\t}\n")
}
