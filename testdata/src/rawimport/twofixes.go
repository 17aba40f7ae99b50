package rawimport

import (
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/codes" // gRPC's own codes, not Clarifai's
)

// Two fixes in a file that does not import the SDK's status package, one
// where a local named status shadows the name: both add the same import,
// under a name free in the whole file, so that it is imported once. The
// last import's trailing comment stays on its line.
func first(resp *api.MultiOutputResponse) bool {
	return resp.GetStatus().GetCode() == 10000 // want `use statuspb.StatusCode_SUCCESS`
}

func second(resp *api.MultiOutputResponse, c codes.Code) bool {
	status := resp.GetStatus()
	return c == codes.OK && status.GetCode() == 21101 // want `use statuspb.StatusCode_MODEL_TRAINING`
}
