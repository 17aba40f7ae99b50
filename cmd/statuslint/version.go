package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

// moduleVersion returns statuslint's module version as the go command
// stamped it: v1.2.3 when installed with go install …@v1.2.3, a
// pseudo-version (with +dirty for uncommitted changes) when built in a
// clone, "devel" when the go command did not know it (go run, go test),
// with the commit when it knows that: devel-e7d5dff12a3b+dirty.
func moduleVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	v, dirty := "devel", ""
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			v += "-" + s.Value[:min(len(s.Value), 12)]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "+dirty"
		}
	}
	return v + dirty
}

// humanVersion is what "statuslint version" and -version print.
func humanVersion() string {
	return fmt.Sprintf("statuslint %s (%s %s/%s)", moduleVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// versionFlag is -V=full as go vet asks a vet tool for its version, to key
// its cache of the tool's results. cmd/go (toolID in
// cmd/go/internal/work/buildid.go) splits the line into fields and wants
// "version" second; when the third contains "devel" the last must be
// "buildID=…", which it then uses alone, else it uses the whole line. Both
// hold here, and the build ID, a hash of the executable, changes with every
// build, so go vet never serves results of another build from its cache.
type versionFlag struct{}

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) Get() any         { return nil }
func (versionFlag) String() string   { return "" }
func (versionFlag) Set(s string) error {
	if s != "full" {
		return fmt.Errorf("want -V=full")
	}
	id, err := buildID()
	if err != nil {
		log.Fatalf("statuslint: -V=full: %v", err)
	}
	fmt.Printf("statuslint version %s buildID=%s\n", strings.ReplaceAll(moduleVersion(), " ", "_"), id)
	os.Exit(0)
	return nil
}

// buildID returns the SHA-256 of the running executable, in hex.
func buildID() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}
