package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// checkFixes puts each fix's edits in order and says what is wrong with a
// fix, as x/tools' checker does when a finding is reported (fix.go and the
// JSON output count on it): an edit's End, when missing, is its Pos, and
// an End just past the end of its file, as ast computes some, is the end.
// Two fixes of a finding may not share a message; an edit may not end
// before it starts, span files, or overlap the edit before it.
func checkFixes(fset *token.FileSet, fixes []analysis.SuggestedFix) error {
	messages := map[string]bool{}
	for i := range fixes {
		fix := &fixes[i]
		if messages[fix.Message] {
			return fmt.Errorf("two fixes with the same message (%s)", fix.Message)
		}
		messages[fix.Message] = true
		if err := checkEdits(fset, fix.TextEdits); err != nil {
			return fmt.Errorf("invalid fix (%s): %v", fix.Message, err)
		}
	}
	return nil
}

func checkEdits(fset *token.FileSet, edits []analysis.TextEdit) error {
	slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int {
		return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.End, y.End))
	})
	var prev *analysis.TextEdit
	for i := range edits {
		e := &edits[i]
		file := fset.File(e.Pos)
		if file == nil {
			return fmt.Errorf("no file for the edit at %v", e.Pos)
		}
		eof := token.Pos(file.Base() + file.Size())
		switch {
		case !e.End.IsValid():
			e.End = e.Pos
		case e.End < e.Pos:
			return fmt.Errorf("edit ends (%v) before it starts (%v)", e.End, e.Pos)
		case fset.File(e.End) != file && e.End < eof+10:
			// Just past the end, as ast computes some ends: the
			// checker takes it as the end, and checks no more.
			e.End = eof
			continue
		case fset.File(e.End) != file:
			return fmt.Errorf("edit #%d spans files (%v)", i, file.Position(e.Pos))
		}
		if e.End > eof {
			return fmt.Errorf("edit ends (%v) beyond the end of its file (%v)", e.End, eof)
		}
		if prev != nil && e.Pos < prev.End {
			return fmt.Errorf("overlapping edits in %s (at %v and %v)", file.Name(), fset.Position(prev.Pos), fset.Position(e.Pos))
		}
		prev = e
	}
	return nil
}
