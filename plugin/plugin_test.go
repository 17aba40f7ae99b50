package plugin_test

import (
	"flag"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/plugin"
)

// build does what golangci-lint does with a module plugin: look it up by
// name, construct it with the settings from .golangci.yml, build analyzers.
func build(t *testing.T, settings any) (*analysis.Analyzer, register.LinterPlugin) {
	t.Helper()
	newPlugin, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		t.Fatalf("New(%v): %v", settings, err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(analyzers) != 1 {
		t.Fatalf("BuildAnalyzers returned %d analyzers, want 1", len(analyzers))
	}
	return analyzers[0], p
}

// flags returns the value of every flag of a.
func flags(a *analysis.Analyzer) map[string]string {
	out := map[string]string{}
	a.Flags.VisitAll(func(f *flag.Flag) { out[f.Name] = f.Value.String() })
	return out
}

// TestSettingsMirrorFlags checks that every analyzer flag is a plugin
// setting under the same name and that every setting is a flag: a new flag
// cannot be forgotten here.
func TestSettingsMirrorFlags(t *testing.T) {
	var settings []string
	for f := range reflect.TypeFor[plugin.Settings]().Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		settings = append(settings, name)
	}
	var names []string
	for name := range flags(analyzer.Analyzer) {
		names = append(names, name)
	}
	slices.Sort(settings)
	slices.Sort(names)
	if diff := cmp.Diff(names, settings); diff != "" {
		t.Errorf("plugin.Settings keys differ from the analyzer's flags (-flags +settings):\n%s", diff)
	}
	// Each setting reaches its flag: set it to a value other than the
	// default and see the flag change.
	values := map[string]any{
		analyzer.FlagChecks: []any{"raw"}, analyzer.FlagRequire: []any{"retry"}, analyzer.FlagSiblings: []any{"auth"},
		analyzer.FlagDefaultSignifiesExhaustive: false, analyzer.FlagREST: false, analyzer.FlagGenerated: true,
		analyzer.FlagTypes: []any{"example.com/x.Code"}, analyzer.FlagFixes: false,
	}
	for _, name := range names {
		value, ok := values[name]
		if !ok {
			t.Errorf("no test value for the setting %s: add one", name)
			continue
		}
		a, _ := build(t, map[string]any{name: value})
		if got, def := flags(a)[name], flags(analyzer.Analyzer)[name]; got == def {
			t.Errorf("setting %s: %v leaves -%s at its default %q", name, value, name, def)
		}
	}
}

func TestDefaults(t *testing.T) {
	want := flags(analyzer.New(analyzer.DefaultConfig()))
	for _, settings := range []any{nil, map[string]any{}} {
		a, p := build(t, settings)
		if a.Name != "statuslint" {
			t.Errorf("analyzer name = %q, want statuslint", a.Name)
		}
		if got := flags(a); !maps.Equal(got, want) {
			t.Errorf("settings %#v: flags = %v, want the defaults %v", settings, got, want)
		}
		if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
			t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
		}
	}
}

func TestSettings(t *testing.T) {
	def := flags(analyzer.New(analyzer.DefaultConfig()))
	for _, tt := range []struct {
		name     string
		settings map[string]any
		flag     string
		want     string
	}{
		// Lists come from golangci-lint's YAML as []any.
		{"checks", map[string]any{"checks": []any{"raw"}}, analyzer.FlagChecks, "raw"},
		{"checks typed", map[string]any{"checks": []string{"switch", "deprecated"}}, analyzer.FlagChecks, "switch,deprecated"},
		{"require", map[string]any{"require": []any{"success", "retry"}}, analyzer.FlagRequire, "success,retry"},
		{"require empty", map[string]any{"require": []any{}}, analyzer.FlagRequire, ""},
		{"siblings", map[string]any{"siblings": []any{"auth"}}, analyzer.FlagSiblings, "auth"},
		{"default-signifies-exhaustive false", map[string]any{"default-signifies-exhaustive": false}, analyzer.FlagDefaultSignifiesExhaustive, "false"},
		{"default-signifies-exhaustive true", map[string]any{"default-signifies-exhaustive": true}, analyzer.FlagDefaultSignifiesExhaustive, "true"},
		{"rest false", map[string]any{"rest": false}, analyzer.FlagREST, "false"},
		{"rest true", map[string]any{"rest": true}, analyzer.FlagREST, "true"},
		{"generated true", map[string]any{"generated": true}, analyzer.FlagGenerated, "true"},
		{"generated false", map[string]any{"generated": false}, analyzer.FlagGenerated, "false"},
		{"types", map[string]any{"types": []any{"example.com/api.Code", "example.com/rest.Status"}}, analyzer.FlagTypes, "example.com/api.Code,example.com/rest.Status"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := build(t, tt.settings)
			got := flags(a)
			if got[tt.flag] != tt.want {
				t.Errorf("-%s = %q, want %q", tt.flag, got[tt.flag], tt.want)
			}
			// Every other flag keeps its default.
			for name, v := range def {
				if name != tt.flag && got[name] != v {
					t.Errorf("-%s = %q, want the default %q", name, got[name], v)
				}
			}
		})
	}
}

func TestBadSettings(t *testing.T) {
	for _, tt := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"unknown key", map[string]any{"checks": []any{"raw"}, "requires": []any{"success"}}, []string{`unknown field "requires"`}},
		{"unknown key alone", map[string]any{"default-signifies-exhaustve": true}, []string{`unknown field "default-signifies-exhaustve"`}},
		{"bad category", map[string]any{"require": []any{"success", "sucess"}}, []string{analyzer.FlagRequire, `"sucess"`}},
		{"bad sibling", map[string]any{"siblings": []any{"unset"}}, []string{analyzer.FlagSiblings, `"unset"`}},
		{"bad check", map[string]any{"checks": []any{"raws"}}, []string{analyzer.FlagChecks, `"raws"`}},
		{"no check", map[string]any{"checks": []any{}}, []string{analyzer.FlagChecks, "no check selected"}},
		{"bad type", map[string]any{"types": []any{"Code"}}, []string{analyzer.FlagTypes, `"Code"`}},
		{"list as string", map[string]any{"checks": "raw"}, []string{"checks"}},
		{"bool as string", map[string]any{"rest": "no"}, []string{"rest"}},
		{"not a map", []any{"raw"}, []string{"decoding settings"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			newPlugin, err := register.GetPlugin("statuslint")
			if err != nil {
				t.Fatal(err)
			}
			p, err := newPlugin(tt.settings)
			if err == nil {
				t.Fatalf("New(%#v) = %v, want an error", tt.settings, p)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("New(%#v) error %q does not mention %s", tt.settings, err, w)
				}
			}
		})
	}
}

// TestFreshAnalyzers checks that each BuildAnalyzers call returns a new
// analyzer: setting one's flags must not change another's configuration.
func TestFreshAnalyzers(t *testing.T) {
	a1, p := build(t, map[string]any{"checks": []any{"raw", "switch"}})
	a2, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if a1 == a2[0] {
		t.Fatal("BuildAnalyzers returned the same analyzer twice")
	}
	if err := a1.Flags.Set(analyzer.FlagChecks, "deprecated"); err != nil {
		t.Fatal(err)
	}
	if got := a2[0].Flags.Lookup(analyzer.FlagChecks).Value.String(); got != "raw,switch" {
		t.Errorf("second analyzer's -checks = %q after setting the first's, want raw,switch", got)
	}
	a3, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if got := a3[0].Flags.Lookup(analyzer.FlagChecks).Value.String(); got != "raw,switch" {
		t.Errorf("third analyzer's -checks = %q, want raw,switch", got)
	}
}

// TestAnalysis runs analyzers built by the plugin on the analyzer's own
// fixtures in the top-level testdata, with the settings that match the
// configurations the analyzer's tests use for them.
func TestAnalysis(t *testing.T) {
	testdata, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		settings map[string]any
		pkgs     []string
	}{
		{nil, []string{"rawalias", "rawimport", "deprecated"}},
		{map[string]any{"checks": []any{"raw"}}, []string{"raw"}},
		{map[string]any{"checks": []any{"unchecked"}}, []string{"unchecked"}},
		{map[string]any{"rest": false}, []string{"restnocontext"}},
	} {
		a, _ := build(t, tt.settings)
		analysistest.Run(t, testdata, a, tt.pkgs...)
	}
}
