package analyzer

import (
	"go/ast"
	"go/token"
	"strings"
	"unicode"
)

const directivePrefix = "//statuslint:"

// directive is a well-formed //statuslint:ignore comment.
type directive struct {
	comment *ast.Comment
	line    int      // the comment's line; it covers this line and the next
	checks  checkSet // the families it silences; all of them if empty
	used    bool     // it silenced a finding
	// trailing is set for a comment at the end of a line of code: it
	// covers that line alone.
	trailing bool
}

// parseDirectives returns the //statuslint:ignore directives of f and
// reports the malformed ones: an unknown verb, an unknown family, a missing
// reason. A malformed directive silences nothing.
func (c *fileChecker) parseDirectives() []directive {
	var out []directive
	for _, group := range c.file.Comments {
		for _, comment := range group.List {
			if !strings.HasPrefix(comment.Text, directivePrefix) {
				continue
			}
			d, msg := parseIgnore(strings.TrimPrefix(comment.Text, directivePrefix))
			if msg != "" {
				c.report(at(CheckDirective, comment, msg))
				continue
			}
			d.comment = comment
			d.line = lineOf(c.pass.Fset, comment.Pos())
			if tf := c.pass.Fset.File(comment.Pos()); tf != nil {
				d.trailing = c.codeBetween(tf.LineStart(tf.Line(comment.Pos())), comment.Pos())
			}
			out = append(out, d)
		}
	}
	return out
}

// parseIgnore parses the text after //statuslint: as
// "ignore [family[,family…]] reason", where spaces, tabs or non-breaking
// spaces (which editors and web pages slip in) separate the words. msg is
// the report on malformed text.
func parseIgnore(text string) (d directive, msg string) {
	verb, rest := cutWord(text)
	if verb != "ignore" {
		return d, msgUnknownDirective(verb)
	}
	first, reason := cutWord(rest)
	switch scope, known := parseScope(first); {
	case known > 0 && scope == 0:
		return d, msgUnknownFamily(first) // raw,swtich
	case known > 0:
		d.checks = scope
	default:
		// No scope: the first word is part of the reason, unless it is a
		// family misspelled, which would silence every family unseen.
		if family, ok := misspelledFamily(first); ok {
			return directive{}, msgMisspelledFamily(first, family)
		}
		reason = rest
	}
	if reason == "" {
		return directive{}, msgNeedsReason()
	}
	return d, ""
}

// cutWord splits s at its first run of blanks, trimming both parts.
func cutWord(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, isWordSpace)
	i := strings.IndexFunc(s, isWordSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimFunc(s[i:], unicode.IsSpace)
}

// isWordSpace reports whether r separates the words of a directive: a space, a
// tab or a non-breaking space.
func isWordSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }

// parseScope parses a comma-separated list of families, "raw,switch". It
// returns the set if every item names a family, and how many items do: a
// word with none ("Note,") is the start of a reason, one with some but not
// all ("raw,swtich") a mistake.
func parseScope(word string) (set checkSet, known int) {
	all := true
	for item := range strings.SplitSeq(word, ",") {
		if k, ok := parseCheck(item); ok {
			set |= 1 << k
			known++
		} else {
			all = false
		}
	}
	if !all {
		set = 0
	}
	return set, known
}

// silence reports whether a directive of the file covers f, and marks
// every such directive used.
func (c *fileChecker) silence(f finding) bool {
	k, ok := parseCheck(f.family)
	if !ok || len(c.directives) == 0 {
		return false // directive findings are never silenced
	}
	line := lineOf(c.pass.Fset, f.pos)
	anchor := line
	if f.anchor.IsValid() {
		anchor = lineOf(c.pass.Fset, f.anchor)
	}
	silenced := false
	for i := range c.directives {
		d := &c.directives[i]
		if d.checks != 0 && !d.checks.has(k) {
			continue
		}
		if d.covers(line) || d.covers(anchor) {
			d.used = true
			silenced = true
		}
	}
	return silenced
}

// covers reports whether d covers line: its own and the next, or, at the
// end of a line of code, its own alone.
func (d *directive) covers(line int) bool {
	return line == d.line || line == d.line+1 && !d.trailing
}

func lineOf(fset *token.FileSet, pos token.Pos) int {
	if tf := fset.File(pos); tf != nil {
		return tf.Line(pos)
	}
	return 0
}

// judges reports whether d can be told to silence nothing: only when every
// family it names ran, so that narrowing -checks never produces such
// reports.
func (c *fileChecker) judges(d *directive) bool {
	want := d.checks
	if want == 0 {
		want = allCheckSet
	}
	return c.checks&want == want
}

// misspelledFamily reports whether word is a family name in another case
// (Switch, Raw), or within an edit or two of a longer one (swich, swtich,
// uncheked): a typo, not the first word of a reason. Short names allow no
// edit (row is a word), and words much shorter or longer than the name
// (checked for unchecked) are taken as words.
func misspelledFamily(word string) (string, bool) {
	word = strings.ToLower(word)
	for _, name := range Families() {
		if len(word) < len(name)-1 || len(word) > len(name)+1 {
			continue
		}
		if editDistance(word, name) <= min(2, (len(name)-1)/3) {
			return name, true
		}
	}
	return "", false
}

// editDistance is the optimal string alignment distance of a and b: the
// insertions, deletions, substitutions and swaps of two neighbours that
// turn a into b. Family names are short ASCII words.
func editDistance(a, b string) int {
	// d[i][j] is the distance of a[:i] and b[:j]; three rows suffice.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
