package analyzer

import (
	"sync"

	"github.com/statuslint/statuslint/codes"
)

// codeIndex lists the codes a switch can be asked to handle, those with a
// current SDK name, by family and by category, in increasing order of value.
// Deprecated aliases, deprecated-only values and codes only the
// documentation lists are never demanded.
type codeIndex struct {
	family   map[codes.Family][]codes.Info
	category map[codes.Category][]codes.Info
}

// index is built once: the table is constant, and so is what it derives.
var index = sync.OnceValue(func() *codeIndex {
	x := &codeIndex{family: map[codes.Family][]codes.Info{}, category: map[codes.Category][]codes.Info{}}
	for _, info := range codes.All() {
		if info.Name != "" && !info.Deprecated {
			x.family[info.Family] = append(x.family[info.Family], info)
			x.category[info.Category] = append(x.category[info.Category], info)
		}
	}
	return x
})
