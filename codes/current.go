package codes

import (
	"iter"
	"sync"
)

// The codes a caller can be asked to handle: those with a current SDK name.
// Deprecated aliases, values whose only name is deprecated and codes only
// the documentation lists are never demanded of a switch.

// currentIndex holds the current codes by category and by (family,
// category) group, in increasing order of value.
type currentIndex struct {
	category map[Category][]Code
	group    map[[2]int][]Code
}

// current is built once: the table is constant, and so is what it derives.
var current = sync.OnceValue(func() *currentIndex {
	x := &currentIndex{category: map[Category][]Code{}, group: map[[2]int][]Code{}}
	for _, info := range table {
		if info.Name != "" && !info.Deprecated {
			x.category[info.Category] = append(x.category[info.Category], info.Code)
			g := [2]int{int(info.Family), int(info.Category)}
			x.group[g] = append(x.group[g], info.Code)
		}
	}
	return x
})

// CurrentInCategory yields the current codes of category cat in increasing
// order of value.
func CurrentInCategory(cat Category) iter.Seq[Code] {
	return yieldAll(current().category[cat])
}

// CurrentInGroup yields the current codes of family f and category cat (a
// sibling group: CONN_THROTTLED and CONN_EXCEED_HOURLY_LIMIT are both
// connection codes to retry) in increasing order of value.
func CurrentInGroup(f Family, cat Category) iter.Seq[Code] {
	return yieldAll(current().group[[2]int{int(f), int(cat)}])
}

// yieldAll yields the elements of list, which stays the index's own.
func yieldAll(list []Code) iter.Seq[Code] {
	return func(yield func(Code) bool) {
		for _, c := range list {
			if !yield(c) {
				return
			}
		}
	}
}
