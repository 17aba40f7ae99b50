package uncheckedwrap

import (
	"context"
	"errors"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// The checks look an identifier up only where its name can matter (a
// variable declared able to hold a response, a field called through):
// these cases pin what the names must not hide.

// A field set by position in a composite literal, to a client method.
type byPosition struct {
	fetch func(context.Context, *api.ListInputsRequest) (*api.MultiInputResponse, error)
}

func newByPosition(c api.V2Client) byPosition { return byPosition{c.ListInputs} }

func (b byPosition) count(ctx context.Context) (int, error) {
	resp, err := b.fetch(ctx, &api.ListInputsRequest{}) // want `^status of the ListInputs response is never checked`
	if err != nil {
		return 0, err
	}
	return len(resp.Inputs), nil
}

// A field set by position to a function literal: out of sight, silent.
type byPositionLit struct {
	fetch func(context.Context, *api.ListInputsRequest) (*api.MultiInputResponse, error)
}

func newByPositionLit() []byPositionLit {
	return []byPositionLit{{func(context.Context, *api.ListInputsRequest) (*api.MultiInputResponse, error) { return nil, nil }}}
}

func (b byPositionLit) count(ctx context.Context) (int, error) {
	resp, err := b.fetch(ctx, &api.ListInputsRequest{})
	if err != nil {
		return 0, err
	}
	return len(resp.Inputs), nil
}

// A parameter that the response is assigned to: its status reads count.
func intoParam(ctx context.Context, c api.V2Client, resp *api.MultiInputResponse) (int, error) {
	resp, err := c.ListInputs(ctx, &api.ListInputsRequest{})
	if err != nil {
		return 0, err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS {
		return 0, errors.New(resp.Status.Description)
	}
	return len(resp.Inputs), nil
}

// The same name for a string and, in an inner block, a response: the
// response's reads are its own.
func sameName(ctx context.Context, c api.V2Client, resp string) (int, error) {
	if resp == "" {
		return 0, nil
	}
	{
		resp, err := c.ListInputs(ctx, &api.ListInputsRequest{}) // want `^status of the ListInputs response is never checked`
		if err != nil {
			return 0, err
		}
		return len(resp.Inputs), nil
	}
}

func sameNameChecked(ctx context.Context, c api.V2Client, resp string, n int) (int, error) {
	for i := 0; i < n; i++ {
		resp, err := c.ListInputs(ctx, &api.ListInputsRequest{})
		if err != nil || resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
			return 0, err
		}
	}
	return len(resp), nil
}

// Two fields of one struct, whose values one walk of the package finds:
// each keeps its own. get is set to a client method, by key; list to a
// function literal, by assignment.
type twoFields struct {
	get  func(context.Context, *api.GetInputRequest) (*api.SingleInputResponse, error)
	list func(context.Context, *api.ListInputsRequest) (*api.MultiInputResponse, error)
}

func newTwoFields(c api.V2Client) *twoFields {
	t := &twoFields{get: c.GetInput}
	t.list = func(context.Context, *api.ListInputsRequest) (*api.MultiInputResponse, error) { return nil, nil }
	return t
}

func (t *twoFields) both(ctx context.Context) (int, error) {
	in, err := t.get(ctx, &api.GetInputRequest{}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return 0, err
	}
	all, err := t.list(ctx, &api.ListInputsRequest{})
	if err != nil {
		return 0, err
	}
	return len(in.Input.Id) + len(all.Inputs), nil
}
