package switches

import (
	"net/http"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc/codes"
)

// A training poll loop that sends MODEL_QUEUED_FOR_TRAINING (and the other
// pending training states) to a fatal default.
func poll(resp *api.SingleModelResponse) (done bool, err error) {
	switch resp.GetModel().GetModelVersion().GetStatus().GetCode() {
	case status.StatusCode_MODEL_TRAINED:
		return true, nil
	case status.StatusCode_MODEL_TRAINING: // want `switch handles MODEL_TRAINING but not MODEL_QUEUED_FOR_TRAINING, MODEL_UPLOADING, MODEL_BUILDING \(pending, model training\)`
		return false, nil
	default:
		return false, errFatal
	}
}

// A retry switch that retries CONN_THROTTLED but turns the hourly limit
// into an outage.
func retry(code status.StatusCode) bool {
	switch code {
	case status.StatusCode_SUCCESS:
		return false
	case status.StatusCode_CONN_THROTTLED, status.StatusCode_RPC_SERVER_UNAVAILABLE: // want `switch handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)` `switch handles RPC_SERVER_UNAVAILABLE but not RPC_REQUEST_QUEUE_FULL, RPC_REQUEST_TIMEOUT \(retry, rpc\)`
		return true
	default:
		return false
	}
}

// No default and only two categories handled.
func noDefault(code status.StatusCode) (out string) {
	switch code { // want `^switch on Clarifai status code has no default and misses 9 categories: partial, pending, retry, auth, quota, invalid, not_found, failed, internal \(e.g. CONN_THROTTLED, CONN_KEY_INVALID\)$`
	case status.StatusCode_SUCCESS:
		out = "done"
	case status.StatusCode_MODEL_TRAINED:
		out = "trained"
	}
	return out
}

// Examples come from the families the switch deals with.
func nearMiss(code status.StatusCode) string {
	switch code { // want `switch on Clarifai status code has no default and misses categories: auth \(CONN_KEY_INVALID, CONN_INSUFFICIENT_SCOPES and \d+ more\), quota \(CONN_EXCEED_MONTHLY_LIMIT, CONN_ACCOUNT_ISSUES and \d+ more\)$`
	case status.StatusCode_SUCCESS:
	case status.StatusCode_MIXED_STATUS:
	case status.StatusCode_MODEL_QUEUED_FOR_TRAINING, status.StatusCode_MODEL_TRAINING, status.StatusCode_MODEL_UPLOADING, status.StatusCode_MODEL_BUILDING:
	case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
	case status.StatusCode_CONN_BAD_REQUEST_FORMAT:
	case status.StatusCode_MODEL_DOES_NOT_EXIST:
	case status.StatusCode_FAILURE:
	case status.StatusCode_INTERNAL_SERVER_ISSUE:
	}
	return ""
}

// Every category has a case: nothing to report. A literal case counts as
// covering its code, and either name of an aliased value counts.
func everyCategory(code status.StatusCode) string {
	switch code {
	case status.StatusCode_INPUT_DOWNLOAD_SUCCESS: // want `deprecated alias`
	case 10010: // want `raw Clarifai status code 10010; use status.StatusCode_MIXED_STATUS`
	case status.StatusCode_ACCEPTED:
	case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
	case status.StatusCode_CONN_KEY_INVALID:
	case status.StatusCode_CONN_ACCOUNT_ISSUES:
	case status.StatusCode_BAD_REQUEST: // want `^status.StatusCode_BAD_REQUEST \(90400\) is deprecated and has no replacement$`
	case status.StatusCode_MODEL_DOES_NOT_EXIST:
	case status.StatusCode_FAILURE:
	case status.StatusCode_SERVER_ERROR: // want `^status.StatusCode_SERVER_ERROR \(90500\) is deprecated and has no replacement$`
	}
	return ""
}

// A case value that is not constant could be anything: no report.
func opaque(code, expected status.StatusCode) bool {
	switch code {
	case expected:
		return true
	case status.StatusCode_CONN_THROTTLED:
		return false
	}
	return false
}

// Converted switches and literal cases are status codes too.
func converted(s *status.Status) (out string) {
	switch int(s.GetCode()) { // want `switch on Clarifai status code has no default and misses \d+ categories`
	case 10000: // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS`
		out = "ok"
	case 21101: // want `raw Clarifai status code 21101` `switch handles MODEL_TRAINING but not`
		out = "wait"
	}
	return out
}

// An if/else-if chain over one code expression gets the same checks.
func chain(resp *api.MultiOutputResponse) (out string) {
	code := resp.GetStatus().GetCode()
	if code == status.StatusCode_SUCCESS { // want `if-else chain on Clarifai status code has no else and misses \d+ categories`
		out = "ok"
	} else if code == status.StatusCode_CONN_THROTTLED { // want `if-else chain handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)`
		out = "retry"
	}
	return out
}

func chainWithElse(code status.StatusCode) string {
	if code == status.StatusCode_SUCCESS {
		return "ok"
	} else if code == status.StatusCode_MODEL_TRAINING || code == status.StatusCode_MODEL_QUEUED_FOR_TRAINING { // want `if-else chain handles MODEL_TRAINING, MODEL_QUEUED_FOR_TRAINING but not MODEL_UPLOADING, MODEL_BUILDING`
		return "wait"
	} else {
		return "fail"
	}
}

// A single if, or a chain over different expressions, is no switch.
func notChains(a, b status.StatusCode) bool {
	if a == status.StatusCode_SUCCESS || a == status.StatusCode_MIXED_STATUS {
		return true
	}
	if a == status.StatusCode_SUCCESS {
		return true
	} else if b == status.StatusCode_CONN_THROTTLED {
		return false
	}
	// The same name, another variable.
	if a == status.StatusCode_SUCCESS {
		return true
	} else if a := b; a == status.StatusCode_CONN_THROTTLED {
		return false
	}
	return false
}

// The same call, each time, is one code expression.
func chainOnGetter(resp *api.MultiOutputResponse) (out string) {
	if resp.GetStatus().GetCode() == status.StatusCode_SUCCESS { // want `if-else chain on Clarifai status code has no else and misses \d+ categories`
		out = "ok"
	} else if (resp.GetStatus().GetCode()) == status.StatusCode_CONN_THROTTLED { // want `if-else chain handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)`
		out = "retry"
	}
	return out
}

// A predicate: every case returns and a return follows, so the codes no
// case names reach that return, as they would a default. Nothing to report.
func isRetryable(code status.StatusCode) bool {
	switch code {
	case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
		return true
	}
	return false
}

// A poll loop: the codes no case names poll again, forever. Reported, with
// an explicit continue too.
func pollContinue(get func() status.StatusCode) error {
	for {
		switch get() { // want `^switch on Clarifai status code has no default and misses 8 categories`
		case status.StatusCode_MODEL_TRAINED:
			return nil
		case status.StatusCode_MODEL_TRAINING_FAILED:
			return errFatal
		}
		continue
	}
}

// A poll loop: the codes no case names poll again, forever. Reported.
func pollLoop(get func() status.StatusCode, wait func()) error {
	for {
		switch get() { // want `^switch on Clarifai status code has no default and misses 8 categories`
		case status.StatusCode_MODEL_TRAINED:
			return nil
		case status.StatusCode_MODEL_TRAINING_FAILED:
			return errFatal
		}
		wait()
	}
}

// Switches over gRPC codes, HTTP statuses and plain ints are not ours.
func others(c codes.Code, r *http.Response, n int) int {
	switch c {
	case codes.OK, codes.Unavailable:
		return 1
	}
	switch r.StatusCode {
	case http.StatusOK, 10000:
		return 2
	}
	switch n {
	case 10000, 11005:
		return 3
	}
	if c == codes.OK {
		return 4
	} else if c == codes.NotFound {
		return 5
	}
	return 0
}

var errFatal error

// Polling an upload: the input's pending states are one group; the cluster
// and reindex operations' pending codes are other groups.
func pollUpload(in *api.Input) bool {
	switch in.GetStatus().GetCode() {
	case status.StatusCode_INPUT_PENDING, status.StatusCode_INPUT_IN_PROGRESS:
		return false
	case status.StatusCode_INPUT_CLUSTER_PENDING: // want `^switch handles INPUT_CLUSTER_PENDING but not INPUT_CLUSTER_IN_PROGRESS \(pending, input cluster\)$`
		return false
	default:
		return true
	}
}
