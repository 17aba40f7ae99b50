package analyzer

import (
	"sync"

	"github.com/statuslint/statuslint/codes"
)

// codeIndex lists the codes a decision can be asked to handle, those with
// a current SDK name, by category and by (family, category) sibling group,
// in increasing order of value. Deprecated aliases, values whose only name
// is deprecated and codes only the documentation lists are never demanded.
// The codes package hands out copies; the index is read on every decision
// that misses something, so it is built once and shared read-only.
type codeIndex struct {
	category map[codes.Category][]codes.Code
	group    map[group][]codes.Code
}

// index is built once: the table is constant, and so is what it derives.
var index = sync.OnceValue(func() *codeIndex {
	x := &codeIndex{category: map[codes.Category][]codes.Code{}, group: map[group][]codes.Code{}}
	for _, info := range codes.All() {
		if info.Name != "" && !info.Deprecated {
			x.category[info.Category] = append(x.category[info.Category], info.Code)
			g := group{info.Family, info.Category}
			x.group[g] = append(x.group[g], info.Code)
		}
	}
	return x
})
