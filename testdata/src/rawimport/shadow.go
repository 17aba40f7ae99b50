package rawimport

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"

// A local variable named status shadows the name at the literal: the fix
// imports the package as statuspb.
func shadowed(resp *api.MultiOutputResponse) bool {
	status := resp.GetStatus()
	return status.GetCode() == 10010 // want `raw Clarifai status code 10010; use statuspb.StatusCode_MIXED_STATUS`
}
