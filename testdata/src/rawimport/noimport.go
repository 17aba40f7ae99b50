package rawimport

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"

// The file does not import the SDK's status package: the fix adds it.
func ok(resp *api.MultiOutputResponse) bool {
	return resp.GetStatus().GetCode() == 10000 // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS`
}
