package codes_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/codes"
)

// categoryTable renders the README's category table from the package.
func categoryTable() string {
	var b strings.Builder
	b.WriteString("| category | meaning for the caller | codes | examples |\n|---|---|---|---|\n")
	for _, cat := range codes.Categories() {
		var examples []string
		for _, ex := range cat.Examples() {
			examples = append(examples, ex.String())
		}
		fmt.Fprintf(&b, "| `%s` | %s | %d | %s |\n", cat, cat.Meaning(), len(codes.InCategory(cat)), strings.Join(examples, ", "))
	}
	fmt.Fprintf(&b, "| `unset` | %s | 1 | ZERO |\n", codes.CategoryUnset.Meaning())
	return b.String()
}

// TestReadmeCategoryTable keeps the README's category table equal to the
// package's; go test ./codes -update rewrites it.
func TestReadmeCategoryTable(t *testing.T) {
	const path, start, end = "../README.md", "<!-- categories:start -->\n", "<!-- categories:end -->"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i, j := strings.Index(text, start), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("%s has no %q … %q section", path, start, end)
	}
	want := categoryTable()
	if got := text[i+len(start) : j]; got != want {
		if *update {
			text = text[:i+len(start)] + want + text[j:]
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("README category table is stale: run go test ./codes -update\ngot:\n%s\nwant:\n%s", got, want)
	}
}
