package docs

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// The families in the order checks.md documents them; the analyzer's
// Category values. (This package must not import the analyzer, so the list
// is spelled here; the analyzer's tests compare its families with Checks.)
var families = []string{"raw", "switch", "deprecated", "unchecked", "directive"}

func TestSections(t *testing.T) {
	var names []string
	for _, c := range Checks() {
		names = append(names, c.Name)
	}
	if !slices.Equal(names, families) {
		t.Fatalf("checks.md's sections are %q, want %q in that order", names, families)
	}
	for _, c := range Checks() {
		if c.Summary == "" || strings.Contains(c.Summary, "\n") {
			t.Errorf("## %s: summary %q is not one paragraph", c.Name, c.Summary)
		}
		// README's family table shows the summary in a cell.
		if strings.Contains(c.Summary, "|") {
			t.Errorf("## %s: summary contains |, which would split README's table cell", c.Name)
		}
		if !strings.HasPrefix(strings.Join(strings.Fields(c.Body), " "), c.Summary) {
			t.Errorf("## %s: body does not start with the summary", c.Name)
		}
		for _, part := range []string{"**Why.**", "**Before:**", "**After", "**Options.**", "**Silencing.**"} {
			if !strings.Contains(c.Body, part) {
				t.Errorf("## %s: no %s part", c.Name, part)
			}
		}
		if strings.Count(c.Body, "```")%2 != 0 {
			t.Errorf("## %s: a code block is not closed", c.Name)
		}
		if strings.HasPrefix(c.Body, "#") || strings.Contains(c.Body, "\n## ") {
			t.Errorf("## %s: body holds a heading:\n%s", c.Name, c.Body)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, name := range families {
		c, ok := Lookup(name)
		if !ok || c.Name != name || c.Body == "" {
			t.Errorf("Lookup(%q) = %+v, %v", name, c, ok)
		}
	}
	for _, name := range []string{"", "Raw", "swich", "statuslint"} {
		if c, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %+v, want none", name, c)
		}
	}
	// Checks returns a copy.
	Checks()[0].Name = "changed"
	if Checks()[0].Name != families[0] {
		t.Error("Checks shares its slice with the caller")
	}
}

func TestURL(t *testing.T) {
	const want = "https://github.com/statuslint/statuslint/blob/main/docs/checks.md#switch"
	if got := URL("switch"); got != want {
		t.Errorf("URL(switch) = %q, want %q", got, want)
	}
}

// A heading inside a code block is no section.
func TestParseFence(t *testing.T) {
	got := parse("intro\n\n## a\n\nsummary\nline two\n\n```md\n## not a section\n```\n\n## b\n\nB.\n")
	if len(got) != 2 || got[0].Name != "a" || got[0].Summary != "summary line two" ||
		!strings.Contains(got[0].Body, "## not a section") || got[1].Body != "B.\n" {
		t.Errorf("parse = %+v", got)
	}
}

// TestREADMEFamilyTable keeps README's family table equal to checks.md: one
// row per family, in page order, each with its summary.
func TestREADMEFamilyTable(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const header = "| family | what it reports |"
	_, table, ok := strings.Cut(string(data), "\n"+header+"\n")
	if !ok {
		t.Fatalf("README.md has no table headed %q", header)
	}
	var rows []string
	for i, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "|") {
			break
		}
		if i > 0 { // the |---| line
			rows = append(rows, line)
		}
	}
	var want []string
	for _, c := range Checks() {
		want = append(want, "| [`"+c.Name+"`](docs/checks.md#"+c.Name+") | "+c.Summary+" |")
	}
	if !slices.Equal(rows, want) {
		t.Errorf("README's family table differs from docs/checks.md's summaries; want:\n%s\n\ngot:\n%s",
			strings.Join(want, "\n"), strings.Join(rows, "\n"))
	}
}
