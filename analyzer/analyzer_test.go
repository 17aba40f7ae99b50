package analyzer_test

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
)

// testdata is the top-level testdata directory: a GOPATH tree with the
// stand-in SDK and the fixtures.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// withConfig returns an analyzer built from the default configuration
// changed by edit: analyzers with different settings live side by side.
func withConfig(edit func(*analyzer.Config)) *analysis.Analyzer {
	cfg := analyzer.DefaultConfig()
	if edit != nil {
		edit(&cfg)
	}
	return analyzer.New(cfg)
}

func TestRaw(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) { c.Checks = []string{analyzer.CheckRaw} })
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "raw")
}

// TestRawConstants checks the program's own constants used as codes.
func TestRawConstants(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "rawconst")
}

func TestRawImports(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "rawalias", "rawimport")
}

func TestOtherSDKVersion(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "oldsdk")
}

func TestNegative(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "negative")
}

func TestREST(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "rest", "restcodes")
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "restnocontext")
}

func TestRESTOff(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) { c.REST = false })
	analysistest.Run(t, testdata(t), a, "restnocontext")
}

func TestDeprecated(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "deprecated", "deprecateddot")
}

func TestDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "directives")
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "directivesplain")
	raw := withConfig(func(c *analyzer.Config) { c.Checks = []string{analyzer.CheckRaw} })
	analysistest.Run(t, testdata(t), raw, "directivechecks")
}

// TestGenerated checks that generated files are skipped and that their
// literal is no fix target; -generated is covered by TestGeneratedFlag.
func TestGenerated(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "generated")
}

func TestSwitches(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "switches")
}

// TestSwitchDomains checks decisions over a resource's own status, which
// require only the state categories of the status's domain.
func TestSwitchDomains(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "switchdomain")
}

func TestSwitchFlags(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) {
		c.Require = []string{"success", "retry"}
		c.DefaultSignifiesExhaustive = false
		c.Siblings = nil
	})
	analysistest.Run(t, testdata(t), a, "switchflags")
}

// TestFlagsParse sets the same configuration through the analyzer's flags,
// as a driver does.
func TestFlagsParse(t *testing.T) {
	a := withConfig(nil)
	for name, value := range map[string]string{
		analyzer.FlagRequire:                    "success, retry",
		analyzer.FlagDefaultSignifiesExhaustive: "false",
		analyzer.FlagSiblings:                   "",
	} {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatalf("-%s=%s: %v", name, value, err)
		}
	}
	analysistest.Run(t, testdata(t), a, "switchflags")
	// The default analyzer is untouched by another analyzer's flags.
	if got := analyzer.Analyzer.Flags.Lookup(analyzer.FlagSiblings).Value.String(); got != "retry,pending" {
		t.Errorf("default -siblings = %q, want retry,pending", got)
	}
}

func TestBadFlags(t *testing.T) {
	for name, value := range map[string]string{
		analyzer.FlagRequire:  "success,throttled",
		analyzer.FlagSiblings: "unset",
		analyzer.FlagChecks:   "raw,style",
		analyzer.FlagTypes:    "NoDot",
	} {
		a := withConfig(nil)
		err := a.Flags.Set(name, value)
		if err == nil {
			t.Errorf("-%s=%s: no error", name, value)
			continue
		}
		if strings.HasPrefix(err.Error(), "-"+name) {
			t.Errorf("-%s=%s: error %q repeats the flag name", name, value, err)
		}
	}
	cfg := analyzer.DefaultConfig()
	cfg.Checks = []string{"bogus"}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), `unknown check "bogus"`) {
		t.Errorf("Validate: %v", err)
	}
}

// TestChecksOff checks that -checks selects families: with raw alone, the
// switches fixture's switch findings are gone, and an empty -checks, which
// would silently check nothing, is an error.
func TestChecksOff(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) { c.Checks = []string{analyzer.CheckRaw} })
	results := analysistest.Run(ignoreWants{t}, testdata(t), a, "switches")
	n := 0
	for _, r := range results {
		n += len(r.Diagnostics)
		for _, d := range r.Diagnostics {
			if d.Category != analyzer.CheckRaw {
				t.Errorf("-checks=raw reported a %s finding: %s", d.Category, d.Message)
			}
		}
	}
	if n == 0 {
		t.Errorf("-checks=raw reported nothing on the switches fixture, which has raw case values")
	}
	if err := withConfig(nil).Flags.Set(analyzer.FlagChecks, ""); err == nil || !strings.Contains(err.Error(), "no check selected") {
		t.Errorf("-checks= (empty): error %v, want one saying no check is selected", err)
	}
	cfg := analyzer.DefaultConfig()
	cfg.Checks = nil
	if err := cfg.Validate(); err == nil {
		t.Errorf("Config{Checks: nil}.Validate() = nil, want an error")
	}
}

// ignoreWants is a testing.T for tests that count findings themselves:
// it drops analysistest's complaints that findings and // want comments do
// not match, and passes every other error on (a fixture that fails to
// load, a pattern that matches nothing), so that such a test cannot pass
// on nothing.
type ignoreWants struct{ *testing.T }

func (t ignoreWants) Errorf(format string, args ...any) {
	switch format {
	case "%v: unexpected %s: %v", "%v: %s %q does not match pattern %s":
		return
	case "%s":
		if len(args) == 1 && strings.Contains(fmt.Sprint(args[0]), " was reported matching ") {
			return
		}
	}
	t.T.Helper()
	t.T.Errorf(format, args...)
}

func TestUserTypes(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) { c.Types = []string{"usertypes/mycodes.Code"} })
	analysistest.Run(t, testdata(t), a, "usertypes")
}

func TestGeneratedFlag(t *testing.T) {
	a := withConfig(func(c *analyzer.Config) { c.Generated = true })
	analysistest.Run(t, testdata(t), a, "generatedflag")
	// Without the flag the file is skipped.
	results := analysistest.Run(ignoreWants{t}, testdata(t), analyzer.Analyzer, "generatedflag")
	for _, r := range results {
		if n := len(r.Diagnostics); n != 0 {
			t.Errorf("%d diagnostics in a generated file without -generated", n)
		}
	}
}

func TestGuards(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "guards")
}

func TestChains(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "chains")
}

func TestRESTPrecision(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "restprecision", "restctx", "arith")
}

// TestPositionOrder checks that findings reach the driver in position order
// within each file, whichever check found them first: a switch's findings on
// its case lines come after a raw value earlier on the same line, not
// before.
func TestPositionOrder(t *testing.T) {
	results := analysistest.Run(t, testdata(t), analyzer.Analyzer, "switches", "rest", "directives")
	n := 0
	for _, r := range results {
		var last token.Position
		for _, d := range r.Diagnostics {
			n++
			pos := r.Pass.Fset.Position(d.Pos)
			if pos.Filename == last.Filename && (pos.Line < last.Line || pos.Line == last.Line && pos.Column < last.Column) {
				t.Errorf("%s reported after %s", pos, last)
			}
			last = pos
		}
	}
	if n < 10 {
		t.Fatalf("only %d findings: the test checks too little", n)
	}
}

func TestUnchecked(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "unchecked", "uncheckedoneline", "uncheckedflow")
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "uncheckedrest", "uncheckedrestnoctx", "uncheckedrestvia")
}

// TestTestVariant checks that a file checked alone and with its package's
// tests gets the same fix in both: an added import takes a name free in the
// test variant too (a_test.go declares func status).
func TestTestVariant(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "testvariant")
}

// TestUncheckedSources checks the response sources beyond the SDK's
// client: wrappers known by their facts across packages, mirror
// interfaces, func values, generic helpers and REST wrappers.
func TestUncheckedSources(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "uncheckedwrap", "uncheckedwrap/fields")
	// lib's wrappers: the facts that statuslint's facts analyzer exports
	// for them, and no finding of statuslint's own.
	var facts *analysis.Analyzer
	for _, req := range analyzer.Analyzer.Requires {
		if len(req.FactTypes) > 0 {
			facts = req
		}
	}
	if facts == nil {
		t.Fatal("no prerequisite of statuslint has facts")
	}
	analysistest.Run(t, testdata(t), facts, "uncheckedwrap/lib")
	analysistest.Run(ignoreFactWants{t}, testdata(t), analyzer.Analyzer, "uncheckedwrap/lib")
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "uncheckedwrapnoctx")
}

// ignoreFactWants passes analysistest's errors on, but for the facts it
// expects: for a run of statuslint itself, whose facts are its
// prerequisite's.
type ignoreFactWants struct{ *testing.T }

func (t ignoreFactWants) Errorf(format string, args ...any) {
	t.T.Helper()
	if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, ": no fact was reported matching ") {
		t.T.Errorf("%s", msg)
	}
}

// TestDoc checks the analyzer's Doc, which comes from doc.go's package
// comment: a first line of at most 60 letters, lower case, without a
// period, as go/analysis asks, and a word on every family.
func TestDoc(t *testing.T) {
	doc := analyzer.Analyzer.Doc
	first, rest, _ := strings.Cut(doc, "\n")
	if len(first) > 60 || strings.HasSuffix(first, ".") || strings.ToLower(first[:1]) != first[:1] {
		t.Errorf("Doc's first line %q: want at most 60 letters, lower case, no period", first)
	}
	for _, family := range append(analyzer.Families(), analyzer.CheckDirective) {
		if !strings.Contains(rest, "\n"+family+": ") {
			t.Errorf("Doc does not describe the %s family", family)
		}
	}
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "// statuslint: "+first+"\n") {
		t.Errorf("Doc's first line %q is not doc.go's summary line", first)
	}
}

// TestTopLevelVendor checks an SDK vendored at the top of a GOPATH, whose
// package path starts with vendor/: its types and constants are the SDK's.
func TestTopLevelVendor(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, filepath.Join(testdata(t), "vendored"), analyzer.Analyzer, "app")
}

// TestFamiliesAlone runs each family alone over the fixtures: it reports
// its own findings and directive findings, never another family's, and it
// reports something, so that the test cannot pass on nothing.
func TestFamiliesAlone(t *testing.T) {
	fixtures := []string{"raw", "switches", "deprecated", "unchecked", "uncheckedflow", "uncheckedrest", "rest", "guards", "chains"}
	for _, family := range analyzer.Families() {
		t.Run(family, func(t *testing.T) {
			a := withConfig(func(c *analyzer.Config) { c.Checks = []string{family} })
			own := 0
			for _, r := range analysistest.Run(ignoreWants{t}, testdata(t), a, fixtures...) {
				for _, d := range r.Diagnostics {
					switch d.Category {
					case family:
						own++
					case analyzer.CheckDirective:
					default:
						t.Errorf("-checks=%s reported a %s finding: %s", family, d.Category, d.Message)
					}
				}
			}
			if own == 0 {
				t.Errorf("-checks=%s reported nothing of its own on %v", family, fixtures)
			}
		})
	}
}

// TestConfigErrorOnce checks that a configuration the flags did not
// validate (set in code, as the plugin does) fails statuslint's pass with
// what is wrong, and only statuslint's: its facts analyzer, which runs
// first, leaves the word to it, so the driver prints the error once and no
// "failed prerequisites".
func TestConfigErrorOnce(t *testing.T) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: testdata(t) + "/src/raw",
		Env: append(os.Environ(), "GOPATH="+testdata(t), "GO111MODULE=off", "GOFLAGS=", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("loading testdata/src/raw: %v", err)
	}
	bad := analyzer.DefaultConfig()
	bad.Checks = []string{"bogus"}
	a := analyzer.New(bad)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	failed := 0
	for act := range graph.All() {
		switch {
		case act.Err == nil:
		case act.Analyzer == a && strings.Contains(act.Err.Error(), `unknown check "bogus"`):
			failed++
		default:
			t.Errorf("%s: %v", act, act.Err)
		}
	}
	if failed != 1 {
		t.Errorf("statuslint failed %d times with the configuration's error, want once", failed)
	}
}

// TestOwnCodesPackage checks that the project's own codes package, whose
// table is all raw values, is skipped with its tests, the external
// codes_test package included.
func TestOwnCodesPackage(t *testing.T) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: true, Dir: ".."}
	pkgs, err := packages.Load(cfg, "./codes")
	if err != nil || packages.PrintErrors(pkgs) > 0 || len(pkgs) < 3 {
		t.Fatalf("loading ./codes with its tests: %v (%d packages)", err, len(pkgs))
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Analyzer != analyzer.Analyzer {
			continue
		}
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.ID, act.Err)
		}
		for _, d := range act.Diagnostics {
			t.Errorf("%s: %s: %s", act.Package.ID, act.Package.Fset.Position(d.Pos), d.Message)
		}
	}
}

// TestFixesOff checks Config.Fixes: off, as the statuslint command runs
// without -fix and -json, every fixture reports what its // want comments
// expect, no finding carries a fix, and the findings are those of a run
// with fixes, position, family and message alike.
func TestFixesOff(t *testing.T) {
	fixtures := []string{
		"rawconst", "rawalias", "rawimport", "oldsdk", "negative", "rest", "restcodes", "restnocontext",
		"deprecated", "deprecateddot", "directives", "directivesplain", "generated", "switches", "switchdomain",
		"guards", "chains", "restprecision", "restctx", "arith", "unchecked", "uncheckedoneline", "uncheckedflow",
		"uncheckedrest", "uncheckedrestnoctx", "uncheckedrestvia", "testvariant", "uncheckedwrap",
		"uncheckedwrap/fields", "uncheckedwrapnoctx",
	}
	// findings lists a run's findings and counts their fixes.
	findings := func(a *analysis.Analyzer) (list []string, fixes int) {
		for _, r := range analysistest.Run(t, testdata(t), a, fixtures...) {
			for _, d := range r.Diagnostics {
				list = append(list, fmt.Sprintf("%s: %s (%s)", r.Pass.Fset.Position(d.Pos), d.Message, d.Category))
				fixes += len(d.SuggestedFixes)
			}
		}
		return list, fixes
	}
	with, withFixes := findings(analyzer.Analyzer)
	without, withoutFixes := findings(withConfig(func(c *analyzer.Config) { c.Fixes = false }))
	if withFixes < 50 {
		t.Errorf("the fixtures' findings carry %d fixes with Fixes on: the test compares too little", withFixes)
	}
	if withoutFixes != 0 {
		t.Errorf("with Fixes off, %d fixes were built", withoutFixes)
	}
	if diff := cmp.Diff(with, without); diff != "" {
		t.Errorf("findings differ with Fixes off (-on +off):\n%s", diff)
	}
}
