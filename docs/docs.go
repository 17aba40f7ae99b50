// Package docs holds statuslint's per-family documentation, docs/checks.md,
// in staticcheck's style: for each diagnostic family a summary, why it
// matters, before and after, its options and how to silence it.
//
// checks.md is the one source: the analyzer's Doc and README's family table
// use each section's summary, "statuslint -explain FAMILY" prints a
// section, and each diagnostic's URL points at it. The package depends on
// nothing but the standard library so that the analyzer can import it.
package docs

import (
	_ "embed"
	"strings"
)

//go:embed checks.md
var page string

// baseURL is where checks.md is published; a family's section is its
// heading's anchor.
const baseURL = "https://github.com/statuslint/statuslint/blob/main/docs/checks.md"

// A Check is one family's section of checks.md.
type Check struct {
	Name    string // the family, as Diagnostic.Category and -checks name it
	Summary string // the section's first paragraph, lines joined by spaces
	Body    string // the whole section as Markdown, without its heading
}

// checks is checks.md's sections in page order, parsed once at init: the
// page is embedded, so a malformed one fails every test of this package.
var checks = parse(page)

// Checks returns every family's section, in page order.
func Checks() []Check {
	return append([]Check(nil), checks...)
}

// Lookup returns the section of family. (A function named Check, as the
// type is, cannot be declared in the same package.)
func Lookup(family string) (Check, bool) {
	for _, c := range checks {
		if c.Name == family {
			return c, true
		}
	}
	return Check{}, false
}

// PageURL returns the address of the page.
func PageURL() string { return baseURL }

// URL returns the address of family's section.
func URL(family string) string {
	return baseURL + "#" + family
}

// parse splits page at its "## " headings; the text before the first is the
// page's introduction and belongs to no family. Headings inside fenced code
// blocks are code, not sections.
func parse(page string) []Check {
	var (
		out     []Check
		body    []string
		inFence bool
	)
	flush := func() {
		if len(out) > 0 {
			out[len(out)-1].Body = strings.TrimSpace(strings.Join(body, "\n")) + "\n"
			out[len(out)-1].Summary = summary(out[len(out)-1].Body)
		}
		body = body[:0]
	}
	for line := range strings.SplitSeq(page, "\n") {
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
		}
		if name, ok := strings.CutPrefix(line, "## "); ok && !inFence {
			flush()
			out = append(out, Check{Name: strings.TrimSpace(name)})
			continue
		}
		body = append(body, line)
	}
	flush()
	return out
}

// summary returns the first paragraph of body, its lines joined by spaces.
func summary(body string) string {
	para, _, _ := strings.Cut(body, "\n\n")
	return strings.Join(strings.Fields(para), " ")
}
