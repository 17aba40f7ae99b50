// Command gen turns the code table in codes/data into Go: the codes
// package's table (codes/table.go) and the StatusCode enum of the stand-in
// for the Clarifai SDK that statuslint's tests and example build against
// (testdata/src/github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status/status_code.pb.go).
// The rest of that stand-in (go.mod, proto/clarifai/api/api.go,
// proto/clarifai/api/status/status.go) is written by hand and type-checked
// like any other Go source.
//
// Run it through go generate ./codes. It rejects a malformed table with a
// message that names the file and line.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	root := flag.String("root", "..", "repository root")
	flag.Parse()
	if err := generate(*root); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func generate(root string) error {
	m, err := load(filepath.Join(root, "codes", "data"))
	if err != nil {
		return err
	}
	files, err := render(m)
	if err != nil {
		return err
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, files[p], 0o644); err != nil {
			return err
		}
	}
	return nil
}
