// Package app uses a copy of the SDK vendored at the top of its GOPATH,
// whose package path starts with vendor/: it is the SDK all the same.
package app

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func ok(s *status.Status) bool {
	return s.Code == 10000 // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS`
}

func token(s *status.Status) bool {
	return s.Code == status.StatusCode_CONN_TOKEN_INVALID // want `status.StatusCode_CONN_TOKEN_INVALID \(11001\) is deprecated`
}
