package rawimport

import (
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// The file imports the SDK's status package, but a local variable shadows
// it here: a shadowed import is treated as a missing one, and the message
// names what the fix writes.
func shadowedImport(resp *api.MultiOutputResponse) bool {
	status := resp.GetStatus()
	return status.GetCode() == 10010 // want `^raw Clarifai status code 10010; use statuspb.StatusCode_MIXED_STATUS \(partial: Mixed Success\)$`
}

// Where nothing shadows it, the import is used as it is.
func notShadowed(resp *api.MultiOutputResponse) bool {
	return resp.GetStatus().GetCode() == 10000 // want `^raw Clarifai status code 10000; use status.StatusCode_SUCCESS \(success: Ok\)$`
}

var _ = status.StatusCode_ZERO
