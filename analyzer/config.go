package analyzer

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/codes"
)

// Flag names, exported so that other drivers (the golangci-lint plugin) can
// map their settings onto them.
const (
	FlagChecks                     = "checks"
	FlagRequire                    = "require"
	FlagSiblings                   = "siblings"
	FlagDefaultSignifiesExhaustive = "default-signifies-exhaustive"
	FlagREST                       = "rest"
	FlagGenerated                  = "generated"
	FlagTypes                      = "types"
	FlagFixes                      = "fixes"
)

// The diagnostic families, as -checks and //statuslint:ignore name them and
// as Diagnostic.Category reports them. Directive findings (malformed or
// unused //statuslint: comments) are always on.
const (
	CheckRaw        = "raw"
	CheckSwitch     = "switch"
	CheckDeprecated = "deprecated"
	CheckUnchecked  = "unchecked"
	CheckDirective  = "directive"
)

// Config is the analyzer's configuration. The zero Config is not the
// default: start from DefaultConfig.
type Config struct {
	// Checks are the diagnostic families to report: raw, switch,
	// deprecated, unchecked; at least one.
	Checks []string
	// Require are the categories a switch without default must handle.
	Require []string
	// Siblings are the categories whose (family, category) groups a switch
	// must handle whole once it handles one of their codes.
	Siblings []string
	// DefaultSignifiesExhaustive makes a default clause count as handling
	// every category.
	DefaultSignifiesExhaustive bool
	// REST enables the heuristic for X.Status.Code fields of integer type on
	// the user's own structs, in packages with Clarifai context.
	REST bool
	// Generated analyzes generated files too.
	Generated bool
	// Types are further status-code types, as importpath.Name.
	Types []string
	// Fixes builds each finding's suggested fix. A driver that neither
	// applies nor shows fixes (the statuslint command without -fix or
	// -json) turns it off: the findings are the same, without the work of
	// writing their edits.
	Fixes bool

	// indexAll judges every function's responses on its uses index, never
	// on allReadNext's shortcut: for the test that checks both agree.
	indexAll bool
}

// DefaultConfig returns the configuration the statuslint command runs with.
func DefaultConfig() Config {
	var require []string
	for _, c := range codes.Categories() {
		require = append(require, c.String())
	}
	return Config{
		Checks:                     Families(),
		Require:                    require,
		Siblings:                   []string{codes.CategoryRetry.String(), codes.CategoryPending.String()},
		DefaultSignifiesExhaustive: true,
		REST:                       true,
		Fixes:                      true,
	}
}

// Validate reports the first invalid setting.
func (c Config) Validate() error {
	_, err := c.compile()
	return err
}

// settings is a Config checked and turned into the forms run needs.
type settings struct {
	checks                     checkSet
	require, siblings          categorySet
	defaultSignifiesExhaustive bool
	rest, generated            bool
	buildFixes                 bool
	indexAll                   bool
	types                      map[typeName]bool
}

// typeName identifies a named type by package path and name.
type typeName struct{ path, name string }

// categorySet is a set of categories, one bit each.
type categorySet uint32

func (s categorySet) has(c codes.Category) bool { return s&(1<<c) != 0 }

func (c Config) compile() (*settings, error) {
	s := &settings{
		defaultSignifiesExhaustive: c.DefaultSignifiesExhaustive,
		rest:                       c.REST,
		generated:                  c.Generated,
		buildFixes:                 c.Fixes,
		indexAll:                   c.indexAll,
	}
	for _, name := range c.Checks {
		k, ok := parseCheck(name)
		if !ok {
			return nil, fmt.Errorf("-%s: unknown check %q (want %s)", FlagChecks, name, strings.Join(Families(), ", "))
		}
		s.checks |= 1 << k
	}
	if s.checks == 0 {
		return nil, fmt.Errorf("-%s: no check selected (want one or more of %s)", FlagChecks, strings.Join(Families(), ", "))
	}
	var err error
	if s.require, err = parseCategories(FlagRequire, c.Require); err != nil {
		return nil, err
	}
	if s.siblings, err = parseCategories(FlagSiblings, c.Siblings); err != nil {
		return nil, err
	}
	for _, t := range c.Types {
		dot := strings.LastIndexByte(t, '.')
		if dot <= 0 || dot == len(t)-1 || strings.ContainsAny(t[dot+1:], "/ ") {
			return nil, fmt.Errorf("-%s: %q is not importpath.TypeName", FlagTypes, t)
		}
		if s.types == nil {
			s.types = map[typeName]bool{}
		}
		s.types[typeName{t[:dot], t[dot+1:]}] = true
	}
	return s, nil
}

func parseCategories(flagName string, names []string) (categorySet, error) {
	var set categorySet
	for _, name := range names {
		c, ok := codes.ParseCategory(name)
		if !ok || c == codes.CategoryUnset {
			var valid []string
			for _, c := range codes.Categories() {
				valid = append(valid, c.String())
			}
			return 0, fmt.Errorf("-%s: unknown category %q (want %s)", flagName, name, strings.Join(valid, ", "))
		}
		set |= 1 << c
	}
	return set, nil
}

// listFlag is a comma-separated list flag that validates each value as it
// is set, so that a bad value fails flag parsing with a clear message.
type listFlag struct {
	name  string
	list  *[]string
	check func([]string) error
}

func (f listFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f listFlag) Set(s string) error {
	var list []string
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			list = append(list, item)
		}
	}
	if err := f.check(list); err != nil {
		// The flag package names the flag already.
		return errors.New(strings.TrimPrefix(err.Error(), "-"+f.name+": "))
	}
	*f.list = list
	return nil
}

// bindFlags defines the analyzer's flags on fs, writing to cfg.
func bindFlags(fs *flag.FlagSet, cfg *Config) {
	validate := func(set func(*Config, []string)) func([]string) error {
		return func(list []string) error {
			probe := *cfg
			set(&probe, list)
			return probe.Validate()
		}
	}
	fs.Var(listFlag{FlagChecks, &cfg.Checks, validate(func(c *Config, l []string) { c.Checks = l })}, FlagChecks,
		"comma-separated diagnostic families to report: "+strings.Join(Families(), ", "))
	fs.Var(listFlag{FlagRequire, &cfg.Require, validate(func(c *Config, l []string) { c.Require = l })}, FlagRequire,
		"comma-separated categories a switch without default must handle")
	fs.Var(listFlag{FlagSiblings, &cfg.Siblings, validate(func(c *Config, l []string) { c.Siblings = l })}, FlagSiblings,
		"comma-separated categories whose (family, category) groups a switch must handle whole")
	fs.BoolVar(&cfg.DefaultSignifiesExhaustive, FlagDefaultSignifiesExhaustive, cfg.DefaultSignifiesExhaustive,
		"a default clause handles every category")
	fs.BoolVar(&cfg.REST, FlagREST, cfg.REST,
		"check X.Status.Code integer fields of your own structs in packages with Clarifai context")
	fs.BoolVar(&cfg.Generated, FlagGenerated, cfg.Generated, "analyze generated files too")
	fs.Var(listFlag{FlagTypes, &cfg.Types, validate(func(c *Config, l []string) { c.Types = l })}, FlagTypes,
		"comma-separated further status-code types, as importpath.TypeName")
	fs.BoolVar(&cfg.Fixes, FlagFixes, cfg.Fixes,
		"build suggested fixes (the statuslint command builds them only for -fix and -json)")
}

// clone returns a copy of c that shares no slice with it.
func (c Config) clone() Config {
	c.Checks = slices.Clone(c.Checks)
	c.Require = slices.Clone(c.Require)
	c.Siblings = slices.Clone(c.Siblings)
	c.Types = slices.Clone(c.Types)
	return c
}
