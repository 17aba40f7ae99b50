package driver

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/packages"
)

// printLoadErrors prints the errors of the packages and their dependencies,
// each once, and returns how many it printed.
//
// go/packages reports one syntax error up to three ways, and more for test
// variants: go list's copy of the compiler's output ("-: # pkg" and the
// compiler's wording), the parser's error and its follow-on errors on the
// same line ("expected ';', found 'EOF'"), then all of it again for
// "pkg [pkg.test]". Like go vet, print the parser's first error of a line,
// once, and go list's copy only when nothing else says it.
func printLoadErrors(w io.Writer, pkgs []*packages.Package) int {
	seen := map[string]bool{}
	n := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		compiled := false // a parse or type error says what the compiler's copy says
		for _, e := range p.Errors {
			compiled = compiled || e.Kind == packages.ParseError || e.Kind == packages.TypeError
		}
		lines := map[string]bool{} // file:line of each parse error printed
		for _, e := range p.Errors {
			msg := e.Msg
			switch e.Kind {
			case packages.ParseError:
				line := e.Pos
				if i := strings.LastIndexByte(line, ':'); i > 0 {
					line = line[:i] // file:line:col → file:line
				}
				if lines[line] {
					continue
				}
				lines[line] = true
			case packages.ListError, packages.UnknownError:
				if header, rest, ok := strings.Cut(msg, "\n"); ok && strings.HasPrefix(header, "# ") {
					if compiled {
						continue
					}
					msg = rest
				}
			}
			text := msg
			if e.Pos != "" && e.Pos != "-" {
				text = e.Pos + ": " + msg
			}
			if seen[text] {
				continue
			}
			seen[text] = true
			fmt.Fprintln(w, text)
			n++
		}
	})
	return n
}
