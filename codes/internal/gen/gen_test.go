package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const root = "../../.."

// generated returns what the generator writes from the repository's data.
func generated(t *testing.T) map[string][]byte {
	t.Helper()
	m, err := load(filepath.Join(root, "codes", "data"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := render(m)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGeneratedFilesUpToDate fails when a data file changed without
// go generate ./codes, or when a generated file was edited by hand.
func TestGeneratedFilesUpToDate(t *testing.T) {
	files := generated(t)
	for path, want := range files {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(path)))
		if err != nil {
			t.Errorf("%v (run go generate ./codes)", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./codes", path)
		}
	}
}

// TestGeneratesOnlyWhatSaysSo checks that where the generator writes, the
// files that say they are generated are exactly the ones it writes: a
// generated file it no longer writes (a stale one) fails, and so does a
// hand-written file of the stand-in SDK that it writes over.
func TestGeneratesOnlyWhatSaysSo(t *testing.T) {
	files := generated(t)
	for path, src := range files {
		if !bytes.HasPrefix(src, []byte(header)) {
			t.Errorf("the generator writes %s, which does not say it is generated", path)
		}
	}
	for _, dir := range []string{"codes", sdkRoot} {
		err := filepath.WalkDir(filepath.Join(root, filepath.FromSlash(dir)), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			rel = filepath.ToSlash(rel)
			if _, ours := files[rel]; bytes.HasPrefix(data, []byte(header)) && !ours {
				t.Errorf("%s says codes/internal/gen generated it, but it no longer does: delete it", rel)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestRejectsMalformedTable edits a copy of the real data files and checks
// that load names the file and line of the mistake.
func TestRejectsMalformedTable(t *testing.T) {
	for _, tc := range []struct {
		name, file, old, new string
		want                 string
	}{
		{"duplicate name", "status_codes.tsv", "11005\tCONN_THROTTLED\t", "11005\tCONN_KEY_INVALID\t", "status_codes.tsv:25: duplicate name CONN_KEY_INVALID (first on line 22)"},
		{"non-numeric code", "status_codes.tsv", "11005\tCONN_THROTTLED\t", "11O05\tCONN_THROTTLED\t", `status_codes.tsv:22: code "11O05" is not a non-negative 32-bit number`},
		{"bad boolean", "status_codes.tsv", "11005\tCONN_THROTTLED\tfalse", "11005\tCONN_THROTTLED\tno", `status_codes.tsv:22: deprecated: "no" is not true or false`},
		{"missing column", "status_codes.tsv", "11005\tCONN_THROTTLED\tfalse\ttrue\t\tMaking too many requests", "11005\tCONN_THROTTLED\tfalse\ttrue", "status_codes.tsv:22: 4 columns, want 6"},
		{"replacement names no code", "status_codes.tsv", "\tCONN_KEY_INVALID\tInvalid authentication token", "\tCONN_KEY_INVALIDATED\tInvalid authentication token", "status_codes.tsv:18: CONN_TOKEN_INVALID is replaced by CONN_KEY_INVALIDATED, which names no code"},
		{"two current names", "status_codes.tsv", "30000\tINPUT_DOWNLOAD_SUCCESS\ttrue\ttrue\tINPUT_SUCCESS", "30000\tINPUT_DOWNLOAD_SUCCESS\tfalse\ttrue\t", "status_codes.tsv:201: code 30000 has two current names, INPUT_SUCCESS and INPUT_DOWNLOAD_SUCCESS"},
		{"unknown category", "categories.tsv", "11005\tretry\t", "11005\tthrottle\t", `categories.tsv:`},
		{"code without category", "categories.tsv", "11005\tretry\t\tCONN_THROTTLED\n", "", "categories.tsv: code 11005 (CONN_THROTTLED) has no category"},
		{"category for an unknown code", "categories.tsv", "11005\tretry\t\tCONN_THROTTLED", "11005\tretry\t\tCONN_THROTTLED\n11010\tretry\t\tCONN_THROTTLED_MORE", "code 11010 is not in status_codes.tsv"},
		{"names out of step", "categories.tsv", "11005\tretry\t\tCONN_THROTTLED", "11005\tretry\t\tCONN_THROTTLE", `code 11005: names "CONN_THROTTLE", but status_codes.tsv says "CONN_THROTTLED"`},
		{"overlapping families", "families.tsv", "11000\t11999", "10500\t11999", "families.tsv:7: block 10500-11999 overlaps"},
		{"code outside every family", "families.tsv", "11000\t11999\tconnection\tConnection\n", "", "families.tsv: no block holds code 11000 (CONN_ACCOUNT_ISSUES)"},
		{"domain of an unknown family", "domains.tsv", "ModelVersion\tmodel version\tmodel training\t", "ModelVersion\tmodel version\tmodel trainings\t", `domains.tsv:15: ModelVersion: unknown family "model trainings"`},
		{"domain listed twice", "domains.tsv", "ModelVersionExport\tmodel version export\t", "ModelVersion\tmodel version export\t", "domains.tsv:16: resource ModelVersion listed twice (first on line 15)"},
		{"any among families", "domains.tsv", "Output\toutput\tany\t", "Output\toutput\tgeneric, any\t", `domains.tsv:18: Output: "any" stands alone`},
		{"families out of order", "domains.tsv", "\tjob, list objects, archive\t", "\tarchive, job\t", `InputsExtractionJob: family "job" repeated or out of the order of families.tsv`},
		{"domain without a source", "domains.tsv", "Upload\tupload\tupload\tresources.pb.go Upload.Status \"Status of the upload\"; status_code.pb.go \"Multipart uploading status codes\" (UPLOAD_IN_PROGRESS, UPLOAD_DONE, UPLOAD_FAILED, …, 68xxx)", "Upload\tupload\tupload\t", "Upload: no source"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range []string{"status_codes.tsv", "categories.tsv", "families.tsv", "domains.tsv"} {
				data, err := os.ReadFile(filepath.Join(root, "codes", "data", f))
				if err != nil {
					t.Fatal(err)
				}
				if f == tc.file {
					if !bytes.Contains(data, []byte(tc.old)) {
						t.Fatalf("%s has no %q: update the test", f, tc.old)
					}
					data = bytes.Replace(data, []byte(tc.old), []byte(tc.new), 1)
				}
				if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := load(dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("load: got error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestCamel(t *testing.T) {
	for in, want := range map[string]string{
		"CONN_THROTTLED":         "ConnThrottled",
		"RPC_SERVER_UNAVAILABLE": "RPCServerUnavailable",
		"INPUT_INVALID_URL":      "InputInvalidURL",
		"ZERO":                   "Zero",
	} {
		if got := camel(in); got != want {
			t.Errorf("camel(%q) = %q, want %q", in, got, want)
		}
	}
}
