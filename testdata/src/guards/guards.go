// Package guards holds decisions over a status code together with the tests
// that lead to them: codes a test on the same code expression took out
// count as handled.
package guards

import (
	"errors"
	"log"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

var errFailed = errors.New("failed")

// The idiomatic shape: every other category inside if code != SUCCESS.
// Nothing to report.
func inNotEqual(resp *api.MultiOutputResponse) error {
	if resp.Status.Code != status.StatusCode_SUCCESS {
		switch resp.Status.Code {
		case status.StatusCode_MIXED_STATUS:
		case status.StatusCode_MODEL_QUEUED_FOR_TRAINING, status.StatusCode_MODEL_TRAINING, status.StatusCode_MODEL_UPLOADING, status.StatusCode_MODEL_BUILDING:
		case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
		case status.StatusCode_CONN_KEY_INVALID:
		case status.StatusCode_CONN_ACCOUNT_ISSUES:
		case status.StatusCode_CONN_BAD_REQUEST_FORMAT:
		case status.StatusCode_MODEL_DOES_NOT_EXIST:
		case status.StatusCode_FAILURE:
		case status.StatusCode_INTERNAL_SERVER_ISSUE:
		}
		return errFailed
	}
	return nil
}

// The guard spelled with getters, the switch with fields: one expression.
// An incomplete switch there never names success as missing.
func getterGuard(resp *api.MultiOutputResponse) error {
	if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		switch resp.Status.Code { // want `^switch on Clarifai status code has no default and misses 8 categories: partial, pending, auth, quota, invalid, not_found, failed, internal \(e.g. CONN_KEY_INVALID, MODEL_TRAINING\)$`
		case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
			return errFailed
		}
	}
	return nil
}

// In the else of if code == SUCCESS.
func inElse(code status.StatusCode) string {
	if code == status.StatusCode_SUCCESS {
		return "ok"
	} else {
		switch code { // want `^switch on Clarifai status code has no default and misses 7 categories: partial, pending, quota, invalid, not_found, failed, internal`
		case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
			return "retry"
		case status.StatusCode_CONN_KEY_INVALID:
			return "auth"
		}
	}
	return ""
}

// After if code == X || code == Y { return } earlier in the same block, and
// after a guard that panics or exits through log.Fatal.
func afterReturn(code status.StatusCode) string {
	if code == status.StatusCode_SUCCESS || code == status.StatusCode_MIXED_STATUS {
		return "ok"
	}
	if code == status.StatusCode_CONN_KEY_INVALID {
		panic("bad key")
	}
	if code == status.StatusCode_CONN_ACCOUNT_ISSUES {
		log.Fatal("account")
	}
	switch code { // want `^switch on Clarifai status code has no default and misses categories: invalid \(CONN_BAD_REQUEST_FORMAT, \w+ and \d+ more\), not_found \(MODEL_DOES_NOT_EXIST, INPUT_DOES_NOT_EXIST and \d+ more\)$`
	case status.StatusCode_MODEL_QUEUED_FOR_TRAINING, status.StatusCode_MODEL_TRAINING, status.StatusCode_MODEL_UPLOADING, status.StatusCode_MODEL_BUILDING:
	case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
	case status.StatusCode_FAILURE:
	case status.StatusCode_INTERNAL_SERVER_ISSUE:
	}
	return ""
}

// In a loop: if code == X { continue } takes X out too.
func inLoop(codes []status.StatusCode) int {
	n := 0
	for _, code := range codes {
		if code == status.StatusCode_SUCCESS {
			continue
		}
		switch code { // want `misses 8 categories: partial, pending, auth, quota, invalid, not_found, failed, internal`
		case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
			n++
		}
	}
	return n
}

// A guard on the group's sibling counts for the sibling check.
func siblingGuard(code status.StatusCode) bool {
	if code == status.StatusCode_CONN_EXCEED_HOURLY_LIMIT {
		return true
	}
	switch code {
	case status.StatusCode_CONN_THROTTLED:
		return true
	default:
		return false
	}
}

// if code != X { return } leaves only X: a switch after it handles all the
// rest.
func onlyOne(code status.StatusCode) bool {
	if code != status.StatusCode_MODEL_TRAINING {
		return false
	}
	switch code {
	case status.StatusCode_MODEL_TRAINING:
		return true
	}
	return false
}

// A guard on another expression changes nothing; nor does a test that does
// not leave the block.
func otherGuard(a, b status.StatusCode) (out string) {
	if a != status.StatusCode_SUCCESS {
		switch b { // want `^switch on Clarifai status code has no default and misses 9 categories: success, `
		case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
			out = "retry"
		}
	}
	if b == status.StatusCode_SUCCESS {
		log.Print("ok")
	}
	switch b { // want `^switch on Clarifai status code has no default and misses 9 categories: success, `
	case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
		out = "retry"
	}
	return out
}

// A guard in the enclosing function does not reach into a closure's body
// through the closure.
func closure(code status.StatusCode) func() string {
	if code == status.StatusCode_SUCCESS {
		return nil
	}
	return func() (out string) {
		switch code { // want `^switch on Clarifai status code has no default and misses 9 categories: success, `
		case status.StatusCode_CONN_THROTTLED, status.StatusCode_CONN_EXCEED_HOURLY_LIMIT:
			out = "retry"
		}
		return out
	}
}

// Guards count for if-else chains too.
func chainGuard(resp *api.MultiOutputResponse) string {
	code := resp.GetStatus().GetCode()
	if code != status.StatusCode_SUCCESS {
		if code == status.StatusCode_CONN_THROTTLED || code == status.StatusCode_CONN_EXCEED_HOURLY_LIMIT { // want `^if-else chain on Clarifai status code has no else and misses 7 categories: partial, auth, quota, invalid, not_found, failed, internal`
			return "retry"
		} else if code == status.StatusCode_MODEL_TRAINING { // want `if-else chain handles MODEL_TRAINING but not MODEL_QUEUED_FOR_TRAINING`
			return "wait"
		}
	}
	return ""
}
