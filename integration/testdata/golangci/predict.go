package main

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"

	"example.com/gcl/clar"
)

// outputs counts what the model says, without looking at the response's
// status: statuslint reports it through clar.Predict.
func outputs(ctx context.Context, c api.V2Client) (int, error) {
	resp, err := clar.Predict(ctx, c, "general")
	if err != nil {
		return 0, err
	}
	return len(resp.Outputs), nil
}
