package plugin_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/analyzer"
)

// TestREADMETables keeps README's two settings tables true: the command
// line's flags (with their defaults) and the plugin's keys list exactly the
// analyzer's flags.
func TestREADMETables(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	defaults := flags(analyzer.Analyzer)
	var names []string
	for name := range defaults {
		names = append(names, name)
	}
	slices.Sort(names)

	// | `-checks` | `raw,switch,deprecated` | meaning |
	cli := tableRows(t, readme, "| flag | default | meaning |", regexp.MustCompile("^\\| `-([a-z-]+)` \\| (`([^`]*)`|none) \\|"))
	got := map[string]string{}
	for _, m := range cli {
		got[m[1]] = m[3]
	}
	if diff := cmp.Diff(defaults, got); diff != "" {
		t.Errorf("README's flag table differs from the analyzer's flags and defaults (-flags +README):\n%s", diff)
	}

	// | `checks` | `[raw, switch, deprecated]` | meaning |
	var keys []string
	for _, m := range tableRows(t, readme, "| key | default | meaning |", regexp.MustCompile("^\\| `([a-z-]+)` \\|")) {
		keys = append(keys, m[1])
	}
	slices.Sort(keys)
	if diff := cmp.Diff(names, keys); diff != "" {
		t.Errorf("README's plugin settings table differs from the analyzer's flags (-flags +README):\n%s", diff)
	}
}

// tableRows returns the submatches of row for each line of the Markdown
// table under header.
func tableRows(t *testing.T, readme, header string, row *regexp.Regexp) [][]string {
	t.Helper()
	_, table, ok := strings.Cut(readme, header+"\n")
	if !ok {
		t.Fatalf("README.md has no table headed %q", header)
	}
	var out [][]string
	for i, line := range strings.Split(table, "\n") {
		if i == 0 {
			continue // the |---| line
		}
		if !strings.HasPrefix(line, "|") {
			break
		}
		m := row.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("README table %q: row %q does not parse", header, line)
			continue
		}
		out = append(out, m)
	}
	if len(out) == 0 {
		t.Fatalf("README table %q has no rows", header)
	}
	return out
}
