package main

import (
	"context"
	"fmt"
	"time"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	statuspb "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// addInputs uploads the images and returns the ids of the new inputs. A
// batch may partly fail (MIXED_STATUS); this lets it through and returns
// the ids of the inputs that failed too.
func (s *service) addInputs(ctx context.Context, urls []string) ([]string, error) {
	req := &api.PostInputsRequest{}
	for _, u := range urls {
		req.Inputs = append(req.Inputs, &api.Input{Data: &api.Data{Image: &api.Image{Url: u}}})
	}
	resp, err := s.client.PostInputs(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("add inputs: %w", err)
	}
	code := resp.GetStatus().GetCode()
	if code != statuspb.StatusCode_SUCCESS && code != statuspb.StatusCode_MIXED_STATUS {
		return nil, newAPIError("add inputs", resp.GetStatus())
	}
	ids := make([]string, 0, len(resp.Inputs))
	for _, in := range resp.Inputs {
		ids = append(ids, in.GetId())
	}
	return ids, nil
}

// inputCount counts the app's inputs, page by page. It checks err but not
// the status: a bad key or throttling ends the count early, as if the app
// had no more inputs.
func (s *service) inputCount(ctx context.Context) (int, error) {
	n := 0
	for page := uint32(1); ; page++ {
		resp, err := s.client.ListInputs(ctx, &api.ListInputsRequest{Page: page, PerPage: 100})
		if err != nil {
			return 0, fmt.Errorf("list inputs: %w", err)
		}
		if len(resp.Inputs) == 0 {
			return n, nil
		}
		n += len(resp.Inputs)
	}
}

// waitInput polls an uploaded input until the API has processed it. An
// input that can never be processed, or a call that keeps failing (a bad
// key, throttling), is polled forever.
func (s *service) waitInput(ctx context.Context, id string, every time.Duration) error {
	for {
		resp, err := s.client.GetInput(ctx, &api.GetInputRequest{InputId: id})
		if err != nil {
			return fmt.Errorf("get input %s: %w", id, err)
		}
		switch resp.GetInput().GetStatus().GetCode() {
		case statuspb.StatusCode_INPUT_SUCCESS:
			return nil
		case statuspb.StatusCode_INPUT_FAILED:
			return newAPIError("input "+id, resp.GetInput().GetStatus())
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
	}
}
