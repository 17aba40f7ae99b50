// Package plugin registers statuslint as a golangci-lint v2 module plugin.
//
// Build a custom golangci-lint that blank-imports this package (with
// `golangci-lint custom` and a .custom-gcl.yml naming it), then enable the
// linter in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable:
//	    - statuslint
//	  settings:
//	    custom:
//	      statuslint:
//	        type: module
//	        description: check Clarifai status codes
//	        settings:
//	          checks: [raw, switch, deprecated, unchecked]
//
// The settings mirror the analyzer's flags: checks, require, siblings,
// default-signifies-exhaustive, rest, generated, types and fixes. A key left out
// keeps the analyzer's default; an unknown key is an error.
package plugin

import (
	"fmt"
	"slices"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
)

// Name is the linter's name in golangci-lint's configuration.
const Name = "statuslint"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings, under
// linters.settings.custom.statuslint.settings in .golangci.yml. The keys are
// the analyzer's flag names. A nil list or pointer means the key was left out
// and the default applies; an empty list is a setting of its own (for
// example, require: [] requires no category).
type Settings struct {
	Checks                     []string `json:"checks"`
	Require                    []string `json:"require"`
	Siblings                   []string `json:"siblings"`
	DefaultSignifiesExhaustive *bool    `json:"default-signifies-exhaustive"`
	REST                       *bool    `json:"rest"`
	Generated                  bool     `json:"generated"`
	Types                      []string `json:"types"`
	Fixes                      *bool    `json:"fixes"`
}

// Plugin is statuslint's golangci-lint plugin for one configuration.
type Plugin struct {
	cfg analyzer.Config
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes settings, as golangci-lint passes them, into a checked
// configuration. Unknown keys and invalid values are errors.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err // golangci-lint adds the plugin's name
	}
	cfg := s.apply(analyzer.DefaultConfig())
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("invalid settings: %w", err)
	}
	return &Plugin{cfg: cfg}, nil
}

// apply returns cfg with the settings that were given.
func (s Settings) apply(cfg analyzer.Config) analyzer.Config {
	if s.Checks != nil {
		cfg.Checks = s.Checks
	}
	if s.Require != nil {
		cfg.Require = s.Require
	}
	if s.Siblings != nil {
		cfg.Siblings = s.Siblings
	}
	if s.DefaultSignifiesExhaustive != nil {
		cfg.DefaultSignifiesExhaustive = *s.DefaultSignifiesExhaustive
	}
	if s.REST != nil {
		cfg.REST = *s.REST
	}
	if s.Generated {
		cfg.Generated = true
	}
	if s.Types != nil {
		cfg.Types = s.Types
	}
	if s.Fixes != nil {
		cfg.Fixes = *s.Fixes
	}
	return cfg
}

// BuildAnalyzers returns a new statuslint analyzer for the configuration.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	cfg := p.cfg
	cfg.Checks = slices.Clone(cfg.Checks)
	cfg.Require = slices.Clone(cfg.Require)
	cfg.Siblings = slices.Clone(cfg.Siblings)
	cfg.Types = slices.Clone(cfg.Types)
	return []*analysis.Analyzer{analyzer.New(cfg)}, nil
}

// GetLoadMode reports that statuslint needs type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
