package main

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/codes"
)

// runCodesForTest runs "statuslint codes args..." and returns its exit status and output.
func runCodesForTest(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	status = runCodes(args, &out, &errb)
	return status, out.String(), errb.String()
}

func decodeJSON(t *testing.T, s string) []map[string]any {
	t.Helper()
	var got []map[string]any
	if err := json.Unmarshal([]byte(s), &got); err != nil {
		t.Fatalf("output is not a JSON array of objects: %v\n%s", err, s)
	}
	return got
}

func TestCodesJSON(t *testing.T) {
	connThrottled := map[string]any{
		"code":        11005.0,
		"name":        "CONN_THROTTLED",
		"aliases":     []any{},
		"category":    "retry",
		"family":      "connection",
		"description": "Making too many requests",
		"deprecated":  false,
		"replaced_by": "",
		"retryable":   true,
	}
	inputSuccess := map[string]any{
		"code":        30000.0,
		"name":        "INPUT_SUCCESS",
		"aliases":     []any{"INPUT_DOWNLOAD_SUCCESS"},
		"category":    "success",
		"family":      "input",
		"description": "Download complete",
		"deprecated":  false,
		"replaced_by": "",
		"retryable":   false,
	}
	connTokenInvalid := map[string]any{
		"code":        11001.0,
		"name":        "CONN_TOKEN_INVALID",
		"aliases":     []any{},
		"category":    "auth",
		"family":      "connection",
		"description": "Invalid authentication token",
		"deprecated":  true,
		"replaced_by": "CONN_KEY_INVALID",
		"retryable":   false,
	}
	notInSDK := map[string]any{
		"code":        24153.0,
		"name":        "",
		"aliases":     []any{},
		"category":    "pending",
		"family":      "annotation",
		"description": "Annotation in progress",
		"deprecated":  false,
		"replaced_by": "",
		"retryable":   false,
	}
	tests := []struct {
		args []string
		want []map[string]any
	}{
		{[]string{"-json", "11005"}, []map[string]any{connThrottled}},
		{[]string{"11005", "-json"}, []map[string]any{connThrottled}},
		{[]string{"-json", "CONN_THROTTLED"}, []map[string]any{connThrottled}},
		{[]string{"-json", "StatusCode_CONN_THROTTLED"}, []map[string]any{connThrottled}},
		{[]string{"-json", "statuscode_conn_throttled"}, []map[string]any{connThrottled}},
		{[]string{"-json", "Conn_Throttled"}, []map[string]any{connThrottled}},
		{[]string{"-json", "INPUT_DOWNLOAD_SUCCESS"}, []map[string]any{inputSuccess}}, // deprecated alias
		{[]string{"-json", "30000"}, []map[string]any{inputSuccess}},
		{[]string{"-json", "CONN_TOKEN_INVALID"}, []map[string]any{connTokenInvalid}},
		{[]string{"-json", "24153"}, []map[string]any{notInSDK}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			status, stdout, stderr := runCodesForTest(t, tt.args...)
			if status != 0 || stderr != "" {
				t.Fatalf("status %d, stderr %q; want 0 and nothing", status, stderr)
			}
			if diff := cmp.Diff(tt.want, decodeJSON(t, stdout)); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCodesJSONAll(t *testing.T) {
	status, stdout, _ := runCodesForTest(t, "-json")
	if status != 0 {
		t.Fatalf("status %d, want 0", status)
	}
	got := decodeJSON(t, stdout)
	all := codes.All()
	if len(got) != len(all) {
		t.Fatalf("%d objects, want %d", len(got), len(all))
	}
	keys := []string{"aliases", "category", "code", "deprecated", "description", "family", "name", "replaced_by", "retryable"}
	for i, obj := range got {
		if diff := cmp.Diff(keys, slices.Sorted(maps.Keys(obj))); diff != "" {
			t.Fatalf("object %d: keys (-want +got):\n%s", i, diff)
		}
		if _, ok := obj["aliases"].([]any); !ok {
			t.Errorf("object %d: aliases = %#v, want an array", i, obj["aliases"])
		}
		if code := obj["code"].(float64); code != float64(all[i].Code) {
			t.Errorf("object %d: code %v, want %d", i, code, all[i].Code)
		}
	}
}

func TestCodesCategory(t *testing.T) {
	for _, cat := range append(codes.Categories(), codes.CategoryUnset) {
		status, stdout, _ := runCodesForTest(t, "-json", cat.String())
		if status != 0 {
			t.Fatalf("%s: status %d, want 0", cat, status)
		}
		var want []float64
		for _, info := range codes.InCategory(cat) {
			want = append(want, float64(info.Code))
		}
		var got []float64
		for _, obj := range decodeJSON(t, stdout) {
			got = append(got, obj["code"].(float64))
			if obj["category"] != cat.String() {
				t.Errorf("%s: code %v has category %v", cat, obj["code"], obj["category"])
			}
		}
		if len(want) == 0 {
			t.Errorf("%s: no codes", cat)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: codes (-want +got):\n%s", cat, diff)
		}
	}
}

// A lower-case category name is the category; the same word in upper case
// is the code.
func TestCodesCategoryOrName(t *testing.T) {
	_, stdout, _ := runCodesForTest(t, "-json", "success")
	if n := len(decodeJSON(t, stdout)); n < 2 {
		t.Errorf(`"success" lists %d codes, want the whole category`, n)
	}
	_, stdout, _ = runCodesForTest(t, "-json", "SUCCESS")
	got := decodeJSON(t, stdout)
	if len(got) != 1 || got[0]["code"] != 10000.0 {
		t.Errorf(`"SUCCESS" = %v, want code 10000 alone`, got)
	}
}

func TestCodesTable(t *testing.T) {
	tests := []struct {
		query string
		want  string
	}{
		{"11005", `
CODE   NAME            CATEGORY  FAMILY      DESCRIPTION
11005  CONN_THROTTLED  retry     connection  Making too many requests
`},
		{"input_download_success", `
CODE   NAME                    CATEGORY  FAMILY  DESCRIPTION
30000  INPUT_SUCCESS           success   input   Download complete
30000  INPUT_DOWNLOAD_SUCCESS  success   input   (deprecated alias of INPUT_SUCCESS) Download complete
`},
		{"11001", `
CODE   NAME                CATEGORY  FAMILY      DESCRIPTION
11001  CONN_TOKEN_INVALID  auth      connection  (deprecated: use CONN_KEY_INVALID) Invalid authentication token
`},
		{"24153", `
CODE   NAME  CATEGORY  FAMILY      DESCRIPTION
24153  -     pending   annotation  (not in the SDK) Annotation in progress
`},
		{"10030", `
CODE   NAME       CATEGORY  FAMILY   DESCRIPTION
10030  TRY_AGAIN  retry     generic
`},
		{"ModelVersionExport", `
CODE   NAME                    CATEGORY  FAMILY        DESCRIPTION
21500  MODEL_EXPORTED          success   model export
21501  MODEL_EXPORTING         pending   model export
21502  MODEL_EXPORTING_FAILED  failed    model export
21503  MODEL_EXPORT_PENDING    pending   model export
`},
		{"FamilyAuth", `
CODE   NAME                    CATEGORY  FAMILY  DESCRIPTION
65000  AUTH_MISSING_IDP_ASSOC  auth      auth
`},
	}
	for _, tt := range tests {
		status, stdout, stderr := runCodesForTest(t, tt.query)
		if status != 0 || stderr != "" {
			t.Errorf("%s: status %d, stderr %q; want 0 and nothing", tt.query, status, stderr)
		}
		if diff := cmp.Diff(strings.TrimPrefix(tt.want, "\n"), stdout); diff != "" {
			t.Errorf("%s: table (-want +got):\n%s", tt.query, diff)
		}
	}
}

func TestCodesTableAll(t *testing.T) {
	_, stdout, _ := runCodesForTest(t)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	want := 1 // header
	for _, info := range codes.All() {
		want += 1 + len(info.Aliases)
	}
	if len(lines) != want {
		t.Errorf("%d lines, want %d", len(lines), want)
	}
	for i, line := range lines {
		if strings.HasSuffix(line, " ") {
			t.Errorf("line %d ends in a space: %q", i+1, line)
		}
	}
}

func TestCodesErrors(t *testing.T) {
	tests := []struct {
		args       []string
		wantStatus int
		wantStderr string
	}{
		{[]string{"12345"}, 2, "unknown status code 12345"},
		{[]string{"NO_SUCH_CODE"}, 2, `"NO_SUCH_CODE" is not a status code, a status code name, a category, a family or an SDK type with a status`},
		{[]string{"Retry"}, 2, `"Retry" is not`}, // categories are lower case
		{[]string{"11005", "10000"}, 2, "want at most one query"},
		{[]string{"-bogus"}, 2, "flag provided but not defined: -bogus"},
	}
	for _, tt := range tests {
		status, stdout, stderr := runCodesForTest(t, tt.args...)
		if status != tt.wantStatus || stdout != "" || !strings.Contains(stderr, tt.wantStderr) {
			t.Errorf("codes %s: status %d, stdout %q, stderr %q; want %d, nothing, %q",
				strings.Join(tt.args, " "), status, stdout, stderr, tt.wantStatus, tt.wantStderr)
		}
	}
}

func TestCodesHelp(t *testing.T) {
	status, stdout, stderr := runCodesForTest(t, "-h")
	if status != 0 || stderr != "" || !strings.HasPrefix(stdout, "usage: statuslint codes") || !strings.Contains(stdout, "-json") ||
		!strings.Contains(stdout, "statuslint codes connection") || !strings.Contains(stdout, "PipelineVersionRunStatusLog)") {
		t.Errorf("codes -h: status %d, stdout %q, stderr %q; want 0 and the usage on stdout", status, stdout, stderr)
	}
}

// A query may spell a code as statuslint's messages and fixes do.
func TestCodesQuery(t *testing.T) {
	inCategory := func(cat codes.Category) []codes.Code {
		var list []codes.Code
		for _, info := range codes.InCategory(cat) {
			list = append(list, info.Code)
		}
		return list
	}
	inFamily := func(f codes.Family) []codes.Code {
		var list []codes.Code
		for _, info := range codes.InFamily(f) {
			list = append(list, info.Code)
		}
		return list
	}
	inDomain := func(resource string) []codes.Code {
		d, ok := codes.DomainOf(resource)
		if !ok {
			t.Fatalf("DomainOf(%s) failed", resource)
		}
		var list []codes.Code
		for _, info := range d.Codes() {
			list = append(list, info.Code)
		}
		return list
	}
	var all []codes.Code
	for _, info := range codes.All() {
		all = append(all, info.Code)
	}
	extraction := slices.Concat(inFamily(codes.FamilyJob), inFamily(codes.FamilyListObjects), inFamily(codes.FamilyArchive))
	notACode := `is not a status code, a status code name, a category, a family or an SDK type with a status`
	tests := []struct {
		query   string
		want    []codes.Code
		wantErr string
	}{
		// Values and categories.
		{"11005", []codes.Code{11005}, ""},
		{"retry", inCategory(codes.CategoryRetry), ""},
		{"success", inCategory(codes.CategorySuccess), ""},
		{"Retry", nil, notACode}, // categories are lower case
		{"codes.retry", nil, notACode},

		// Families: the name, with hyphens for spaces, the codes package's
		// constant in any case; a category's name is the category.
		{"connection", inFamily(codes.FamilyConnection), ""},
		{"model training", inFamily(codes.FamilyModelTraining), ""},
		{"model-training", inFamily(codes.FamilyModelTraining), ""},
		{"FamilyModelTraining", inFamily(codes.FamilyModelTraining), ""},
		{"codes.FamilyRPC", inFamily(codes.FamilyRPC), ""},
		{"familyrpc", inFamily(codes.FamilyRPC), ""},
		{"auth", inCategory(codes.CategoryAuth), ""},
		{"FamilyAuth", inFamily(codes.FamilyAuth), ""},
		{"internal", inCategory(codes.CategoryInternal), ""},
		{"codes.FamilyInternal", inFamily(codes.FamilyInternal), ""},
		{"model_training", []codes.Code{21101}, ""}, // MODEL_TRAINING, the code
		{"Model Training", nil, notACode},
		{"model-trainings", nil, notACode},
		{"-connection", nil, notACode},
		{"Family", nil, notACode},

		// Domains: the SDK's type name, in any case, after a package name.
		{"ModelVersion", inDomain("ModelVersion"), ""},
		{"modelversion", inDomain("ModelVersion"), ""},
		{"MODELVERSION", inDomain("ModelVersion"), ""},
		{"api.ModelVersion", inDomain("ModelVersion"), ""},
		{"InputsExtractionJob", extraction, ""},
		{"job", inFamily(codes.FamilyJob), ""},
		{"Output", all, ""},
		{"workflowresult", all, ""},
		{"input", inFamily(codes.FamilyInput), ""}, // the family, which is also Input's domain
		{"Input", inDomain("Input"), ""},
		{"Model_Version", nil, notACode},
		{"ModelVersions", nil, notACode},
		{"Model", nil, notACode}, // no Status field

		// SDK names and aliases, in any case, with or without StatusCode_.
		{"CONN_THROTTLED", []codes.Code{11005}, ""},
		{"conn_throttled", []codes.Code{11005}, ""},
		{"Conn_Throttled", []codes.Code{11005}, ""},
		{"StatusCode_CONN_THROTTLED", []codes.Code{11005}, ""},
		{"statuscode_conn_throttled", []codes.Code{11005}, ""},
		{"SUCCESS", []codes.Code{10000}, ""},
		{"INPUT_DOWNLOAD_SUCCESS", []codes.Code{30000}, ""},
		{"CONN_TOKEN_INVALID", []codes.Code{11001}, ""},

		// After a package qualifier.
		{"status.StatusCode_SUCCESS", []codes.Code{10000}, ""},
		{"statuspb.StatusCode_SUCCESS", []codes.Code{10000}, ""},
		{"api_status.StatusCode_CONN_THROTTLED", []codes.Code{11005}, ""},
		{"status.CONN_THROTTLED", []codes.Code{11005}, ""},
		{"codes.ConnThrottled", []codes.Code{11005}, ""},
		{"codes.Success", []codes.Code{10000}, ""},
		{"c.InputDownloadSuccess", []codes.Code{30000}, ""},

		// The codes package's identifiers, in any case.
		{"ConnThrottled", []codes.Code{11005}, ""},
		{"connthrottled", []codes.Code{11005}, ""},
		{"CONNTHROTTLED", []codes.Code{11005}, ""},
		{"Success", []codes.Code{10000}, ""},
		{"RPCServerUnavailable", []codes.Code{40031}, ""},
		{"RpcServerUnavailable", []codes.Code{40031}, ""},
		{"InputSuccess", []codes.Code{30000}, ""},
		{"InputDownloadSuccess", []codes.Code{30000}, ""}, // a deprecated alias's constant
		{"ConnTokenInvalid", []codes.Code{11001}, ""},
		{"AnnotationInProgress", []codes.Code{24153}, ""}, // not in the SDK: no SDK name
		{"annotationinprogress", []codes.Code{24153}, ""},

		// Not codes.
		{"NO_SUCH_CODE", nil, notACode},
		{"ConnThrottledX", nil, notACode},
		{"Conn_Throttled_", nil, notACode},
		{"ConnThrottled_", nil, notACode},
		{"a.b.ConnThrottled", nil, notACode}, // one qualifier at most
		{"codes.", nil, notACode},
		{".ConnThrottled", nil, notACode},
		{"codes.11005", nil, notACode},
		{"12345", nil, "unknown status code 12345"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			list, err := selectCodes(tt.query)
			var got []codes.Code
			for _, info := range list {
				got = append(got, info.Code)
			}
			switch {
			case tt.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("codes %v, error %v; want an error containing %q", got, err, tt.wantErr)
				}
			case err != nil:
				t.Errorf("error %v", err)
			default:
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("codes (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// Every constant of the codes package, deprecated aliases' too, is a query,
// exactly and in lower case.
func TestCodesQueryEveryConstant(t *testing.T) {
	names, err := filepath.Glob("../../codes/*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.CONST {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				typ, ok := vs.Type.(*ast.Ident)
				if !ok || typ.Name != "Code" || len(vs.Names) != 1 || len(vs.Values) != 1 {
					continue
				}
				lit, ok := vs.Values[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.INT {
					continue
				}
				value, err := strconv.Atoi(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				n++
				ident := vs.Names[0].Name
				for _, query := range []string{ident, "codes." + ident, strings.ToLower(ident)} {
					info, err := lookupName(idents(), query)
					if err != nil || info.Code != codes.Code(value) {
						t.Errorf("%s: code %d, error %v; want %d", query, info.Code, err, value)
					}
				}
			}
		}
	}
	if n < len(codes.All()) {
		t.Errorf("found %d constants of type Code in ../../codes, want at least %d", n, len(codes.All()))
	}
}

// An identifier that names several codes in another case must be spelled
// exactly.
func TestCodesQueryAmbiguous(t *testing.T) {
	index := newIdentIndex([]codes.Info{
		{Code: 1, Ident: "NoGDPRConsent"},
		{Code: 2, Ident: "NoGdprConsent"},
		{Code: 3, Name: "NO_GDPR", Ident: "NoGDPR"},
	})
	tests := []struct {
		query   string
		want    codes.Code
		wantErr string
	}{
		{"NoGDPRConsent", 1, ""},
		{"x.NoGdprConsent", 2, ""},
		{"nogdprconsent", 0, `"nogdprconsent" could be NoGDPRConsent (1) or NoGdprConsent (2): spell it as one of them`},
		{"NOGDPR", 3, ""},
	}
	for _, tt := range tests {
		info, err := lookupName(index, tt.query)
		var gotErr string
		if err != nil {
			gotErr = err.Error()
		}
		if info.Code != tt.want || gotErr != tt.wantErr {
			t.Errorf("%s: code %d, error %q; want %d, %q", tt.query, info.Code, gotErr, tt.want, tt.wantErr)
		}
	}
}

// TestCodesQueryKinds checks every family and domain as a query, and that
// the order in which selectCodes tries the kinds of query hides nothing:
// no family name is a code's name in lower case, and no SDK type with a
// domain is a code's name or identifier in any case.
func TestCodesQueryKinds(t *testing.T) {
	codesOf := func(list []codes.Info) []codes.Code {
		var out []codes.Code
		for _, info := range list {
			out = append(out, info.Code)
		}
		return out
	}
	check := func(query string, want []codes.Code) {
		t.Helper()
		list, err := selectCodes(query)
		if err != nil {
			t.Errorf("%s: %v", query, err)
			return
		}
		if diff := cmp.Diff(want, codesOf(list)); diff != "" {
			t.Errorf("%s: codes (-want +got):\n%s", query, diff)
		}
	}
	for _, f := range codes.Families() {
		want := codesOf(codes.InFamily(f))
		name := f.String()
		if cat, ok := codes.ParseCategory(name); ok {
			check(name, codesOf(codes.InCategory(cat)))
		} else {
			check(name, want)
		}
		if strings.Contains(name, " ") {
			check(strings.ReplaceAll(name, " ", "-"), want)
		}
		ident := "Family" + strings.ReplaceAll(name, " ", "")
		check(ident, want)
		check("codes."+strings.ToUpper(ident), want)
		if _, err := lookupName(idents(), name); err == nil {
			t.Errorf("family %q is also a code's name: the family hides it", name)
		}
	}
	for _, d := range codes.Domains() {
		want := codesOf(d.Codes())
		check(d.Resource, want)
		check("api."+d.Resource, want)
		lower := strings.ToLower(d.Resource)
		if f, ok := codes.ParseFamily(lower); ok {
			check(lower, codesOf(codes.InFamily(f)))
		} else {
			check(lower, want)
		}
		for _, q := range []string{d.Resource, lower, strings.ToUpper(d.Resource)} {
			if info, err := lookupName(idents(), q); err == nil {
				t.Errorf("SDK type %s is also the name of code %s: the domain hides it", q, info.Code)
			}
		}
	}
}

func TestCodesDomainJSON(t *testing.T) {
	status, stdout, stderr := runCodesForTest(t, "-json", "modelversion")
	if status != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q; want 0 and nothing", status, stderr)
	}
	got := decodeJSON(t, stdout)
	want := codes.InFamily(codes.FamilyModelTraining)
	if len(got) != len(want) {
		t.Fatalf("%d objects, want %d", len(got), len(want))
	}
	for i, obj := range got {
		if obj["code"] != float64(want[i].Code) || obj["family"] != "model training" {
			t.Errorf("object %d: code %v, family %v; want %d, model training", i, obj["code"], obj["family"], want[i].Code)
		}
	}
}

// A type name that names several types in another case must be spelled
// exactly.
func TestCodesDomainAmbiguous(t *testing.T) {
	list := []codes.Domain{{Resource: "InputJob"}, {Resource: "Inputjob"}, {Resource: "Upload"}}
	tests := []struct {
		query, want, wantErr string
	}{
		{"InputJob", "InputJob", ""},
		{"api.Inputjob", "Inputjob", ""},
		{"inputjob", "", `"inputjob" could be InputJob or Inputjob: spell it as one of them`},
		{"UPLOAD", "Upload", ""},
		{"Download", "", ""},
	}
	for _, tt := range tests {
		d, ok, err := lookupDomain(list, tt.query)
		var gotErr string
		if err != nil {
			gotErr = err.Error()
		}
		if d.Resource != tt.want || ok != (tt.want != "") || gotErr != tt.wantErr {
			t.Errorf("%s: %q, %v, error %q; want %q, %q", tt.query, d.Resource, ok, gotErr, tt.want, tt.wantErr)
		}
	}
}
