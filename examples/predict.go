package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	statuspb "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// errUnavailable wraps transport failures worth retrying.
var errUnavailable = errors.New("clarifai unavailable")

// apiError is a Clarifai status other than success.
type apiError struct {
	Op          string
	Code        statuspb.StatusCode
	Description string
}

func newAPIError(op string, st *statuspb.Status) *apiError {
	return &apiError{Op: op, Code: st.GetCode(), Description: st.GetDescription()}
}

func (e *apiError) Error() string {
	return fmt.Sprintf("%s: %s (%d): %s", e.Op, e.Code, int32(e.Code), e.Description)
}

// service calls Clarifai through the gRPC SDK; in production client is
// api.NewV2Client on a connection to api.clarifai.com:443.
type service struct {
	client api.V2Client
}

// prediction is the result for one input: its output, or why it failed.
type prediction struct {
	Output *api.Output
	Err    error
}

// predict classifies the images with the model, one prediction per image.
func (s *service) predict(ctx context.Context, modelID string, urls []string) ([]prediction, error) {
	req := &api.PostModelOutputsRequest{ModelId: modelID}
	for _, u := range urls {
		req.Inputs = append(req.Inputs, &api.Input{Data: &api.Data{Image: &api.Image{Url: u}}})
	}
	resp, err := s.client.PostModelOutputs(ctx, req)
	if err != nil {
		// Transport errors carry gRPC's own status, not Clarifai's.
		if st, ok := status.FromError(err); ok && st.Code() == codes.Unavailable {
			return nil, fmt.Errorf("predict %s: %w: %s", modelID, errUnavailable, st.Message())
		}
		return nil, fmt.Errorf("predict %s: %w", modelID, err)
	}
	// MIXED_STATUS: the call went through but some inputs failed, and each
	// output says which.
	if resp.GetStatus().GetCode() != 10000 && resp.GetStatus().GetCode() != statuspb.StatusCode_MIXED_STATUS {
		return nil, newAPIError("predict "+modelID, resp.GetStatus())
	}
	preds := make([]prediction, len(resp.GetOutputs()))
	for i, out := range resp.GetOutputs() {
		if out.GetStatus().GetCode() != statuspb.StatusCode_SUCCESS {
			preds[i].Err = newAPIError("predict "+urls[i], out.GetStatus())
			continue
		}
		preds[i].Output = out
	}
	return preds, nil
}
