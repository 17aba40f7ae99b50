// Package clar wraps the SDK's client for the fixture's main package:
// Predict returns the response unread, so its callers owe the status
// check, which statuslint knows across packages by a fact.
package clar

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

// Predict asks modelID for its outputs.
func Predict(ctx context.Context, c api.V2Client, modelID string) (*api.MultiOutputResponse, error) {
	return c.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: modelID})
}
