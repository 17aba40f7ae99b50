// Package status is a small vendored copy of the Clarifai SDK's status
// package, under a GOPATH's top-level vendor directory: its package path
// is vendor/github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status.
package status

// StatusCode is the code of a Status.
type StatusCode int32

const (
	StatusCode_ZERO               StatusCode = 0
	StatusCode_SUCCESS            StatusCode = 10000
	StatusCode_MIXED_STATUS       StatusCode = 10010
	StatusCode_CONN_TOKEN_INVALID StatusCode = 11001 // Deprecated: Do not use.
	StatusCode_CONN_THROTTLED     StatusCode = 11005
	StatusCode_CONN_KEY_INVALID   StatusCode = 11008
)

// Status is the status of an API call.
type Status struct{ Code StatusCode }
