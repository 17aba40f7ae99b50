package unchecked

import (
	"context"
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// MIXED_STATUS is let through like SUCCESS and the inputs are used as if
// every one had succeeded: the failed ones have no data.
func postInputs(ctx context.Context, client api.V2Client, inputs []*api.Input) ([]string, error) {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{Inputs: inputs})
	if err != nil {
		return nil, err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS && resp.Status.Code != status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no input's status is checked \(failed items have no data\)$`
		return nil, fmt.Errorf("post inputs: %s", resp.Status.Description)
	}
	var ids []string
	for _, in := range resp.Inputs {
		ids = append(ids, in.Id)
	}
	return ids, nil
}

// Through a variable, a getter and ||.
func predictBatch(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) (int, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return 0, err
	}
	code := resp.GetStatus().GetCode()
	if code == status.StatusCode_SUCCESS || code == status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no output's status is checked`
		n := 0
		for _, out := range resp.GetOutputs() {
			n += len(out.Data.Concepts)
		}
		return n, nil
	}
	return 0, fmt.Errorf("predict: %s", resp.GetStatus().GetDescription())
}

// In a switch.
func predictSwitch(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]string, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	switch resp.Status.Code {
	case status.StatusCode_SUCCESS, status.StatusCode_MIXED_STATUS: // want `^MIXED_STATUS is let through but no output's status is checked`
		var names []string
		for _, out := range resp.Outputs {
			names = append(names, out.Data.Concepts[0].Name)
		}
		return names, nil
	default:
		return nil, fmt.Errorf("predict: %s", resp.Status.Description)
	}
}

// Each item's status is checked: fine.
func perItem(ctx context.Context, client api.V2Client, inputs []*api.Input) ([]string, error) {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{Inputs: inputs})
	if err != nil {
		return nil, err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS && resp.Status.Code != status.StatusCode_MIXED_STATUS {
		return nil, fmt.Errorf("post inputs: %s", resp.Status.Description)
	}
	var ids []string
	for _, in := range resp.Inputs {
		if in.GetStatus().GetCode() != status.StatusCode_INPUT_SUCCESS {
			continue
		}
		ids = append(ids, in.Id)
	}
	return ids, nil
}

// The items go to the caller or to a helper, which may check them.
func itemsReturned(ctx context.Context, client api.V2Client, inputs []*api.Input) ([]*api.Input, error) {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{Inputs: inputs})
	if err != nil {
		return nil, err
	}
	if resp.Status.Code == status.StatusCode_SUCCESS || resp.Status.Code == status.StatusCode_MIXED_STATUS {
		return resp.Inputs, nil
	}
	return nil, fmt.Errorf("post inputs: %s", resp.Status.Description)
}

func itemsToHelper(ctx context.Context, client api.V2Client, inputs []*api.Input) error {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{Inputs: inputs})
	if err != nil {
		return err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS && resp.Status.Code != status.StatusCode_MIXED_STATUS {
		return fmt.Errorf("post inputs: %s", resp.Status.Description)
	}
	for _, in := range resp.Inputs {
		record(in)
	}
	return nil
}

func record(*api.Input) {}

// MIXED_STATUS is not let through: anything but SUCCESS fails.
func strict(ctx context.Context, client api.V2Client, inputs []*api.Input) ([]string, error) {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{Inputs: inputs})
	if err != nil {
		return nil, err
	}
	if resp.Status.Code == status.StatusCode_MIXED_STATUS {
		return nil, fmt.Errorf("some inputs failed")
	}
	if resp.Status.Code != status.StatusCode_SUCCESS {
		return nil, fmt.Errorf("post inputs: %s", resp.Status.Description)
	}
	var ids []string
	for _, in := range resp.Inputs {
		ids = append(ids, in.Id)
	}
	return ids, nil
}

// Items without a status of their own (concepts) are no batch.
func concepts(ctx context.Context, client api.V2Client) ([]string, error) {
	resp, err := client.ListConcepts(ctx, &api.ListConceptsRequest{})
	if err != nil {
		return nil, err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS && resp.Status.Code != status.StatusCode_MIXED_STATUS {
		return nil, fmt.Errorf("list concepts: %s", resp.Status.Description)
	}
	var names []string
	for _, c := range resp.Concepts {
		names = append(names, c.Name)
	}
	return names, nil
}

// Through a variable, with the length of the items taken first.
func addInputs(ctx context.Context, client api.V2Client, req *api.PostInputsRequest) ([]string, error) {
	resp, err := client.PostInputs(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("add inputs: %w", err)
	}
	code := resp.GetStatus().GetCode()
	if code != status.StatusCode_SUCCESS && code != status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no input's status is checked`
		return nil, fmt.Errorf("add inputs: %s", resp.GetStatus().GetDescription())
	}
	ids := make([]string, 0, len(resp.Inputs))
	for _, in := range resp.Inputs {
		ids = append(ids, in.GetId())
	}
	return ids, nil
}

// A case of its own that goes on with the items lets MIXED_STATUS through;
// one that returns does not.
func mixedCase(ctx context.Context, client api.V2Client, req *api.PostInputsRequest) ([]string, error) {
	resp, err := client.PostInputs(ctx, req)
	if err != nil {
		return nil, err
	}
	switch resp.Status.Code {
	case status.StatusCode_SUCCESS:
	case status.StatusCode_MIXED_STATUS: // want `^MIXED_STATUS is let through but no input's status is checked`
		fmt.Println("some inputs failed")
	default:
		return nil, fmt.Errorf("add inputs: %s", resp.Status.Description)
	}
	var ids []string
	for _, in := range resp.Inputs {
		ids = append(ids, in.Id)
	}
	return ids, nil
}

func mixedRejected(ctx context.Context, client api.V2Client, req *api.PostInputsRequest) ([]string, error) {
	resp, err := client.PostInputs(ctx, req)
	if err != nil {
		return nil, err
	}
	switch resp.Status.Code {
	case status.StatusCode_SUCCESS:
	case status.StatusCode_MIXED_STATUS:
		return nil, fmt.Errorf("some inputs failed")
	default:
		return nil, fmt.Errorf("add inputs: %s", resp.Status.Description)
	}
	var ids []string
	for _, in := range resp.Inputs {
		ids = append(ids, in.Id)
	}
	return ids, nil
}

// The program's own name for the partial code: the scan is found by the
// constant's value, not its name.
const batchPartial = status.StatusCode_MIXED_STATUS

func predictAlias(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]string, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	if c := resp.Status.Code; c != status.StatusCode_SUCCESS && c != batchPartial { // want `^MIXED_STATUS is let through but no output's status is checked`
		return nil, fmt.Errorf("predict: %s", resp.Status.Description)
	}
	var ids []string
	for _, out := range resp.Outputs {
		ids = append(ids, out.Id)
	}
	return ids, nil
}
