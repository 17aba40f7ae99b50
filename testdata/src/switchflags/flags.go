// Package switchflags is checked with -require=success,retry,
// -default-signifies-exhaustive=false and -siblings= (none).
package switchflags

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func required(code status.StatusCode) (out bool) {
	switch code { // want `^switch on Clarifai status code has no default and misses categories: retry \(CONN_THROTTLED, TRY_AGAIN and 14 more\)$`
	case status.StatusCode_SUCCESS:
		out = true
	case status.StatusCode_MODEL_TRAINING: // no sibling report: -siblings is empty
		out = false
	}
	return out
}

// With -default-signifies-exhaustive=false a default handles nothing.
func withDefault(code status.StatusCode) bool {
	switch code { // want `^switch on Clarifai status code misses categories: retry`
	case status.StatusCode_SUCCESS:
		return true
	default:
		return false
	}
}

func covered(code status.StatusCode) bool {
	switch code {
	case status.StatusCode_SUCCESS, status.StatusCode_TRY_AGAIN:
		return true
	}
	return false
}
