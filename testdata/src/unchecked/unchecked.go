// Package unchecked calls the Clarifai SDK and does, or does not, look at
// what the API answered.
package unchecked

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// The shape users copy: err is checked, the status is not. A bad key, an
// exhausted quota or throttling look like "no concepts".
func predict(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]*api.Concept, error) {
	resp, err := client.PostModelOutputs(ctx, req) // want `^status of the PostModelOutputs response is never checked \(err == nil does not mean success\)$`
	if err != nil {
		return nil, err
	}
	return resp.Outputs[0].Data.Concepts, nil
}

// Discarded responses: as _, as a statement, under go and defer.
func discard(ctx context.Context, client api.V2Client, ids []string) error {
	req := &api.DeleteInputsRequest{Ids: ids}
	_, err := client.DeleteInputs(ctx, req)     // want `^DeleteInputs response is discarded: its status is the API's only report of failure$`
	client.DeleteInputs(ctx, req)               // want `^DeleteInputs response is discarded`
	go client.DeleteInputs(ctx, req)            // want `^DeleteInputs response is discarded`
	defer client.DeleteInputs(ctx, req)         // want `^DeleteInputs response is discarded`
	var _, err2 = client.DeleteInputs(ctx, req) // want `^DeleteInputs response is discarded`
	return errors.Join(err, err2)
}

// A getter chain reads the model, not the status; there is no if err !=
// nil to insert after, and named results get zero values too.
func modelVersion(ctx context.Context, client api.V2Client, id string) (version string, n int, err error) {
	resp, err := client.GetModel(ctx, &api.GetModelRequest{ModelId: id}) // want `^status of the GetModel response is never checked`
	return resp.GetModel().GetModelVersion().GetId(), 1, err
}

// In a loop, and with a value that reaches only a nil comparison.
func pages(ctx context.Context, client api.V2Client) (int, error) {
	n := 0
	for page := uint32(1); ; page++ {
		resp, err := client.ListInputs(ctx, &api.ListInputsRequest{Page: page, PerPage: 100}) // want `^status of the ListInputs response is never checked`
		if err != nil {
			return 0, err
		}
		if resp == nil || len(resp.Inputs) == 0 {
			return n, nil
		}
		n += len(resp.Inputs)
	}
}

// A function without an error result: reported, no fix.
func logConcepts(ctx context.Context, client api.V2Client) {
	resp, err := client.ListConcepts(ctx, &api.ListConceptsRequest{}) // want `^status of the ListConcepts response is never checked`
	if err != nil {
		log.Print(err)
		return
	}
	for _, c := range resp.Concepts {
		log.Print(c.Name)
	}
}

// Stream responses carry a status too.
func stream(ctx context.Context, client api.V2Client) ([]*api.Output, error) {
	s, err := client.StreamModelOutputs(ctx)
	if err != nil {
		return nil, err
	}
	resp, err := s.Recv() // want `^status of the Recv response is never checked`
	if err != nil {
		return nil, err
	}
	outputs := resp.Outputs
	return outputs, nil
}

// Checked: directly, with getters, in a closure, through a helper that
// takes the status.
func checkedDirect(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]*api.Output, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS {
		return nil, fmt.Errorf("predict: %s", resp.Status.Description)
	}
	return resp.Outputs, nil
}

func checkedGetter(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetModel(ctx, &api.GetModelRequest{ModelId: id})
	if err != nil {
		return "", err
	}
	if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return "", errors.New(resp.GetStatus().GetDescription())
	}
	return resp.GetModel().GetId(), nil
}

func checkedInClosure(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	ok := func() bool { return resp.GetStatus().GetCode() == status.StatusCode_SUCCESS }
	if err != nil || !ok() {
		return "", errors.New("get input failed")
	}
	return resp.Input.Id, nil
}

func checkedByHelper(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetModelVersion(ctx, &api.GetModelVersionRequest{ModelId: id})
	if err != nil {
		return "", err
	}
	if err := statusError(resp.GetStatus()); err != nil {
		return "", err
	}
	return resp.ModelVersion.Id, nil
}

func statusError(s *status.Status) error {
	if s.GetCode() != status.StatusCode_SUCCESS {
		return errors.New(s.GetDescription())
	}
	return nil
}

// Escaped: passed on, returned, stored in a field, sent: someone else's to
// check.
type cache struct {
	last *api.MultiOutputResponse
	ch   chan *api.MultiOutputResponse
}

func (c *cache) escapes(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error) {
	a, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	handle(a)
	b, _ := client.PostModelOutputs(ctx, req)
	c.last = b
	d, _ := client.PostModelOutputs(ctx, req)
	c.ch <- d
	e, _ := client.PostModelOutputs(ctx, req)
	log.Printf("%v", e)
	return client.PostModelOutputs(ctx, req)
}

func handle(*api.MultiOutputResponse) {}

// A named result is handed on by the bare return.
func named(ctx context.Context, client api.V2Client) (resp *api.MultiConceptResponse, err error) {
	resp, err = client.ListConcepts(ctx, &api.ListConceptsRequest{})
	return
}

// The program's own wrapper checks inside; calling it is not an SDK call.
type Client struct{ api api.V2Client }

func (c *Client) Predict(ctx context.Context, req *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error) {
	resp, err := c.api.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return nil, errors.New(resp.GetStatus().GetDescription())
	}
	return resp, nil
}

func usesWrapper(ctx context.Context, c *Client, req *api.PostModelOutputsRequest) (int, error) {
	resp, err := c.Predict(ctx, req)
	if err != nil {
		return 0, err
	}
	return len(resp.Outputs), nil
}

// A mock: calls of its own methods are not SDK calls; a call through
// api.V2Client is, whatever implements it.
type mock struct{ api.V2Client }

func (mock) PostModelOutputs(context.Context, *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error) {
	return &api.MultiOutputResponse{Status: &status.Status{Code: status.StatusCode_SUCCESS}}, nil
}

func usesMock(ctx context.Context) int {
	m := mock{}
	resp, _ := m.PostModelOutputs(ctx, nil)
	var client api.V2Client = m
	resp2, _ := client.PostModelOutputs(ctx, nil) // want `^status of the PostModelOutputs response is never checked`
	return len(resp.Outputs) + len(resp2.Outputs)
}

// Server-side code is not a client call.
func server(ctx context.Context, srv api.UnimplementedV2Server) int {
	resp, _ := srv.PostModelOutputs(ctx, nil)
	return len(resp.Outputs)
}

// A local named status shadows the import where the fix goes: the fix
// imports the package again under a free name.
func shadowedStatus(ctx context.Context, client api.V2Client, id string) (string, error) {
	status := "unknown"
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return status, err
	}
	return resp.Input.Id, nil
}

// A status code result: the fix returns the SDK's constant for 0, which
// the raw check asks for in place of a bare 0.
func inputState(ctx context.Context, c api.V2Client, id string) (status.StatusCode, error) {
	resp, err := c.GetInput(ctx, &api.GetInputRequest{InputId: id}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return status.StatusCode_ZERO, err
	}
	return resp.GetInput().GetStatus().GetCode(), nil
}

// inputCode is the SDK's code type under this package's name.
type inputCode = status.StatusCode
