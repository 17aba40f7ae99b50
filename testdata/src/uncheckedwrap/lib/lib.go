// Package lib wraps the Clarifai SDK for package uncheckedwrap, which
// calls it: wrappers that return a response unread, whose facts cross the
// package boundary, and wrappers that read its status, which have none.
package lib

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// Predictor mirrors a V2Client method: the seam for mocks.
type Predictor interface {
	PostModelOutputs(ctx context.Context, in *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error)
}

// Service is the program's own: its methods mirror nothing in V2Client,
// by name or by signature.
type Service interface {
	PostModelOutputs(ctx context.Context, modelID string) (*api.MultiOutputResponse, error)
	Classify(ctx context.Context, in *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error)
}

// Client wraps the SDK's client.
type Client struct{ api api.V2Client }

// Predict returns the SDK's response as it is.
func (c *Client) Predict(ctx context.Context, modelID string) (*api.MultiOutputResponse, error) { // want Predict:"returns the PostModelOutputs response unread"
	return c.api.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: modelID})
}

// Inputs checks the error, not the status.
func (c *Client) Inputs(ctx context.Context, page uint32) (*api.MultiInputResponse, error) { // want Inputs:"returns the ListInputs response unread"
	resp, err := c.api.ListInputs(ctx, &api.ListInputsRequest{Page: page})
	if err != nil {
		return nil, err
	}
	if resp == nil || len(resp.Inputs) == 0 {
		return nil, errors.New("no inputs")
	}
	return resp, nil
}

// Model passes on what an unexported wrapper passes on.
func (c *Client) Model(ctx context.Context, id string) (*api.SingleModelResponse, error) { // want Model:"returns the GetModel response unread"
	return c.model(ctx, id)
}

func (c *Client) model(ctx context.Context, id string) (*api.SingleModelResponse, error) {
	var resp *api.SingleModelResponse
	resp, err := c.api.GetModel(ctx, &api.GetModelRequest{ModelId: id})
	return resp, err
}

// Inputs of a mirror of V2Client are responses too.
func Post(ctx context.Context, p Predictor, req *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error) { // want Post:"returns the PostModelOutputs response unread"
	return p.PostModelOutputs(ctx, req)
}

// No facts: a wrapper that checks the status, one that turns it into an
// error, one that hands the response to a call, one that stores it, one
// that makes its own.

func (c *Client) PredictChecked(ctx context.Context, modelID string) (*api.MultiOutputResponse, error) {
	resp, err := c.api.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: modelID})
	if err != nil {
		return nil, err
	}
	if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return nil, errors.New(resp.GetStatus().GetDescription())
	}
	return resp, nil
}

func (c *Client) PredictErr(ctx context.Context, modelID string) (*api.MultiOutputResponse, error) {
	resp, err := c.api.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: modelID})
	if err != nil {
		return nil, err
	}
	return resp, StatusErr(resp.Status)
}

func (c *Client) PredictLogged(ctx context.Context, modelID string) (*api.MultiOutputResponse, error) {
	resp, err := c.api.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: modelID})
	log.Printf("predict: %v", resp)
	return resp, err
}

type Cache struct{ Last *api.MultiOutputResponse }

func (c *Cache) Remember(ctx context.Context, p Predictor) (*api.MultiOutputResponse, error) {
	resp, err := p.PostModelOutputs(ctx, &api.PostModelOutputsRequest{})
	c.Last = resp
	return resp, err
}

func Canned() (*api.MultiOutputResponse, error) {
	return &api.MultiOutputResponse{Status: &status.Status{Code: status.StatusCode_SUCCESS}}, nil
}

// A call of one's own mirror interface is a response; its return is not
// when the function checks it in a closure first.
func PostChecked(ctx context.Context, p Predictor) (*api.MultiOutputResponse, error) {
	resp, err := p.PostModelOutputs(ctx, &api.PostModelOutputsRequest{})
	ok := func() bool { return resp.GetStatus().GetCode() == status.StatusCode_SUCCESS }
	if err != nil || !ok() {
		return nil, errors.New("predict failed")
	}
	return resp, nil
}

// StatusErr turns a status into an error.
func StatusErr(s *status.Status) error {
	if s.GetCode() != status.StatusCode_SUCCESS {
		return errors.New(s.GetDescription())
	}
	return nil
}

// Generic helpers.

// Must panics on an error and passes the value on.
func Must[T any](v T, err error) T { // want Must:"passes argument 0's response"
	if err != nil {
		panic(err)
	}
	return v
}

// Retry calls f until it returns no error, three times at most.
func Retry[T any](ctx context.Context, f func(context.Context) (T, error)) (T, error) { // want Retry:"passes callback 1's response"
	var resp T
	var err error
	for range 3 {
		if resp, err = f(ctx); err == nil {
			return resp, nil
		}
	}
	return resp, err
}

// First passes on an element, not an argument: no fact.
func First[T any](xs []T) T {
	return xs[0]
}

// Checked reads the status through its constraint: no fact.
func Checked[T interface{ GetStatus() *status.Status }](v T, err error) (T, error) {
	if err == nil {
		err = StatusErr(v.GetStatus())
	}
	return v, err
}

// REST: the program's own response struct, decoded and returned.

type Reply struct {
	Status struct {
		Code        int    `json:"code"`
		Description string `json:"description"`
	} `json:"status"`
	Outputs []struct {
		ID string `json:"id"`
	} `json:"outputs"`
}

// Session calls the REST API; get stands in for the HTTP round trip.
type Session struct {
	get func(ctx context.Context, path string) (io.ReadCloser, error)
}

// Call decodes the body and returns it unread.
func (s *Session) Call(ctx context.Context, path string) (*Reply, error) { // want Call:"returns a response unread"
	body, err := s.get(ctx, path)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	var out Reply
	if err := json.NewDecoder(body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Raw returns the body by value, decoded with Unmarshal.
func Raw(b []byte) (Reply, error) { // want Raw:"returns a response unread"
	r := Reply{}
	err := json.Unmarshal(b, &r)
	return r, err
}

// CallChecked reads the status: no fact.
func (s *Session) CallChecked(ctx context.Context, path string) (*Reply, error) {
	r, err := s.Call(ctx, path)
	if err != nil {
		return nil, err
	}
	if r.Status.Description != "Ok" {
		return nil, errors.New(r.Status.Description)
	}
	return r, nil
}

// Funcs is a struct of func fields that the packages that import lib fill
// in: a literal of it, lib.Funcs{...}, sets them there.
type Funcs struct {
	Model func() (*api.SingleModelResponse, error)
}
