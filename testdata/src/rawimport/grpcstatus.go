package rawimport

import (
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/status"
)

// gRPC's status takes the name status in this file: the fix adds the SDK's
// package as statuspb.
func throttled(resp *api.MultiOutputResponse, err error) bool {
	if _, ok := status.FromError(err); !ok {
		return false
	}
	return resp.GetStatus().GetCode() == 11005 // want `raw Clarifai status code 11005; use statuspb.StatusCode_CONN_THROTTLED`
}
