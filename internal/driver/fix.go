package driver

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"io"
	"maps"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// fixAndReport applies the first fix of each finding (or prints the fixes
// as a diff, with -diff), then prints the findings that remain and returns
// 3 if any do: a CI step built on -fix must not pass while findings no fix
// can remove are left.
func fixAndReport(a *analysis.Analyzer, patterns []string, o Options, graph *checker.Graph, stdout, stderr io.Writer, logf func(string, ...any)) int {
	diags := rootDiagnostics(graph)
	res, err := applyFixes(diags, o.Diff, stdout)
	if err != nil {
		logf("%v", err)
		return exitFailed
	}
	if res.conflicts > 0 {
		logf("%d fixes overlap others and were not applied; run -fix again", res.conflicts)
	}
	var remaining []diagnostic
	for i, d := range diags {
		if !res.applied[i] {
			remaining = append(remaining, d)
		}
	}
	status := exitOK
	if res.written > 0 && len(remaining) > 0 {
		// The fixes moved what follows them, and may have changed what
		// there is to report: what remains is what the fixed files show.
		graph, st := analyzeReporting(a, patterns, o, stderr, logf)
		if graph == nil {
			return st
		}
		status = st
		remaining = rootDiagnostics(graph)
	}
	if err := printText(stderr, remaining, o.Context); err != nil {
		logf("%v", err)
		return exitFailed
	}
	if len(remaining) > 0 {
		status = max(status, exitFindings)
	}
	return status
}

// edit is a TextEdit as byte offsets into its file.
type edit struct {
	start, end int
	text       string
}

type fixResult struct {
	applied   map[int]bool // indexes of the findings whose fix was applied
	conflicts int          // fixes not applied because they overlap others
	written   int          // files written
}

// applyFixes applies the first SuggestedFix of each finding, in order, to
// the files, formats each changed file, and writes it, or prints the
// change as a unified diff on w. A fix is all or nothing: it is dropped
// when an edit overlaps an edit of a fix applied before it (identical
// edits, such as two fixes adding the same import, are one), or when it
// touches a generated file.
func applyFixes(diags []diagnostic, printDiff bool, w io.Writer) (fixResult, error) {
	res := fixResult{applied: map[int]bool{}}
	accepted := map[string][]edit{} // by file name
	sizes := map[string]int{}       // each file's size when it was parsed
	generated := map[*token.File]bool{}
	for i, d := range diags {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		fset := d.act.Package.Fset
		for _, f := range d.act.Package.Syntax {
			if tf := fset.File(f.FileStart); tf != nil {
				if _, ok := generated[tf]; !ok {
					generated[tf] = ast.IsGenerated(f)
				}
			}
		}
		byFile := map[string][]edit{}
		usable := true
		for _, e := range d.SuggestedFixes[0].TextEdits {
			tf := fset.File(e.Pos)
			if tf == nil || generated[tf] {
				usable = false
				break
			}
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			byFile[tf.Name()] = append(byFile[tf.Name()], edit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
			sizes[tf.Name()] = tf.Size()
		}
		if !usable {
			continue
		}
		merged := map[string][]edit{}
		for name, edits := range byFile {
			m, ok := merge(accepted[name], edits)
			if !ok {
				usable = false
				break
			}
			merged[name] = m
		}
		if !usable {
			res.conflicts++
			continue
		}
		maps.Copy(accepted, merged)
		res.applied[i] = true
	}

	for _, name := range slices.Sorted(maps.Keys(accepted)) {
		old, err := os.ReadFile(name)
		if err != nil {
			return res, err
		}
		if len(old) != sizes[name] {
			return res, fmt.Errorf("%s changed while it was analyzed; no fix applied to it", name)
		}
		fixed := apply(old, accepted[name])
		if formatted, err := format.Source(fixed); err == nil {
			fixed = formatted
		}
		if printDiff {
			if _, err := io.WriteString(w, unified(name+" (old)", name+" (new)", string(old), string(fixed))); err != nil {
				return res, err
			}
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			return res, err
		}
		if err := os.WriteFile(name, fixed, info.Mode().Perm()); err != nil {
			return res, err
		}
		res.written++
	}
	return res, nil
}

// merge adds edits to the sorted list acc and reports whether none of them
// overlaps an edit of acc, but for one equal to it, which is kept once.
// Insertions at one offset are kept in the order they came, the order of
// the findings: two fixes that each add a value at the end of one case
// list both apply.
func merge(acc, edits []edit) ([]edit, bool) {
	out := slices.Clone(acc)
	for _, e := range edits {
		dup := false
		for _, x := range out {
			if x == e {
				dup = true
				break
			}
			if e.start < x.end && x.start < e.end { // also an insertion inside a replacement
				return nil, false
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(x, y edit) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return x.end - y.end // an insertion before a replacement at its offset
	})
	return out, true
}

// apply applies sorted, non-overlapping edits to src.
func apply(src []byte, edits []edit) []byte {
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return append(out, src[last:]...)
}
