package generated

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func ok(s *status.Status) bool {
	return s.Code == 10000 // want `raw Clarifai status code 10000`
}
