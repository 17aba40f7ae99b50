package switchflags

import (
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// A resource's status requires the state categories of its domain that
// -require names: here success alone, which a default does not handle.
func trainedOnly(mv *api.ModelVersion) bool {
	switch mv.GetStatus().GetCode() { // want `^switch on the model version's status misses success \(MODEL_TRAINED\); handle them$`
	case status.StatusCode_MODEL_TRAINING:
		return false
	default:
		return true
	}
}

func trainedOrNot(mv *api.ModelVersion) bool {
	switch mv.GetStatus().GetCode() {
	case status.StatusCode_MODEL_TRAINED:
		return true
	default:
		return false
	}
}
