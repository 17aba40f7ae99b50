package testvariant

import "testing"

func status(t *testing.T) string { return t.Name() }

func TestStatus(t *testing.T) {
	if status(t) == "" {
		t.Fatal("no name")
	}
}
