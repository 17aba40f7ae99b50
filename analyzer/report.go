package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/docs"
	"golang.org/x/tools/go/analysis"
)

// This file is the one way to report: every check describes its finding
// with a finding and hands it to checker.report. Findings of a file are
// held until the file is walked, so that //statuslint:ignore directives can
// silence them and be told apart from directives that silence nothing, and
// so that they reach the driver in position order.

// finding is a diagnostic on its way to the driver.
type finding struct {
	family   string    // the diagnostic family, reported as Category
	pos, end token.Pos // the range it covers
	// anchor, if set, is where the decision the finding belongs to starts:
	// the switch keyword for a finding on one of its case lines. A
	// directive above the anchor covers the finding too.
	anchor  token.Pos
	message string
	fix     *analysis.SuggestedFix // at most one: go vet -fix applies the first
}

// at returns a finding of family over node n.
func at(family string, n ast.Node, message string) finding {
	return finding{family: family, pos: n.Pos(), end: n.End(), message: message}
}

// report queues f, a finding in this file, until the pass ends. With
// fixes off it drops f's fix: the switch and unchecked checks do not build
// theirs then, and the raw and deprecated checks' fixes cost little and
// decide their messages (a fix that would repeat what the condition says
// is dropped and said), so they are built and not reported.
func (c *fileChecker) report(f finding) {
	if !c.buildFixes {
		f.fix = nil
	}
	c.findings = append(c.findings, f)
}

// report queues f, found anywhere in the pass (a check that looks across
// functions reports after the walk), in the file it is in. A finding in a file
// that is not analyzed is dropped.
func (p *pkgChecker) report(f finding) {
	if c := p.fileAt(f.pos); c != nil && !c.skipped() {
		c.report(f)
	}
}

// familyURLs are the addresses of the families' documentation, made once.
var familyURLs = func() map[string]string {
	m := map[string]string{CheckDirective: docs.URL(CheckDirective)}
	for _, name := range Families() {
		m[name] = docs.URL(name)
	}
	return m
}()

// familyURL returns the address of family's documentation.
func familyURL(family string) string {
	if u, ok := familyURLs[family]; ok {
		return u
	}
	return docs.URL(family)
}

// flush reports each file's findings that no directive silences, then the
// directives that silenced nothing, in position order.
func (p *pkgChecker) flush() {
	for _, c := range p.files {
		if !c.skipped() {
			c.flush()
		}
	}
}

func (c *fileChecker) flush() {
	out := c.findings[:0]
	for _, f := range c.findings {
		if k, ok := parseCheck(f.family); ok && !c.checks.has(k) {
			continue // a family that is off never reports
		}
		if !c.silence(f) {
			out = append(out, f)
		}
	}
	for i := range c.directives {
		if d := &c.directives[i]; !d.used && c.judges(d) {
			out = append(out, at(CheckDirective, d.comment, msgUnusedDirective()))
		}
	}
	// Position order; findings on one node by family and message, so that
	// the order does not depend on when each check reports.
	slices.SortStableFunc(out, func(a, b finding) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.end, b.end),
			cmp.Compare(a.family, b.family), cmp.Compare(a.message, b.message))
	})
	nfix := 0
	for _, f := range out {
		if f.fix != nil {
			nfix++
		}
	}
	fixes := make([]analysis.SuggestedFix, 0, nfix) // one array for the file's fixes
	for _, f := range out {
		// A node of a file with a syntax error may end past the file (a
		// call without its closing parenthesis): the diagnostic stops at
		// the end, and a fix that would edit past it is dropped. So is a
		// fix in cgo's rewrite of a file: drivers edit only the files of
		// the pass, here the rewrite in the build cache, whose text is not
		// the program's (C.int became _Ctype_int).
		d := analysis.Diagnostic{Pos: f.pos, End: min(f.end, c.file.FileEnd), Category: f.family, Message: f.message, URL: familyURL(f.family)}
		if f.fix != nil && c.inFile(f.fix) && !c.cgo {
			fixes = append(fixes, *f.fix)
			d.SuggestedFixes = fixes[len(fixes)-1 : len(fixes) : len(fixes)]
		}
		c.pass.Report(d)
	}
	c.findings = nil
}

// inFile reports whether every edit of fix lies within the current file.
func (c *fileChecker) inFile(fix *analysis.SuggestedFix) bool {
	for _, e := range fix.TextEdits {
		if e.Pos < c.file.FileStart || e.End > c.file.FileEnd || e.End < e.Pos {
			return false
		}
	}
	return true
}

// replaceFix replaces n with text, plus any import edits, under the message
// "Replace <n> with <text>".
func replaceFix(n ast.Expr, text string, imports []analysis.TextEdit) *analysis.SuggestedFix {
	return &analysis.SuggestedFix{
		Message:   msgReplace(types.ExprString(n), text),
		TextEdits: withImports(analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}, imports),
	}
}

// insertFix inserts text at pos, plus any import edits.
func insertFix(message string, pos token.Pos, text []byte, imports []analysis.TextEdit) *analysis.SuggestedFix {
	return &analysis.SuggestedFix{
		Message:   message,
		TextEdits: withImports(analysis.TextEdit{Pos: pos, End: pos, NewText: text}, imports),
	}
}

// withImports returns edit followed by the import edits, in one slice of
// the size it needs: a fix is built for every finding.
func withImports(edit analysis.TextEdit, imports []analysis.TextEdit) []analysis.TextEdit {
	return append(append(make([]analysis.TextEdit, 0, 1+len(imports)), edit), imports...)
}

// refList is the constants a fix names, as the file writes them: each of
// names qualified by qual ("." for a dot import, which leaves them bare).
// A fix's text and its message are each written from it in one
// allocation: a module may have a fix every 30 lines.
type refList struct {
	qual  string
	names []string
}

// size is the length of the list written with sep and prefix before each.
func (r refList) size(sep, prefix string) int {
	n := 0
	for _, name := range r.names {
		n += len(sep) + len(prefix) + len(name)
		if r.qual != "." {
			n += len(r.qual) + 1
		}
	}
	return n
}

// text is the list as a fix appends it to a case list or a chain's
// clause: each constant after sep and prefix.
func (r refList) text(sep, prefix string) []byte {
	b := make([]byte, 0, r.size(sep, prefix))
	for _, name := range r.names {
		b = append(append(b, sep...), prefix...)
		if r.qual != "." {
			b = append(append(b, r.qual...), '.')
		}
		b = append(b, name...)
	}
	return b
}

// sentence is the heads, the constants separated by ", ", then tail: a
// fix's message.
func (r refList) sentence(tail string, heads ...string) string {
	const sep = ", "
	n := max(r.size(sep, "")-len(sep), 0) + len(tail)
	for _, h := range heads {
		n += len(h)
	}
	var b strings.Builder // not text's []byte: String would copy it
	b.Grow(n)
	for _, h := range heads {
		b.WriteString(h)
	}
	for i, name := range r.names {
		if i > 0 {
			b.WriteString(sep)
		}
		if r.qual != "." {
			b.WriteString(r.qual)
			b.WriteByte('.')
		}
		b.WriteString(name)
	}
	b.WriteString(tail)
	return b.String()
}
