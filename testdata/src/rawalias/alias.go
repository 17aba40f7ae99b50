package rawalias

import (
	statuspb "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// The SDK's package is imported as statuspb because gRPC's status takes the
// name: fixes must use statuspb.
func check(s *statuspb.Status, err error) bool {
	if status.Code(err) != codes.OK {
		return false
	}
	return s.GetCode() == 10000 // want `raw Clarifai status code 10000; use statuspb.StatusCode_SUCCESS`
}
