package main

import (
	"context"
	"time"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// waitTrained polls the model every interval until its version is trained,
// and returns that version.
func (s *service) waitTrained(ctx context.Context, modelID string, every time.Duration) (*api.ModelVersion, error) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		resp, err := s.client.GetModel(ctx, &api.GetModelRequest{ModelId: modelID})
		if err != nil {
			return nil, err
		}
		if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
			return nil, newAPIError("get model "+modelID, resp.GetStatus())
		}
		v := resp.GetModel().GetModelVersion()
		switch v.GetStatus().GetCode() {
		case status.StatusCode_MODEL_TRAINED:
			return v, nil
		case status.StatusCode_MODEL_TRAINING:
			// Still training: poll again.
		default:
			return nil, newAPIError("train "+modelID, v.GetStatus())
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}
