package analyzer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/codes"
)

// The text of every diagnostic and fix, built by small functions that
// message_test.go pins: lower case, no trailing period, the code's name and
// value, the category where it matters, one terminal line.

// msgRaw: a raw value with a constant to use. ref is the constant as the
// fix writes it; detail is describe's, or "" for a code the table lacks.
func msgRaw(v int64, ref, detail string) string {
	return fmt.Sprintf("raw Clarifai status code %d; use %s%s", v, ref, detail)
}

// msgRawNoConst: a known code the build's SDK has no constant for.
func msgRawNoConst(v int64, info codes.Info) string {
	return fmt.Sprintf("raw Clarifai status code %d has no constant in this SDK; codes.%s names it%s", v, info.Ident, describe(info, true, info.Deprecated))
}

// msgRawPlain: a known code of a -types type, which has no constants.
func msgRawPlain(v int64, info codes.Info) string {
	return fmt.Sprintf("raw Clarifai status code %d%s", v, describe(info, true, info.Deprecated))
}

// msgUnknown: a value that is no Clarifai code.
func msgUnknown(v int64) string {
	return fmt.Sprintf("%d is not a Clarifai status code", v)
}

// msgConstRaw: the program's own constant name for a known code, used as
// a status code; ref is the constant to use instead.
func msgConstRaw(name string, v int64, ref string) string {
	return fmt.Sprintf("%s is the raw Clarifai status code %d; use %s", name, v, ref)
}

// msgConstUnknown: the program's own constant, used as a status code, whose
// value is no Clarifai code.
func msgConstUnknown(name string, v int64) string {
	return fmt.Sprintf("%s is %d, which is not a Clarifai status code", name, v)
}

// describe is the parenthesised part of a raw-value message: the SDK name
// (withName, where the reference does not show it, as in codes.Success),
// whether that name is deprecated, the category and the description.
func describe(info codes.Info, withName, deprecated bool) string {
	var b strings.Builder
	b.WriteString(" (")
	if withName && info.Name != "" {
		b.WriteString(info.Name)
		b.WriteString(", ")
	}
	if deprecated {
		b.WriteString("deprecated, ")
	}
	b.WriteString(info.Category.String())
	if d := shorten(info.Description); d != "" {
		b.WriteString(": ")
		b.WriteString(d)
	}
	b.WriteString(")")
	return b.String()
}

// shorten keeps messages to one terminal line: a long description is cut at
// a word boundary.
func shorten(s string) string {
	const max = 48
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
	}
	return strings.TrimRight(s[:cut], " ,;:.") + "…"
}

// msgRange: an ordered comparison of a code; bounds are "op value" as the
// code's side reads them (>= 21000).
func msgRange(expr string, bounds []string) string {
	return fmt.Sprintf("range check on Clarifai status code %s (%s); use codes.Code's Category or Family instead", expr, strings.Join(bounds, ", "))
}

// msgMissing: a switch or if-else chain that handles no code of some
// required categories. what is "has no default and misses" or the like;
// list names the categories with examples.
func msgMissing(noun, what, list string) string {
	return fmt.Sprintf("%s on Clarifai status code %s %s", noun, what, list)
}

// msgMissingDomain: a decision over a resource's status (noun: "the model
// version's status") that handles no code of some of the state categories
// its domain has. list names them with examples from the domain; catchAll
// is what would handle the rest ("a default", "an else"), or "" where a
// default does not count (-default-signifies-exhaustive=false).
func msgMissingDomain(decision, noun, what, list, catchAll string) string {
	todo := "handle them"
	if catchAll != "" {
		todo += " or add " + catchAll
	}
	return fmt.Sprintf("%s on %s %s %s; %s", decision, noun, what, list, todo)
}

// msgSiblings: a clause that handles part of a (family, category) group.
func msgSiblings(noun string, handled, missing []codes.Code, cat codes.Category, fam codes.Family) string {
	// "<noun> handles <handled> but not <missing> (<cat>, <fam>)", in one
	// allocation: a module may have such a finding every 30 lines.
	c, f := cat.String(), fam.String()
	var b strings.Builder
	b.Grow(len(noun) + len(" handles ") + nameListLen(handled, 2) + len(" but not ") + nameListLen(missing, 3) +
		len(" (") + len(c) + len(", ") + len(f) + len(")"))
	b.WriteString(noun)
	b.WriteString(" handles ")
	writeNameList(&b, handled, 2)
	b.WriteString(" but not ")
	writeNameList(&b, missing, 3)
	b.WriteString(" (")
	b.WriteString(c)
	b.WriteString(", ")
	b.WriteString(f)
	b.WriteString(")")
	return b.String()
}

// writeNameList names up to n codes of list, then counts the rest.
func writeNameList(b *strings.Builder, list []codes.Code, n int) {
	for i, code := range list {
		if i == n {
			b.WriteString(" and ")
			b.WriteString(strconv.Itoa(len(list) - n))
			b.WriteString(" more")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(code.String())
	}
}

// nameListLen is the length of what writeNameList writes.
func nameListLen(list []codes.Code, n int) int {
	size := 0
	for i, code := range list {
		if i == n {
			return size + len(" and ") + len(strconv.Itoa(len(list)-n)) + len(" more")
		}
		if i > 0 {
			size += len(", ")
		}
		size += len(code.String())
	}
	return size
}

// msgDeprecatedAlias: a deprecated name of a value that has a current one.
func msgDeprecatedAlias(old, current string, v int64, cat codes.Category) string {
	return fmt.Sprintf("%s is a deprecated alias; use %s (%d, %s)", old, current, v, cat)
}

// msgDeprecatedAliasOf: a deprecated alias where the current name is
// already there (msgAlreadyThere follows).
func msgDeprecatedAliasOf(old, current string, v int64, cat codes.Category) string {
	return fmt.Sprintf("%s is a deprecated alias of %s (%d, %s)", old, current, v, cat)
}

// msgDeprecatedMoved: a deprecated name whose replacement is another value:
// the API no longer answers the old one.
func msgDeprecatedMoved(old string, v int64, repl string, rv int64, cat codes.Category) string {
	return fmt.Sprintf("%s (%d) is deprecated: the API answers %s (%d, %s) instead", old, v, repl, rv, cat)
}

// msgAlreadyThere extends a deprecated message where the same decision
// already names the replacement; where says how ("this case handles").
func msgAlreadyThere(msg, where string) string {
	return fmt.Sprintf("%s, which %s already: drop it", msg, where)
}

// msgDeprecatedNoReplacement: a deprecated name with nothing to use
// instead.
func msgDeprecatedNoReplacement(old string, v int64) string {
	return fmt.Sprintf("%s (%d) is deprecated and has no replacement", old, v)
}

// msgDiscarded: an SDK response thrown away; what is "PostInputs
// response" or "PostInputs response returned by post".
func msgDiscarded(what string) string {
	return fmt.Sprintf("%s is discarded: its status is the API's only report of failure", what)
}

// msgUnchecked: a response whose status is never read; what is "the
// PostModelOutputs response", "the PostModelOutputs response returned by
// predict", "the decoded apiResponse" or "the decoded Reply returned by
// Call".
func msgUnchecked(what string) string {
	return fmt.Sprintf("status of %s is never checked (err == nil does not mean success)", what)
}

// msgPartial: a partial code let through while no item's status is read;
// item is "output", "input", ….
func msgPartial(code codes.Code, item string) string {
	return fmt.Sprintf("%s is let through but no %s's status is checked (failed items have no data)", code, item)
}

// Directive findings.

func msgUnknownDirective(verb string) string {
	return fmt.Sprintf("unknown directive %s%s (want //statuslint:ignore [family,…] <reason>)", directivePrefix, verb)
}

func msgUnknownFamily(scope string) string {
	return fmt.Sprintf("//statuslint:ignore names an unknown family in %q (want %s)", scope, strings.Join(Families(), ", "))
}

func msgMisspelledFamily(word, family string) string {
	return fmt.Sprintf("//statuslint:ignore names an unknown family %q (did you mean %s?)", word, family)
}

func msgNeedsReason() string {
	return "//statuslint:ignore needs a reason: //statuslint:ignore [family,…] <reason>"
}

func msgUnusedDirective() string {
	return "this //statuslint:ignore directive silences nothing; remove it"
}

// Fix messages: verb phrases.

func msgReplace(old, new string) string {
	return fmt.Sprintf("Replace %s with %s", old, new)
}

func msgAddCases(refs refList) string {
	return refs.sentence(" to the case", "Add ")
}

// msgAddComparisons: the fix of a chain's clause, which compares code
// with each of refs too.
func msgAddComparisons(code string, refs refList) string {
	return refs.sentence("", "Add comparisons of ", code, " with ")
}

func msgCheckStatus(method string) string {
	return fmt.Sprintf("Check the status of the %s response", method)
}

// missingList names the missing categories: with examples and counts when
// few are missing; names only, and the typical code of the two that hurt
// most, when many are, to keep the message on one line.
func missingList(missing categorySet, families *familySet) string {
	var cats []codes.Category
	for _, cat := range codes.Categories() {
		if missing.has(cat) {
			cats = append(cats, cat)
		}
	}
	if len(cats) <= 3 {
		perCategory := 1
		if len(cats) <= 2 {
			perCategory = 2
		}
		var parts []string
		for _, cat := range cats {
			current := index().category[cat]
			examples := pickExamples(current, cat, families, perCategory)
			text := strings.Join(examples, ", ")
			if more := len(current) - len(examples); more > 0 {
				text += fmt.Sprintf(" and %d more", more)
			}
			parts = append(parts, fmt.Sprintf("%s (%s)", cat, text))
		}
		return "categories: " + strings.Join(parts, ", ")
	}
	var names, examples []string
	for _, cat := range cats {
		names = append(names, cat.String())
	}
	for _, cat := range []codes.Category{codes.CategoryRetry, codes.CategoryAuth, codes.CategoryPending, codes.CategoryPartial, codes.CategoryQuota} {
		if missing.has(cat) && len(examples) < 2 {
			if ex := pickExamples(nil, cat, nil, 1); len(ex) > 0 {
				examples = append(examples, ex[0])
			}
		}
	}
	list := fmt.Sprintf("%d categories: %s", len(cats), strings.Join(names, ", "))
	if len(examples) > 0 {
		list += " (e.g. " + strings.Join(examples, ", ") + ")"
	}
	return list
}

// domainMissingList names the missing state categories of a domain, each
// with examples from the domain (two when one category is missing, else
// one) and a count of the rest: failed (MODEL_TRAINING_FAILED,
// MODEL_UPLOADING_FAILED and 9 more).
func domainMissingList(missing categorySet, d *domainInfo) string {
	n := 2
	var cats []codes.Category
	for _, cat := range codes.Categories() {
		if missing.has(cat) {
			cats = append(cats, cat)
		}
	}
	if len(cats) > 1 {
		n = 1
	}
	var parts []string
	for _, cat := range cats {
		current := d.current[cat]
		var examples []string
		add := func(code codes.Code) {
			if info, ok := codes.Lookup(code); ok && len(examples) < n && info.Name != "" && !slices.Contains(examples, info.Name) {
				examples = append(examples, info.Name)
			}
		}
		for _, ex := range cat.Examples() {
			if slices.Contains(current, ex) {
				add(ex)
			}
		}
		for _, code := range current {
			add(code)
		}
		text := strings.Join(examples, ", ")
		if more := len(current) - len(examples); more > 0 {
			text += fmt.Sprintf(" and %d more", more)
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", cat, text))
	}
	return strings.Join(parts, ", ")
}

// catchAllOf is what would handle every code cl names no case for: a
// default for a switch, an else for a chain, nothing where a default does
// not count (cl has one already).
func catchAllOf(cl *caseList) string {
	switch {
	case cl.hasDefault:
		return ""
	case cl.noun == "switch":
		return "a default"
	}
	return "an else"
}

// pickExamples names up to n current codes of a missing category: its
// typical examples first, then codes from the families the decision deals
// with. A deprecated name is never an example.
func pickExamples(current []codes.Code, cat codes.Category, families *familySet, n int) []string {
	var out []string
	add := func(info codes.Info) {
		if len(out) < n && info.Name != "" && !info.Deprecated && !slices.Contains(out, info.Name) {
			out = append(out, info.Name)
		}
	}
	for _, ex := range cat.Examples() {
		if info, ok := codes.Lookup(ex); ok {
			add(info)
		}
	}
	for _, code := range current {
		if info, ok := codes.Lookup(code); ok && families.has(info.Family) {
			add(info)
		}
	}
	return out
}
