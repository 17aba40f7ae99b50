package codes_test

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/codes"
)

var update = flag.Bool("update", false, "rewrite testdata/categories.golden from the table")

// TestCategoriesPinned compares the category and family of every code with
// a checked-in listing, so that any change to the table is a visible diff.
func TestCategoriesPinned(t *testing.T) {
	var got []string
	for _, info := range codes.All() {
		name := info.Name
		if name == "" {
			name = "(" + info.Ident + ")"
		}
		got = append(got, fmt.Sprintf("%d\t%s\t%s\t%s", info.Code, name, info.Category, info.Family))
	}
	const golden = "testdata/categories.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("categories changed (-%s +table); if intended, run go test ./codes -update:\n%s", golden, diff)
	}
}

// TestSpecExamples pins the examples of the spec's category table: they are
// binding. It pins their category only: some (CONN_TOKEN_INVALID, BAD_REQUEST,
// SERVER_ERROR) are deprecated, and Category.Examples never offers those.
func TestSpecExamples(t *testing.T) {
	examples := map[codes.Category][]string{
		codes.CategorySuccess:  {"SUCCESS", "MODEL_TRAINED", "INPUT_SUCCESS", "MODEL_MODIFY_SUCCESS", "INPUT_MODIFY_SUCCESS"},
		codes.CategoryPartial:  {"MIXED_STATUS", "EVALUATION_MIXED"},
		codes.CategoryPending:  {"MODEL_TRAINING", "MODEL_QUEUED_FOR_TRAINING", "INPUT_PENDING", "INPUT_IN_PROGRESS", "ACCEPTED"},
		codes.CategoryRetry:    {"TRY_AGAIN", "CONN_THROTTLED", "CONN_EXCEED_HOURLY_LIMIT", "RPC_SERVER_UNAVAILABLE", "RPC_REQUEST_QUEUE_FULL", "RPC_REQUEST_TIMEOUT", "QUEUE_CONN_ERROR", "MODEL_BUSY_PLEASE_RETRY", "RUNNER_NEEDS_RETRY", "REQUEST_DISABLED_FOR_MAINTENANCE"},
		codes.CategoryAuth:     {"CONN_KEY_INVALID", "CONN_KEY_NOT_FOUND", "CONN_TOKEN_INVALID", "CONN_INSUFFICIENT_SCOPES", "CONN_CREDENTIALS_INVALID", "MODEL_PERMISSION_DENIED"},
		codes.CategoryQuota:    {"CONN_ACCOUNT_ISSUES", "CONN_EXCEED_MONTHLY_LIMIT", "CONN_EXCEEDS_LIMITS", "BILLING_INVALID_INFO", "BILLING_MISSING_TOKENS", "LICENSE_EXPIRED"},
		codes.CategoryInvalid:  {"CONN_BAD_REQUEST_FORMAT", "MODEL_INVALID_ARGUMENT", "CONN_INVALID_REQUEST", "INPUT_UNSUPPORTED_FORMAT", "INPUT_INVALID_URL", "INPUT_DUPLICATE", "BAD_REQUEST"},
		codes.CategoryNotFound: {"CONN_DOES_NOT_EXIST", "MODEL_DOES_NOT_EXIST", "INPUT_DOES_NOT_EXIST"},
		codes.CategoryFailed:   {"FAILURE", "MODEL_TRAINING_FAILED", "INPUT_FAILED", "MODEL_PREDICTION_FAILED"},
		codes.CategoryInternal: {"INTERNAL_SERVER_ISSUE", "SERVER_ERROR", "CONN_UNCATEGORIZED", "DATA_DUMP_UNEXPECTED_ERROR"},
		codes.CategoryUnset:    {"ZERO"},
	}
	for want, names := range examples {
		for _, name := range names {
			info, ok := codes.LookupName(name)
			if !ok {
				t.Errorf("LookupName(%s) failed", name)
				continue
			}
			if info.Category != want {
				t.Errorf("%s is %s, want %s", name, info.Category, want)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	type result struct {
		Name, Ident string
		Aliases     []string
		Category    string
		Family      string
	}
	summarize := func(info codes.Info) result {
		return result{info.Name, info.Ident, info.Aliases, info.Category.String(), info.Family.String()}
	}
	for _, tc := range []struct {
		query string
		want  result
	}{
		{"CONN_THROTTLED", result{"CONN_THROTTLED", "ConnThrottled", nil, "retry", "connection"}},
		{"StatusCode_CONN_THROTTLED", result{"CONN_THROTTLED", "ConnThrottled", nil, "retry", "connection"}},
		{"INPUT_DOWNLOAD_SUCCESS", result{"INPUT_SUCCESS", "InputSuccess", []string{"INPUT_DOWNLOAD_SUCCESS"}, "success", "input"}},
		{"MODEL_QUEUED_FOR_TRAINING", result{"MODEL_QUEUED_FOR_TRAINING", "ModelQueuedForTraining", nil, "pending", "model training"}},
		{"ZERO", result{"ZERO", "Zero", nil, "unset", "unset"}},
	} {
		info, ok := codes.LookupName(tc.query)
		if !ok {
			t.Errorf("LookupName(%q) failed", tc.query)
			continue
		}
		if diff := cmp.Diff(tc.want, summarize(info)); diff != "" {
			t.Errorf("LookupName(%q) (-want +got):\n%s", tc.query, diff)
		}
		byValue, ok := codes.Lookup(info.Code)
		if !ok || byValue.Name != info.Name {
			t.Errorf("Lookup(%d) = %v, %v; want %s", info.Code, byValue.Name, ok, info.Name)
		}
	}
	for _, bad := range []string{"", "conn_throttled", "StatusCode_", "NOT_A_CODE"} {
		if _, ok := codes.LookupName(bad); ok {
			t.Errorf("LookupName(%q) succeeded", bad)
		}
	}
	if _, ok := codes.Lookup(10001); ok {
		t.Error("Lookup(10001) succeeded")
	}
}

func TestCodeMethods(t *testing.T) {
	if got := codes.ConnThrottled.String(); got != "CONN_THROTTLED" {
		t.Errorf("String = %q", got)
	}
	if got := codes.Code(10001).String(); got != "Code(10001)" {
		t.Errorf("String of unknown = %q", got)
	}
	if got := codes.AnnotationInProgress.String(); got != "AnnotationInProgress" {
		t.Errorf("String of a documentation-only code = %q", got)
	}
	if !codes.ConnThrottled.IsRetryable() || codes.ConnKeyInvalid.IsRetryable() {
		t.Error("IsRetryable wrong")
	}
	if !codes.ModelTraining.IsPending() || codes.ModelTraining.IsTerminal() || !codes.ModelTrained.IsTerminal() || codes.Zero.IsTerminal() {
		t.Error("IsPending/IsTerminal wrong")
	}
	if !codes.Success.IsSuccess() || codes.MixedStatus.IsSuccess() {
		t.Error("IsSuccess wrong")
	}
	// Family is defined by blocks, so it holds for codes newer than the table.
	if got := codes.Code(21199).Family(); got != codes.FamilyModelModification {
		t.Errorf("Family(21199) = %v", got)
	}
	if got := codes.Code(12345).Family(); got != codes.FamilyUnknown {
		t.Errorf("Family(12345) = %v", got)
	}
	if got := codes.Code(10001).Category(); got != codes.CategoryUnset {
		t.Errorf("Category(10001) = %v", got)
	}
	if got := codes.ConnThrottled.Description(); got != "Making too many requests" {
		t.Errorf("Description = %q", got)
	}
}

func TestDeprecation(t *testing.T) {
	for _, tc := range []struct {
		name, replacedBy string
		deprecated       bool
	}{
		{"INPUT_DOWNLOAD_SUCCESS", "INPUT_SUCCESS", true},
		{"StatusCode_CONN_TOKEN_INVALID", "CONN_KEY_INVALID", true},
		{"APP_DUPLICATION_SUCCESS", "", true},
		// Deprecated in SDK v12.4.0 without a replacement.
		{"BAD_REQUEST", "", true},
		{"StatusCode_SERVER_ERROR", "", true},
		{"DATASET_INPUT_DUPLICATE", "", true},
		{"INPUT_SUCCESS", "", false},
		{"NOT_A_CODE", "", false},
	} {
		r, d := codes.Deprecation(tc.name)
		if r != tc.replacedBy || d != tc.deprecated {
			t.Errorf("Deprecation(%s) = %q, %v; want %q, %v", tc.name, r, d, tc.replacedBy, tc.deprecated)
		}
	}
	// Every SDK name: an alias is replaced by its value's current name, and
	// a current name is deprecated only if the table says so.
	for _, info := range codes.All() {
		for _, alias := range info.Aliases {
			if r, d := codes.Deprecation(alias); r != info.Name || !d {
				t.Errorf("Deprecation(%s) = %q, %v; want %q, true", alias, r, d, info.Name)
			}
		}
		if info.Name == "" {
			continue
		}
		if r, d := codes.Deprecation(info.Name); r != info.ReplacedBy || d != info.Deprecated {
			t.Errorf("Deprecation(%s) = %q, %v; want %q, %v", info.Name, r, d, info.ReplacedBy, info.Deprecated)
		}
	}
	// A value whose only name is deprecated keeps that name, its category
	// and family: it still looks up, and it is still a final outcome.
	for _, tc := range []struct {
		name     string
		code     codes.Code
		category codes.Category
		family   string
	}{
		{"BAD_REQUEST", codes.BadRequest, codes.CategoryInvalid, "http"},
		{"SERVER_ERROR", codes.ServerError, codes.CategoryInternal, "http"},
		{"DATASET_INPUT_DUPLICATE", codes.DatasetInputDuplicate, codes.CategoryInvalid, codes.DatasetInputDuplicate.Family().String()},
	} {
		info, ok := codes.LookupName(tc.name)
		if !ok {
			t.Errorf("LookupName(%s) failed", tc.name)
			continue
		}
		if info.Code != tc.code || info.Name != tc.name || len(info.Aliases) != 0 || !info.Deprecated || info.ReplacedBy != "" || !info.InSDK {
			t.Errorf("LookupName(%s) = %+v; want %d, deprecated with no replacement", tc.name, info, tc.code)
		}
		if info.Category != tc.category || info.Family.String() != tc.family {
			t.Errorf("%s is %s, %s; want %s, %s", tc.name, info.Category, info.Family, tc.category, tc.family)
		}
		if !tc.code.IsTerminal() || tc.code.IsRetryable() || tc.code.IsPending() || !tc.code.Known() || tc.code.String() != tc.name {
			t.Errorf("%s: IsTerminal %v, IsRetryable %v, IsPending %v, Known %v, String %q", tc.name,
				tc.code.IsTerminal(), tc.code.IsRetryable(), tc.code.IsPending(), tc.code.Known(), tc.code)
		}
	}
}

func TestCategories(t *testing.T) {
	var total int
	for _, c := range codes.Categories() {
		parsed, ok := codes.ParseCategory(c.String())
		if !ok || parsed != c {
			t.Errorf("ParseCategory(%q) = %v, %v", c, parsed, ok)
		}
		if c.Meaning() == "" {
			t.Errorf("%s has no meaning", c)
		}
		n := len(codes.InCategory(c))
		if n == 0 {
			t.Errorf("category %s is empty", c)
		}
		total += n
	}
	if want := len(codes.All()) - 1; total != want { // all but ZERO
		t.Errorf("categories hold %d codes, want %d", total, want)
	}
	if _, ok := codes.ParseCategory("throttled"); ok {
		t.Error("ParseCategory accepted an unknown name")
	}
	for _, f := range codes.Families() {
		if len(codes.InFamily(f)) == 0 {
			t.Errorf("family %s is empty", f)
		}
		if parsed, ok := codes.ParseFamily(f.String()); !ok || parsed != f {
			t.Errorf("ParseFamily(%q) = %v, %v", f, parsed, ok)
		}
	}
	for _, bad := range []string{"", "unknown", "Connection", "model_training", "throttled"} {
		if f, ok := codes.ParseFamily(bad); ok {
			t.Errorf("ParseFamily(%q) = %v, want none", bad, f)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	all := codes.All()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := codes.Lookup(all[i%len(all)].Code); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkLookupName(b *testing.B) {
	all := codes.All()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		info := all[i%len(all)]
		if info.Name == "" {
			continue
		}
		if _, ok := codes.LookupName(info.Name); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkCategory(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = codes.Code(10000 + i%100000).Category()
	}
}

func TestCategoryExamples(t *testing.T) {
	for _, cat := range codes.Categories() {
		for _, ex := range cat.Examples() {
			if ex.Category() != cat {
				t.Errorf("example %s of %s is in %s", ex, cat, ex.Category())
			}
		}
	}
}

// TestCategoryExamplesCurrent keeps the examples that messages and the
// README offer to current SDK names: never a deprecated constant, never a
// code only the documentation lists.
func TestCategoryExamplesCurrent(t *testing.T) {
	for _, cat := range append(codes.Categories(), codes.CategoryUnset) {
		for _, ex := range cat.Examples() {
			info, ok := codes.Lookup(ex)
			switch {
			case !ok:
				t.Errorf("example %d of %s is not a known code", ex, cat)
			case !info.InSDK || info.Name == "":
				t.Errorf("example %s of %s is not in the SDK", ex, cat)
			case info.Deprecated:
				t.Errorf("example %s of %s is deprecated", ex, cat)
			}
			if _, deprecated := codes.Deprecation(ex.String()); deprecated {
				t.Errorf("example %s of %s: Deprecation reports it deprecated", ex, cat)
			}
		}
	}
}

// TestFamiliesFollowOperations pins the rule families.tsv follows: codes that
// one API operation returns together share a family, and the SDK's operation
// sub-blocks are families of their own, so that the sibling check never asks
// a switch polling one operation for another's codes.
func TestFamiliesFollowOperations(t *testing.T) {
	together := [][]string{
		{"MODEL_QUEUED_FOR_TRAINING", "MODEL_TRAINING", "MODEL_UPLOADING", "MODEL_BUILDING"},
		{"CONN_THROTTLED", "CONN_EXCEED_HOURLY_LIMIT"},
		{"INPUT_PENDING", "INPUT_IN_PROGRESS", "INPUT_DUPLICATE", "ALL_INPUT_INVALID_BYTES", "INPUT_INVALID_REQUEST"},
		{"INPUT_CLUSTER_PENDING", "INPUT_CLUSTER_IN_PROGRESS"},
		{"INPUT_REINDEX_PENDING", "INPUT_REINDEX_IN_PROGRESS"},
		{"DATA_DUMP_PENDING", "DATA_DUMP_IN_PROGRESS"},
		{"DATA_DUMP_EXPORT_PENDING", "DATA_DUMP_EXPORT_IN_PROGRESS"},
		{"DATABASE_DEADLOCK_DETECTED", "DATABASE_FAIL_TO_GET_CONNECTIONS", "DATABASE_TOO_MANY_CLIENTS", "DATABASE_CANCELED"},
		{"RPC_REQUEST_QUEUE_FULL", "RPC_SERVER_UNAVAILABLE", "RPC_REQUEST_TIMEOUT"},
		{"DATASET_VERSION_PENDING", "DATASET_VERSION_IN_PROGRESS"},
		{"DATASET_VERSION_EXPORT_PENDING", "DATASET_VERSION_EXPORT_IN_PROGRESS"},
		{"JOB_QUEUED", "JOB_RUNNING", "JOB_PAUSED"},
		{"TASK_ASSIGNMENT_PENDING", "TASK_ASSIGNMENT_AWAITING_REVIEW", "TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW"},
		{"ANNOTATION_TRACK_IDLE", "ANNOTATION_TRACK_IN_PROGRESS", "ANNOTATION_TRACK_PENDING"},
		{"PIPELINE_STEP_UPLOADING", "PIPELINE_STEP_BUILDING", "PIPELINE_STEP_NOT_READY"},
	}
	family := func(name string) codes.Family {
		t.Helper()
		info, ok := codes.LookupName(name)
		if !ok {
			t.Fatalf("LookupName(%s) failed", name)
		}
		return info.Family
	}
	for _, group := range together {
		for _, name := range group[1:] {
			if f, g := family(group[0]), family(name); f != g {
				t.Errorf("%s is in %s, %s in %s: one operation returns both", group[0], f, name, g)
			}
		}
	}
	// One representative per operation: no two may share a family.
	apart := [][]string{
		{"INPUT_PENDING", "INPUT_MODIFY_PENDING", "INPUT_CLUSTER_PENDING", "INPUT_REINDEX_PENDING"},
		{"INPUT_VIDEO_DOWNLOAD_PENDING", "INPUT_VIDEO_MODIFY_PENDING", "INPUT_VIDEO_PROCESSING_PENDING"},
		{"MODEL_TRAINING", "MODEL_MODIFY_PENDING", "MODEL_EVALUATING", "MODEL_DEPLOYING", "MODEL_EXPORTING"},
		{"WORKFLOW_INVALID_ARGUMENT", "WORKFLOW_MODIFY_PENDING"},
		{"ANNOTATION_PENDING", "ANNOTATION_MODIFY_PENDING", "ANNOTATION_TRACK_PENDING"},
		{"DATA_DUMP_PENDING", "DATA_DUMP_EXPORT_PENDING"},
		{"PREDICT_INVALID_REQUEST", "DATABASE_DEADLOCK_DETECTED", "RPC_SERVER_UNAVAILABLE"},
		{"QUEUE_CONN_ERROR", "SQS_UNKNOWN"},
		{"TASK_IN_PROGRESS", "TASK_ASSIGNMENT_PENDING", "TASK_ASSIGNMENT_REVIEW_PENDING"},
		{"JOB_RUNNING", "DATASET_VERSION_PENDING", "DATASET_INPUT_SUCCESS", "DATASET_VERSION_EXPORT_PENDING"},
	}
	for _, group := range apart {
		seen := map[codes.Family]string{}
		for _, name := range group {
			f := family(name)
			if other, dup := seen[f]; dup {
				t.Errorf("%s and %s share family %s: different operations return them", other, name, f)
			}
			seen[f] = name
		}
	}
}

// TestResultsAreCopies checks that every function handing out an Info hands
// out a copy: modifying what it returns, Aliases included, leaves the table
// as it was.
func TestResultsAreCopies(t *testing.T) {
	const code = codes.InputSuccess // a code with an alias
	want, _ := codes.Lookup(code)
	want.Aliases = slices.Clone(want.Aliases)
	if len(want.Aliases) == 0 {
		t.Fatalf("%s has no alias: pick a code that has one", code)
	}
	find := func(list []codes.Info) *codes.Info {
		for i := range list {
			if list[i].Code == code {
				return &list[i]
			}
		}
		t.Fatalf("%s is not in the list", code)
		return nil
	}
	for name, get := range map[string]func() *codes.Info{
		"Lookup":     func() *codes.Info { info, _ := codes.Lookup(code); return &info },
		"LookupName": func() *codes.Info { info, _ := codes.LookupName("INPUT_DOWNLOAD_SUCCESS"); return &info },
		"All":        func() *codes.Info { return find(codes.All()) },
		"InCategory": func() *codes.Info { return find(codes.InCategory(code.Category())) },
		"InFamily":   func() *codes.Info { return find(codes.InFamily(code.Family())) },
	} {
		info := get()
		info.Aliases[0] = "CHANGED"
		info.Aliases = append(info.Aliases, "ADDED")
		info.Name = "CHANGED"
		if got, _ := codes.Lookup(code); !cmp.Equal(got, want) {
			t.Errorf("modifying the result of %s changed the table: %+v, want %+v", name, got, want)
		}
	}
}
