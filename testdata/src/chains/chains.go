// Package chains holds if-else chains and tagless switches in the shapes
// real code writes them.
package chains

import (
	"errors"
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc/codes"
)

var errFailed = errors.New("failed")

// The same code spelled as a field and as getters is one chain.
func fieldAndGetter(resp *api.MultiOutputResponse) (out string) {
	if resp.Status.Code == status.StatusCode_SUCCESS { // want `^if-else chain on Clarifai status code has no else and misses \d+ categories`
		out = "ok"
	} else if resp.GetStatus().GetCode() == status.StatusCode_CONN_THROTTLED { // want `^if-else chain handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)$`
		out = "retry"
	}
	return out
}

// A chain that starts with an unrelated test: the comparisons that follow
// are checked as a chain.
func unrelatedHead(resp *api.MultiOutputResponse, err error) (failed error) {
	if err != nil {
		failed = err
	} else if resp.Status.Code == status.StatusCode_SUCCESS { // want `^if-else chain on Clarifai status code has no else and misses \d+ categories`
		failed = nil
	} else if resp.Status.Code == status.StatusCode_CONN_THROTTLED { // want `if-else chain handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT`
		failed = errFailed
	}
	return failed
}

// An unrelated test after the comparisons ends the chain like an else.
func unrelatedTail(code status.StatusCode, retries int) string {
	if code == status.StatusCode_SUCCESS {
		return "ok"
	} else if code == status.StatusCode_CONN_THROTTLED || code == status.StatusCode_CONN_EXCEED_HOURLY_LIMIT {
		return "retry"
	} else if retries > 3 {
		return "give up"
	}
	return ""
}

// A != branch handles every code but the one it names: MODEL_TRAINING
// waits while MODEL_QUEUED_FOR_TRAINING and the other pending training
// states fail.
func notEqualBranch(resp *api.SingleModelResponse) (bool, error) {
	code := resp.GetModel().GetModelVersion().GetStatus().GetCode()
	if code == status.StatusCode_MODEL_TRAINING { // want `^if-else chain handles MODEL_TRAINING but not MODEL_QUEUED_FOR_TRAINING, MODEL_UPLOADING, MODEL_BUILDING \(pending, model training\)$`
		return false, nil
	} else if code != status.StatusCode_MODEL_TRAINED {
		return false, errFailed
	}
	return true, nil
}

// A != branch that the whole group goes to is fine, and it handles every
// category: no missing ones.
func notEqualComplete(code status.StatusCode) bool {
	if code == status.StatusCode_SUCCESS {
		return true
	} else if code != status.StatusCode_MIXED_STATUS && code != status.StatusCode_ZERO {
		return false
	}
	return true
}

// A tagless switch over one code is checked like an if-else chain.
func tagless(code status.StatusCode) (out string) {
	switch { // want `^switch on Clarifai status code has no default and misses \d+ categories`
	case code == status.StatusCode_SUCCESS:
		out = "ok"
	case code == status.StatusCode_CONN_THROTTLED: // want `^switch handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)$`
		out = "retry"
	}
	return out
}

// A tagless switch with a default, whose cases list codes with commas and
// ||, is complete when every sibling is there.
func taglessComplete(resp *api.MultiOutputResponse) string {
	switch {
	case resp.Status.Code == status.StatusCode_SUCCESS:
		return "ok"
	case resp.Status.Code == status.StatusCode_CONN_THROTTLED, resp.GetStatus().GetCode() == status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
		return "retry"
	default:
		return "fail"
	}
}

// Every branch returns and a return follows: the codes no branch names
// reach it, as they would an else. Only the split group is reported.
func returnsAfter(code status.StatusCode) (string, error) {
	if code == status.StatusCode_SUCCESS {
		return "ok", nil
	} else if code == status.StatusCode_CONN_THROTTLED { // want `^if-else chain handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)$`
		return "", errFailed
	}
	return "", fmt.Errorf("failed: %v", code)
}

// A tagless switch over several things is no decision over a code.
func taglessMixed(code status.StatusCode, n int) string {
	switch {
	case n > 3:
		return "many"
	case code == status.StatusCode_SUCCESS:
		return "ok"
	}
	switch {
	case code == status.StatusCode_SUCCESS:
		return "ok"
	case code == status.StatusCode_MIXED_STATUS && n > 0:
		return "some"
	}
	return ""
}

// gRPC codes in a chain are not ours.
func grpcChain(c codes.Code) string {
	if c == codes.OK {
		return "ok"
	} else if c == codes.Unavailable {
		return "retry"
	}
	switch {
	case c == codes.OK:
	case c == codes.NotFound:
	}
	return ""
}

// A clause that writes the code two ways gets no fix: which to write is
// the author's choice.
func mixedSpelling(resp *api.MultiOutputResponse) string {
	if resp.Status.Code == status.StatusCode_SUCCESS {
		return "ok"
	} else if resp.Status.Code == status.StatusCode_RPC_SERVER_UNAVAILABLE || resp.GetStatus().GetCode() == status.StatusCode_RPC_REQUEST_TIMEOUT { // want `^if-else chain handles RPC_SERVER_UNAVAILABLE, RPC_REQUEST_TIMEOUT but not RPC_REQUEST_QUEUE_FULL \(retry, rpc\)$`
		return "retry"
	}
	return "fail"
}

// A code expression that calls the program's own function gets no fix:
// another comparison would call it again.
func sideEffect(next func() status.StatusCode) string {
	if next() == status.StatusCode_SUCCESS {
		return "ok"
	} else if next() == status.StatusCode_CONN_THROTTLED { // want `^if-else chain handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)$`
		return "retry"
	}
	return "fail"
}

// Comparisons in parentheses: the fix appends after the last one.
func parenthesized(code status.StatusCode) string {
	if code == status.StatusCode_SUCCESS {
		return "ok"
	} else if (code == status.StatusCode_TRY_AGAIN) || (code == status.StatusCode_CONN_THROTTLED) { // want `^if-else chain handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)$`
		return "retry"
	}
	return "fail"
}
