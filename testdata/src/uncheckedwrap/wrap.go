// Package uncheckedwrap calls the Clarifai SDK through wrappers, mirror
// interfaces, func values and generic helpers, its own and package lib's.
package uncheckedwrap

import (
	"context"
	"errors"
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

	rpcstatus "google.golang.org/genproto/googleapis/rpc/status"
	grpcstatus "google.golang.org/grpc/status"

	"uncheckedwrap/lib"
)

// Wrappers of another package: their facts say they return the response
// unread, so their callers owe the check.
func predict(ctx context.Context, c *lib.Client) ([]*api.Output, error) {
	resp, err := c.Predict(ctx, "general") // want `^status of the PostModelOutputs response returned by Client\.Predict is never checked \(err == nil does not mean success\)$`
	if err != nil {
		return nil, err
	}
	return resp.Outputs, nil
}

func discarded(ctx context.Context, c *lib.Client) error {
	c.Inputs(ctx, 1)                  // want `^ListInputs response returned by Client\.Inputs is discarded: its status is the API's only report of failure$`
	_, err := c.Model(ctx, "m")       // want `^GetModel response returned by Client\.Model is discarded`
	_, err2 := lib.Post(ctx, c2, nil) // want `^PostModelOutputs response returned by lib\.Post is discarded`
	return errors.Join(err, err2)
}

var c2 lib.Predictor

func model(ctx context.Context, c *lib.Client) string {
	resp, _ := c.Model(ctx, "m") // want `^status of the GetModel response returned by Client\.Model is never checked`
	return resp.GetModel().GetName()
}

// Wrappers that read the status: nothing to check.
func checked(ctx context.Context, c *lib.Client, s *lib.Cache, p lib.Predictor) int {
	a, _ := c.PredictChecked(ctx, "m")
	b, _ := c.PredictErr(ctx, "m")
	d, _ := c.PredictLogged(ctx, "m")
	e, _ := s.Remember(ctx, p)
	f, _ := lib.Canned()
	g, _ := lib.PostChecked(ctx, p)
	return len(a.Outputs) + len(b.Outputs) + len(d.Outputs) + len(e.Outputs) + len(f.Outputs) + len(g.Outputs)
}

// The caller reads the status, or hands it to a helper that does.
func callerChecks(ctx context.Context, c *lib.Client) ([]*api.Output, error) {
	resp, err := c.Predict(ctx, "general")
	if err != nil {
		return nil, err
	}
	if err := statusErr(resp.GetStatus()); err != nil {
		return nil, err
	}
	in, err := c.Inputs(ctx, 1)
	if err != nil {
		return nil, err
	}
	if err := lib.StatusErr(in.Status); err != nil {
		return nil, err
	}
	return resp.Outputs, nil
}

func statusErr(s *status.Status) error {
	if s.GetCode() != status.StatusCode_SUCCESS {
		return fmt.Errorf("clarifai: %s", s.GetDescription())
	}
	return nil
}

// A wrapper of this package, unexported: no fact leaves the package, and
// its callers owe the check all the same.
type svc struct {
	client api.V2Client
	// predict is set to a client method wherever the package sets it.
	predict func(context.Context, *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error)
	// classify is set to a function literal once: out of sight.
	classify func(context.Context, *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error)
}

func newSvc(c api.V2Client) *svc {
	return &svc{
		client:  c,
		predict: c.PostModelOutputs,
		classify: func(ctx context.Context, req *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error) {
			return c.PostModelOutputs(ctx, req)
		},
	}
}

func (s *svc) post(ctx context.Context, url string) (*api.MultiInputResponse, error) {
	return s.client.PostInputs(ctx, &api.PostInputsRequest{Inputs: []*api.Input{{Data: &api.Data{Image: &api.Image{Url: url}}}}})
}

func (s *svc) add(ctx context.Context, url string) (string, error) {
	resp, err := s.post(ctx, url) // want `^status of the PostInputs response returned by svc\.post is never checked`
	if err != nil {
		return "", err
	}
	return resp.Inputs[0].Id, nil
}

// Func values: a local variable and a struct field that hold a client
// method.
func (s *svc) values(ctx context.Context, req *api.PostModelOutputsRequest) (int, error) {
	predict := s.client.PostModelOutputs
	resp, err := predict(ctx, req) // want `^status of the PostModelOutputs response is never checked`
	if err != nil {
		return 0, err
	}
	resp2, err := s.predict(ctx, req) // want `^status of the PostModelOutputs response is never checked`
	if err != nil {
		return 0, err
	}
	return len(resp.Outputs) + len(resp2.Outputs), nil
}

// Out of sight, or set to something else: silent.
func (s *svc) otherValues(ctx context.Context, req *api.PostModelOutputsRequest, given func(context.Context, *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error)) int {
	f := s.client.PostModelOutputs
	if req.ModelId == "" {
		f = given
	}
	a, _ := f(ctx, req)
	b, _ := given(ctx, req)
	c, _ := s.classify(ctx, req)
	return len(a.Outputs) + len(b.Outputs) + len(c.Outputs)
}

// Interfaces: one that mirrors V2Client is a client; the program's own
// service and a mock's own methods are not.
func interfaces(ctx context.Context, p lib.Predictor, own lib.Service, m *mock) int {
	a, _ := p.PostModelOutputs(ctx, &api.PostModelOutputsRequest{}) // want `^status of the PostModelOutputs response is never checked`
	b, _ := own.PostModelOutputs(ctx, "m")
	c, _ := own.Classify(ctx, &api.PostModelOutputsRequest{})
	d, _ := m.PostModelOutputs(ctx, &api.PostModelOutputsRequest{})
	return len(a.Outputs) + len(b.Outputs) + len(c.Outputs) + len(d.Outputs)
}

type mock struct{ resp *api.MultiOutputResponse }

func (m *mock) PostModelOutputs(context.Context, *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error) {
	return m.resp, nil
}

// Generic helpers pass the response of their argument or callback on.
func generic(ctx context.Context, client api.V2Client, req *api.ListInputsRequest, pages []*api.MultiInputResponse) (int, error) {
	in := lib.Must(client.GetInput(ctx, &api.GetInputRequest{InputId: "a"}))                 // want `^status of the GetInput response is never checked`
	resp, err := lib.Retry(ctx, func(ctx context.Context) (*api.MultiInputResponse, error) { // want `^status of the ListInputs response is never checked`
		return client.ListInputs(ctx, req)
	})
	if err != nil {
		return 0, err
	}
	first := lib.First(pages)
	checked, err := lib.Checked(client.ListInputs(ctx, req))
	if err != nil {
		return 0, err
	}
	return len(in.Input.Id) + len(resp.Inputs) + len(first.Inputs) + len(checked.Inputs), nil
}

// An explicit instantiation, a method value as the callback, a wrapper's
// method value in a local variable.
func (s *svc) more(ctx context.Context, c *lib.Client) (int, error) {
	in := lib.Must[*api.SingleInputResponse](s.client.GetInput(ctx, &api.GetInputRequest{})) // want `^status of the GetInput response is never checked`
	page, err := lib.Retry(ctx, s.firstPage)                                                 // want `^status of the ListInputs response returned by svc\.firstPage is never checked`
	if err != nil {
		return 0, err
	}
	get := c.Model
	m, err := get(ctx, "m") // want `^status of the GetModel response returned by Client\.Model is never checked`
	if err != nil {
		return 0, err
	}
	return len(in.Input.Id) + len(page.Inputs) + len(m.Model.Id), nil
}

func (s *svc) firstPage(ctx context.Context) (*api.MultiInputResponse, error) {
	return s.client.ListInputs(ctx, &api.ListInputsRequest{Page: 1})
}

// A function that returns itself on some path cannot be told from one
// that checks: silent.
func (s *svc) again(ctx context.Context, n int) (*api.MultiInputResponse, error) {
	if n == 0 {
		return s.client.ListInputs(ctx, &api.ListInputsRequest{})
	}
	return s.again(ctx, n-1)
}

func (s *svc) useAgain(ctx context.Context) int {
	resp, _ := s.again(ctx, 3)
	return len(resp.Inputs)
}

// REST: the program's own wrapper decodes and returns the body unread.
func rest(ctx context.Context, s *lib.Session, b []byte) (int, error) {
	r, err := s.Call(ctx, "/v2/models") // want `^status of the decoded Reply returned by Session\.Call is never checked \(err == nil does not mean success\)$`
	if err != nil {
		return 0, err
	}
	raw, err := lib.Raw(b) // want `^status of the decoded Reply returned by lib\.Raw is never checked`
	if err != nil {
		return 0, err
	}
	checked, err := s.CallChecked(ctx, "/v2/inputs")
	if err != nil {
		return 0, err
	}
	s.Call(ctx, "/v2/inputs/a") // nothing read: as for a body decoded here, no finding
	return len(r.Outputs) + len(raw.Outputs) + len(checked.Outputs), nil
}

// gRPC's own status and google.rpc's are not Clarifai's: no facts.
type operation struct {
	Name   string
	Status *rpcstatus.Status
}

func Operation(name string) (*operation, error) {
	op := &operation{Name: name}
	return op, nil
}

func RPCStatus(err error) (*grpcstatus.Status, bool) {
	return grpcstatus.FromError(err)
}

func useOperation(err error) string {
	op, _ := Operation("a")
	s, _ := RPCStatus(err)
	return op.Name + fmt.Sprint(s.Code())
}
