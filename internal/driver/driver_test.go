package driver

import (
	"bufio"
	"go/token"
	"strings"
	"testing"
)

// TestWritePosition checks that a finding's position is written as
// token.Position.String writes it, for every shape of position.
func TestWritePosition(t *testing.T) {
	for _, posn := range []token.Position{
		{Filename: "/src/a.go", Line: 12, Column: 7},
		{Filename: "/src/a.go", Line: 12},
		{Line: 3, Column: 1},
		{Filename: "/src/a.go"},
		{},
	} {
		var sb strings.Builder
		b := bufio.NewWriter(&sb)
		writePosition(b, posn)
		b.Flush()
		if got, want := sb.String(), posn.String(); got != want {
			t.Errorf("writePosition(%#v) = %q, want %q", posn, got, want)
		}
	}
}
