package analyzer

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/statuslint/statuslint/codes"
)

// TestMessages pins the text of every diagnostic and fix message, as
// nishanths/exhaustive pins "missing cases in switch of type …": lower case,
// no trailing period, the code's name and value.
func TestMessages(t *testing.T) {
	success, _ := codes.Lookup(codes.Success)
	token, _ := codes.Lookup(codes.ConnTokenInvalid)
	long, _ := codes.Lookup(codes.InputWritesDisabledForMaintenance)
	for _, tt := range []struct{ got, want string }{
		{msgRaw(10000, "status.StatusCode_SUCCESS", describe(success, false, false)),
			"raw Clarifai status code 10000; use status.StatusCode_SUCCESS (success: Ok)"},
		{msgRaw(10000, "codes.Success", describe(success, true, false)),
			"raw Clarifai status code 10000; use codes.Success (SUCCESS, success: Ok)"},
		{msgRaw(11001, "status.StatusCode_CONN_TOKEN_INVALID", describe(token, false, true)),
			"raw Clarifai status code 11001; use status.StatusCode_CONN_TOKEN_INVALID (deprecated, auth: Invalid authentication token)"},
		{msgRaw(99999, "status.StatusCode_NEWER", ""),
			"raw Clarifai status code 99999; use status.StatusCode_NEWER"},
		{msgRawNoConst(10000, success),
			"raw Clarifai status code 10000 has no constant in this SDK; codes.Success names it (SUCCESS, success: Ok)"},
		{msgRawPlain(10000, success), "raw Clarifai status code 10000 (SUCCESS, success: Ok)"},
		{msgUnknown(10001), "10001 is not a Clarifai status code"},
		{msgConstRaw("clarifaiOK", 10000, "status.StatusCode_SUCCESS"), "clarifaiOK is the raw Clarifai status code 10000; use status.StatusCode_SUCCESS"},
		{msgConstUnknown("throttled", 11500), "throttled is 11500, which is not a Clarifai status code"},
		{describe(long, false, true), " (deprecated, retry: Input writes are disabled for maintenance…)"},
		{msgRange("code", []string{">= 21000", "< 22000"}),
			"range check on Clarifai status code code (>= 21000, < 22000); use codes.Code's Category or Family instead"},
		{msgMissing("switch", "has no default and misses", "categories: retry (CONN_THROTTLED, TRY_AGAIN and 14 more)"),
			"switch on Clarifai status code has no default and misses categories: retry (CONN_THROTTLED, TRY_AGAIN and 14 more)"},
		{msgMissingDomain("switch", "the model version's status", "has no default and misses", "failed (MODEL_TRAINING_FAILED, MODEL_UPLOADING_FAILED and 10 more)", "a default"),
			"switch on the model version's status has no default and misses failed (MODEL_TRAINING_FAILED, MODEL_UPLOADING_FAILED and 10 more); handle them or add a default"},
		{msgMissingDomain("if-else chain", "the annotation's status", "has no else and misses", "failed (ANNOTATION_FAILED, ANNOTATION_REVIEW_DENIED)", "an else"),
			"if-else chain on the annotation's status has no else and misses failed (ANNOTATION_FAILED, ANNOTATION_REVIEW_DENIED); handle them or add an else"},
		{msgMissingDomain("switch", "the model version's status", "misses", "success (MODEL_TRAINED)", ""),
			"switch on the model version's status misses success (MODEL_TRAINED); handle them"},
		{domainMissingList(1<<codes.CategoryPending|1<<codes.CategoryFailed, domainIndex()["ModelVersion"]),
			"pending (MODEL_TRAINING and 3 more), failed (MODEL_TRAINING_FAILED and 11 more)"},
		{domainMissingList(1<<codes.CategoryFailed, domainIndex()["Input"]),
			"failed (INPUT_FAILED, INPUT_STATUS_UPDATE_FAILED and 2 more)"},
		{msgSiblings("if-else chain", []codes.Code{codes.ModelTraining}, []codes.Code{codes.ModelQueuedForTraining, codes.ModelUploading, codes.ModelBuilding, codes.Code(21199)}, codes.CategoryPending, codes.FamilyModelTraining),
			"if-else chain handles MODEL_TRAINING but not MODEL_QUEUED_FOR_TRAINING, MODEL_UPLOADING, MODEL_BUILDING and 1 more (pending, model training)"},
		{msgDeprecatedAlias("status.StatusCode_INPUT_DOWNLOAD_SUCCESS", "status.StatusCode_INPUT_SUCCESS", 30000, codes.CategorySuccess),
			"status.StatusCode_INPUT_DOWNLOAD_SUCCESS is a deprecated alias; use status.StatusCode_INPUT_SUCCESS (30000, success)"},
		{msgAlreadyThere(msgDeprecatedAliasOf("StatusCode_INPUT_DOWNLOAD_SUCCESS", "StatusCode_INPUT_SUCCESS", 30000, codes.CategorySuccess), "this condition compares with"),
			"StatusCode_INPUT_DOWNLOAD_SUCCESS is a deprecated alias of StatusCode_INPUT_SUCCESS (30000, success), which this condition compares with already: drop it"},
		{msgDeprecatedMoved("status.StatusCode_CONN_TOKEN_INVALID", 11001, "status.StatusCode_CONN_KEY_INVALID", 11008, codes.CategoryAuth),
			"status.StatusCode_CONN_TOKEN_INVALID (11001) is deprecated: the API answers status.StatusCode_CONN_KEY_INVALID (11008, auth) instead"},
		{msgDeprecatedNoReplacement("status.StatusCode_APP_DUPLICATION_SUCCESS", 25200),
			"status.StatusCode_APP_DUPLICATION_SUCCESS (25200) is deprecated and has no replacement"},
		{msgUnknownDirective("skip"), "unknown directive //statuslint:skip (want //statuslint:ignore [family,…] <reason>)"},
		{msgMisspelledFamily("swich", "switch"), `//statuslint:ignore names an unknown family "swich" (did you mean switch?)`},
		{msgUnknownFamily("raw,swtich"), `//statuslint:ignore names an unknown family in "raw,swtich" (want raw, switch, deprecated, unchecked)`},
		{msgNeedsReason(), "//statuslint:ignore needs a reason: //statuslint:ignore [family,…] <reason>"},
		{msgUnusedDirective(), "this //statuslint:ignore directive silences nothing; remove it"},
		{msgReplace("10000", "status.StatusCode_SUCCESS"), "Replace 10000 with status.StatusCode_SUCCESS"},
		{msgAddComparisons("code", refList{"status", []string{"StatusCode_MODEL_UPLOADING", "StatusCode_MODEL_BUILDING"}}),
			"Add comparisons of code with status.StatusCode_MODEL_UPLOADING, status.StatusCode_MODEL_BUILDING"},
		{msgAddCases(refList{"status", []string{"StatusCode_CONN_EXCEED_HOURLY_LIMIT"}}), "Add status.StatusCode_CONN_EXCEED_HOURLY_LIMIT to the case"},
	} {
		if tt.got != tt.want {
			t.Errorf("got  %q\nwant %q", tt.got, tt.want)
		}
	}
}

// TestFixTextOneAllocation pins the texts a switch finding builds for
// its fix and message, and that each is built in one allocation of the
// size it needs: a module may have one such finding every 30 lines.
func TestFixTextOneAllocation(t *testing.T) {
	refs := refList{"status", []string{"StatusCode_MODEL_UPLOADING", "StatusCode_MODEL_BUILDING"}}
	dot := refList{".", []string{"StatusCode_MODEL_UPLOADING"}}
	handled := []codes.Code{codes.ModelTraining}
	missing := []codes.Code{codes.ModelQueuedForTraining, codes.ModelUploading, codes.ModelBuilding, codes.Code(21199)}
	for _, tt := range []struct {
		name string
		text func() string
		want string
	}{
		{"case text", func() string { return string(refs.text(", ", "")) },
			", status.StatusCode_MODEL_UPLOADING, status.StatusCode_MODEL_BUILDING"},
		{"comparison text", func() string { return string(refs.text(" || ", "code == ")) },
			" || code == status.StatusCode_MODEL_UPLOADING || code == status.StatusCode_MODEL_BUILDING"},
		{"dot-imported text", func() string { return string(dot.text(", ", "")) }, ", StatusCode_MODEL_UPLOADING"},
		{"dot-imported message", func() string { return msgAddCases(dot) }, "Add StatusCode_MODEL_UPLOADING to the case"},
		{"no constants", func() string { return msgAddCases(refList{qual: "status"}) }, "Add  to the case"},
		{"siblings, two handled", func() string {
			return msgSiblings("switch", []codes.Code{codes.ConnThrottled, codes.ConnExceedHourlyLimit}, missing[:1], codes.CategoryRetry, codes.FamilyConnection)
		}, "switch handles CONN_THROTTLED, CONN_EXCEED_HOURLY_LIMIT but not MODEL_QUEUED_FOR_TRAINING (retry, connection)"},
	} {
		if got := tt.text(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	// One allocation each; a size too small would take a second.
	for name, build := range map[string]func(){
		"case text":          func() { refs.text(", ", "") },
		"comparisons text":   func() { refs.text(" || ", "code == ") },
		"cases message":      func() { msgAddCases(refs) },
		"comparison message": func() { msgAddComparisons("code", refs) },
		"siblings message":   func() { msgSiblings("switch", handled, missing, codes.CategoryPending, codes.FamilyModelTraining) },
	} {
		if n := testing.AllocsPerRun(10, build); n != 1 {
			t.Errorf("%s: %v allocations, want 1", name, n)
		}
	}
	if b := refs.text(" || ", "code == "); cap(b) != len(b) {
		t.Errorf("fix text: capacity %d for %d bytes", cap(b), len(b))
	}
}

// TestParseIgnore pins how //statuslint:ignore directives are read: an
// optional comma-separated family list, then a required reason.
func TestParseIgnore(t *testing.T) {
	type result struct {
		Checks checkSet
		Msg    string
	}
	for text, want := range map[string]result{
		"ignore the mock answers 10000":   {0, ""},
		"ignore raw wire value":           {1 << checkRaw, ""},
		"ignore\traw,switch\tpolling":     {1<<checkRaw | 1<<checkSwitch, ""},
		"ignore  deprecated  old server":  {1 << checkDeprecated, ""},
		"ignore Note, this is on purpose": {0, ""},
		"ignore raws is not a family":     {0, ""},
		"ignore Raw wire value":           {0, msgMisspelledFamily("Raw", "raw")},
		"ignore swich we poll forever":    {0, msgMisspelledFamily("swich", "switch")},
		"ignore Switch we poll forever":   {0, msgMisspelledFamily("Switch", "switch")},
		"ignore swtich polling":           {0, msgMisspelledFamily("swtich", "switch")},
		"ignore deprecatd old server":     {0, msgMisspelledFamily("deprecatd", "deprecated")},
		"ignore checked by the caller":    {0, ""},
		"ignore row order is fixed":       {0, ""},
		"ignore which the mock answers":   {0, ""},
		"ignore":                          {0, msgNeedsReason()},
		"ignore   ":                       {0, msgNeedsReason()},
		"ignore raw":                      {0, msgNeedsReason()},
		"ignore raw,swtich typo":          {0, msgUnknownFamily("raw,swtich")},
		"skip because":                    {0, msgUnknownDirective("skip")},
		"ignored reason":                  {0, msgUnknownDirective("ignored")},
	} {
		d, msg := parseIgnore(text)
		if diff := cmp.Diff(want, result{d.checks, msg}); diff != "" {
			t.Errorf("parseIgnore(%q) (-want +got):\n%s", text, diff)
		}
	}
}
