package analyzer

import (
	"go/ast"
	"strings"

	"github.com/statuslint/statuslint/docs"
	"golang.org/x/tools/go/ast/inspector"
)

// The diagnostic families, registered once. -checks, the walk's node
// filter, dispatch, the Doc's family list and the plugin's checks setting
// all derive from this table: a new family is a file with its check plus
// one row here.

// family is a diagnostic family that -checks can turn off.
type family struct {
	name string
	// nodes returns the node types the family's check visits in a file of
	// package p (dotSDK: the file dot-imports the SDK's status package), or
	// nil when nothing there can concern it.
	nodes func(p *pkgChecker, dotSDK bool) []ast.Node
	// visit checks one node of those types; it may be handed nodes of the
	// other families' types too, and ignores them.
	visit func(c *fileChecker, cur inspector.Cursor)
}

// families is the registry, in the order -checks lists them.
var families = [numChecks]family{
	checkRaw:        {name: CheckRaw, nodes: rawNodes, visit: (*fileChecker).visitRaw},
	checkSwitch:     {name: CheckSwitch, nodes: switchNodes, visit: (*fileChecker).visitSwitch},
	checkDeprecated: {name: CheckDeprecated, nodes: deprecatedNodes, visit: (*fileChecker).visitDeprecated},
	checkUnchecked:  {name: CheckUnchecked, nodes: uncheckedNodes, visit: (*fileChecker).visitUnchecked},
}

// check is a family's index in families, and its bit in a checkSet.
type check uint8

const (
	checkRaw check = iota
	checkSwitch
	checkDeprecated
	checkUnchecked
	numChecks
)

// familyDocs lists the families for the analyzer's Doc, "name: summary",
// with the summaries of docs/checks.md, the families' one documentation.
func familyDocs() string {
	var b strings.Builder
	for _, name := range append(Families(), CheckDirective) {
		check, ok := docs.Lookup(name)
		if !ok {
			panic("analyzer: docs/checks.md has no section " + name)
		}
		b.WriteString("\n\n" + name + ": " + check.Summary)
	}
	return b.String()
}

// Families returns the names of the diagnostic families that -checks
// selects from, in order. Directive findings (CheckDirective) are always
// on and are not among them.
func Families() []string {
	names := make([]string, numChecks)
	for k := range families {
		names[k] = families[k].name
	}
	return names
}

// checkSet is a set of checks, one bit each.
type checkSet uint8

const allCheckSet checkSet = 1<<numChecks - 1

func (s checkSet) has(k check) bool { return s&(1<<k) != 0 }

// parseCheck returns the check named s.
func parseCheck(s string) (check, bool) {
	for k := range families {
		if families[k].name == s {
			return check(k), true
		}
	}
	return 0, false
}

// nodeTypes returns the node types the walk of a file visits: those the
// selected families ask for. Everything else is skipped by the inspector's
// type filter, so the per-node cost is the families' type switches.
func (p *pkgChecker) nodeTypes(dotSDK bool) []ast.Node {
	var types []ast.Node
	for k := range families {
		if p.checks.has(check(k)) {
			types = append(types, families[k].nodes(p, dotSDK)...)
		}
	}
	return types
}

// visit dispatches one node of the walk to the selected families.
func (c *fileChecker) visit(cur inspector.Cursor) {
	for k := range families {
		if c.checks.has(check(k)) {
			families[k].visit(c, cur)
		}
	}
}
