package analyzer

import (
	"slices"
	"strings"

	"github.com/statuslint/statuslint/codes"
	"golang.org/x/tools/go/analysis"
)

// splitsGroup reports whether checkSiblings would find a sibling group that
// cl handles in part, without reporting it.
func (c *fileChecker) splitsGroup(cl *caseList) bool {
	return c.siblings != 0 && c.siblingGroups(cl, false)
}

// checkSiblings reports, for the categories of -siblings, a (family,
// category) group that the case list handles in part: the rest of the group
// falls to the default, a catch-all branch or nowhere.
func (c *fileChecker) checkSiblings(cl *caseList) {
	c.siblingGroups(cl, true)
}

type group struct {
	family   codes.Family
	category codes.Category
}

// siblingGroups finds the sibling groups that a clause of cl handles in
// part, reports each if report is set, and reports whether there was one.
// (A direct call, not a callback, keeps the group lists on the stack.)
func (c *fileChecker) siblingGroups(cl *caseList, report bool) bool {
	var buf [8]group
	seen := buf[:0]
	found := false
	for _, cc := range cl.clauses {
		if cc.negated {
			continue
		}
		for _, v := range cl.clauseValues(cc) {
			code := codes.Code(v)
			if !code.Known() || !c.siblings.has(code.Category()) {
				continue
			}
			g := group{code.Family(), code.Category()}
			if slices.Contains(seen, g) {
				continue
			}
			seen = append(seen, g)
			// Most groups are handled in full or not at all: the lists
			// live on the stack unless a group is large.
			var hbuf, mbuf [16]codes.Code
			handled, missing := hbuf[:0], mbuf[:0]
			for _, m := range index().group[g] {
				if !c.demandable(cl.site, m) {
					continue
				}
				if cl.explicit(int64(m)) {
					handled = append(handled, m)
				} else {
					missing = append(missing, m)
				}
			}
			if len(missing) == 0 || len(handled) == 0 {
				continue
			}
			found = true
			if !report {
				return true
			}
			c.reportSiblings(cl, cc, g, handled, missing)
		}
	}
	return found
}

// demandable reports whether a decision on s can be asked to handle v: a
// decision on the SDK's type only for codes the build's SDK has.
func (c *fileChecker) demandable(s site, v codes.Code) bool {
	if s.tk != sdkCode {
		return true
	}
	return c.hasConst(s.obj, s.tk, int64(v))
}

func (c *fileChecker) reportSiblings(cl *caseList, cc clause, g group, handled, missing []codes.Code) {
	f := finding{family: CheckSwitch, pos: cc.pos, anchor: cl.anchor, message: msgSiblings(cl.noun, handled, missing, g.category, g.family)}
	f.fix = c.addCasesFix(cl, cc, missing)
	c.report(f)
}

// addCasesFix appends the missing codes to the clause: none of them has a
// case yet, so no duplicate case can follow. Only switches over the SDK's
// or codes' type get one: other types have no constants to name.
func (c *fileChecker) addCasesFix(cl *caseList, cc clause, missing []codes.Code) *analysis.SuggestedFix {
	s := cl.site
	if cc.last == nil || s.kind != typedSite || s.tk != sdkCode && s.tk != codesCode {
		return nil
	}
	pkg := s.obj.Pkg()
	qual, imports, ok := c.qualifier(pkg, cc.last.Pos())
	if !ok {
		return nil
	}
	var refs []string
	for _, m := range missing {
		name, ok, verified := c.constName(s.obj, s.tk, int64(m))
		if !ok || !verified {
			return nil // a name this SDK may lack
		}
		refs = append(refs, qualify(qual, name))
	}
	return insertFix(msgAddCases(refs), cc.last.End(), ", "+strings.Join(refs, ", "), imports)
}
