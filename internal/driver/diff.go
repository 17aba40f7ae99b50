package driver

import (
	"fmt"
	"slices"
	"strings"
)

// unified returns the unified diff (GNU diff -u's format, three lines of
// context) that turns old into new, or "" when they are equal.
func unified(oldLabel, newLabel, old, new string) string {
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)
	const context = 3

	var out strings.Builder
	// pos[i] is the line number, in a and in b, before ops[i].
	type pos struct{ a, b int }
	at := make([]pos, len(ops)+1)
	for i, op := range ops {
		at[i+1] = at[i]
		if op.kind != '+' {
			at[i+1].a++
		}
		if op.kind != '-' {
			at[i+1].b++
		}
	}
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk: this change and those at most 2*context equal lines
		// after the last one, with context lines around them.
		last := i
		for k := i + 1; k < len(ops) && k-last-1 <= 2*context; k++ {
			if ops[k].kind != ' ' {
				last = k
			}
		}
		start, stop := max(i-context, 0), min(last+context+1, len(ops))
		if out.Len() == 0 {
			fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldLabel, newLabel)
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n",
			hunkRange(at[start].a, at[stop].a-at[start].a), hunkRange(at[start].b, at[stop].b-at[start].b))
		for _, op := range ops[start:stop] {
			out.WriteByte(op.kind)
			out.WriteString(op.line)
			if !strings.HasSuffix(op.line, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = stop
	}
	return out.String()
}

// hunkRange formats the lines of a hunk that start after line `before`:
// "first,count", "first" for one line, "before,0" for none, as GNU diff.
func hunkRange(before, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", before)
	case 1:
		return fmt.Sprint(before + 1)
	}
	return fmt.Sprintf("%d,%d", before+1, count)
}

// splitLines splits s into lines, each with its newline but perhaps the last.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffOp is one line of a diff: ' ' kept, '-' deleted, '+' inserted.
type diffOp struct {
	kind byte
	line string
}

// diffLines returns a shortest edit script from a to b (Myers' algorithm),
// keeping for each step d only the diagonals -d..d it reached: memory is
// the square of the number of changed lines, which fixes keep small.
func diffLines(a, b []string) []diffOp {
	n, m := len(a), len(b)
	off := n + m + 1
	v := make([]int, 2*off+1) // v[off+k]: furthest x on diagonal k = x-y
	var trace [][]int
search:
	for d := 0; d <= n+m; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: an insertion
			} else {
				x = v[off+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				trace = append(trace, slices.Clone(v[off-d:off+d+1]))
				break search
			}
		}
		trace = append(trace, slices.Clone(v[off-d:off+d+1]))
	}

	var ops []diffOp
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		prev := trace[d-1] // diagonals -(d-1)..d-1
		get := func(k int) int { return prev[k+d-1] }
		k := x - y
		prevK := k - 1
		if k == -d || k != d && get(k-1) < get(k+1) {
			prevK = k + 1
		}
		prevX := get(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			ops = append(ops, diffOp{' ', a[x-1]})
			x, y = x-1, y-1
		}
		if x == prevX {
			ops = append(ops, diffOp{'+', b[y-1]})
			y--
		} else {
			ops = append(ops, diffOp{'-', a[x-1]})
			x--
		}
	}
	for x > 0 && y > 0 {
		ops = append(ops, diffOp{' ', a[x-1]})
		x, y = x-1, y-1
	}
	slices.Reverse(ops)
	return ops
}
