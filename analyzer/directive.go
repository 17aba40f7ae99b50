package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const directivePrefix = "//statuslint:"

// checkDirectives records the lines that //statuslint:ignore directives in
// f cover (their own and the next), and reports malformed directives: one
// without a reason, and unknown ones.
func (c *checker) checkDirectives(f *ast.File) {
	for _, group := range f.Comments {
		for _, comment := range group.List {
			if !strings.HasPrefix(comment.Text, directivePrefix) {
				continue
			}
			verb, reason, _ := strings.Cut(strings.TrimPrefix(comment.Text, directivePrefix), " ")
			switch {
			case verb != "ignore":
				c.pass.Report(analysis.Diagnostic{
					Pos:      comment.Pos(),
					End:      comment.End(),
					Category: CheckDirective,
					Message:  "unknown directive " + directivePrefix + verb + " (want //statuslint:ignore <reason>)",
				})
			case strings.TrimSpace(reason) == "":
				c.pass.Report(analysis.Diagnostic{
					Pos:      comment.Pos(),
					End:      comment.End(),
					Category: CheckDirective,
					Message:  "//statuslint:ignore needs a reason: //statuslint:ignore <reason>",
				})
			default:
				if c.file.ignore == nil {
					c.file.ignore = map[int]bool{}
				}
				line := c.pass.Fset.Position(comment.Pos()).Line
				c.file.ignore[line] = true
				c.file.ignore[line+1] = true
			}
		}
	}
}

// ignored reports whether a directive covers the line of pos.
func (fs *fileState) ignored(fset *token.FileSet, pos token.Pos) bool {
	return fs.ignore != nil && fs.ignore[fset.Position(pos).Line]
}
