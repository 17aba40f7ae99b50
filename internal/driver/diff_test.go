package driver

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n"
	new := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n"
	want := "--- x (old)\n+++ x (new)\n" +
		"@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n" +
		"@@ -9,3 +9,4 @@\n i\n j\n k\n+l\n"
	if got := unified("x (old)", "x (new)", old, new); got != want {
		t.Errorf("unified:\n%s\nwant:\n%s", got, want)
	}
	if got := unified("x", "x", old, old); got != "" {
		t.Errorf("unified of equal texts = %q, want none", got)
	}
	if got := unified("x", "y", "a", "a\n"); got != "--- x\n+++ y\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n" {
		t.Errorf("unified without a final newline:\n%s", got)
	}
}

// diffLines's script turns a into b, and is as short as GNU diff's.
func TestDiffLinesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gnu, _ := exec.LookPath("diff")
	dir := t.TempDir()
	for range 200 {
		var a, b []string
		for range r.IntN(30) {
			a = append(a, string(rune('a'+r.IntN(4)))+"\n")
		}
		for _, l := range a {
			switch r.IntN(4) {
			case 0: // drop
			case 1:
				b = append(b, l, string(rune('a'+r.IntN(4)))+"\n")
			default:
				b = append(b, l)
			}
		}
		ops := diffLines(a, b)
		var gotA, gotB []string
		changes := 0
		for _, op := range ops {
			if op.kind != '+' {
				gotA = append(gotA, op.line)
			}
			if op.kind != '-' {
				gotB = append(gotB, op.line)
			}
			if op.kind != ' ' {
				changes++
			}
		}
		if strings.Join(gotA, "") != strings.Join(a, "") || strings.Join(gotB, "") != strings.Join(b, "") {
			t.Fatalf("diffLines(%q, %q) = %v: does not turn one into the other", a, b, ops)
		}
		if gnu == "" {
			continue
		}
		fa, fb := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		os.WriteFile(fa, []byte(strings.Join(a, "")), 0o644)
		os.WriteFile(fb, []byte(strings.Join(b, "")), 0o644)
		out, _ := exec.Command(gnu, "-d", fa, fb).Output() // -d: a minimal diff
		gnuChanges := 0
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(l, "< ") || strings.HasPrefix(l, "> ") {
				gnuChanges++
			}
		}
		if changes != gnuChanges {
			t.Fatalf("diffLines(%q, %q): %d changed lines, GNU diff %d", a, b, changes, gnuChanges)
		}
	}
}

func TestMerge(t *testing.T) {
	imp := edit{10, 10, "import \"x\"\n"}
	acc, ok := merge(nil, []edit{{20, 25, "A"}, imp})
	if !ok || len(acc) != 2 || acc[0] != imp {
		t.Fatalf("merge = %v, %v", acc, ok)
	}
	if acc, ok = merge(acc, []edit{imp, {30, 31, "B"}}); !ok || len(acc) != 3 {
		t.Errorf("the same import twice: merge = %v, %v; want it once and the new edit", acc, ok)
	}
	for _, e := range []edit{{22, 23, "C"}, {24, 30, "C"}, {22, 22, "C"}} {
		if _, ok := merge(acc, []edit{e}); ok {
			t.Errorf("merge of %v over %v succeeded, want a conflict", e, acc)
		}
	}
	if acc, ok = merge(acc, []edit{{10, 10, "import \"y\"\n"}}); !ok || acc[0] != imp || acc[1].text != "import \"y\"\n" {
		t.Errorf("a second insertion at one offset: merge = %v, %v; want it after the first", acc, ok)
	}
	if got := string(apply([]byte("0123456789"), []edit{{2, 2, "ab"}, {2, 4, "X"}, {9, 10, ""}})); got != "01abX45678" {
		t.Errorf("apply = %q", got)
	}
}
