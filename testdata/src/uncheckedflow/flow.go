// Package uncheckedflow holds the unchecked family's cases that depend on
// the order of what a function does: partial codes that reach the items,
// responses reassigned to one variable, nil tests.
package uncheckedflow

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// Partial batches spelled as tests of their own.

// MIXED_STATUS is logged and goes on to the outputs.
func mixedLogged(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]string, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	code := resp.GetStatus().GetCode()
	if code == status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no output's status is checked \(failed items have no data\)$`
		log.Print("some outputs failed")
	} else if code != status.StatusCode_SUCCESS {
		return nil, fmt.Errorf("predict: %s", resp.GetStatus().GetDescription())
	}
	var names []string
	for _, out := range resp.Outputs {
		names = append(names, out.Data.Concepts[0].Name)
	}
	return names, nil
}

// The same, the partial test after the success test.
func mixedAfterSuccess(ctx context.Context, client api.V2Client, req *api.PostInputsRequest) ([]string, error) {
	resp, err := client.PostInputs(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.Status.Code == status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no input's status is checked`
		log.Print("some inputs failed")
	}
	var ids []string
	for _, in := range resp.Inputs {
		ids = append(ids, in.Id)
	}
	return ids, nil
}

// Nested: anything but SUCCESS and MIXED_STATUS returns; MIXED_STATUS is
// logged.
func mixedNested(ctx context.Context, client api.V2Client, req *api.PostInputsRequest) (string, error) {
	resp, err := client.PostInputs(ctx, req)
	if err != nil {
		return "", err
	}
	if code := resp.Status.Code; code != status.StatusCode_SUCCESS {
		if code != status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no input's status is checked`
			return "", errors.New(resp.Status.Description)
		}
		log.Print("some inputs failed")
	}
	return resp.Inputs[0].Id, nil
}

// The outputs are read only under MIXED_STATUS.
func onlyMixed(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) int {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return 0
	}
	n := 0
	if resp.GetStatus().GetCode() == status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no output's status is checked`
		for _, out := range resp.GetOutputs() {
			n += len(out.Data.Concepts)
		}
	}
	return n
}

// Must not: MIXED_STATUS returns before the items are read.
func mixedReturns(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]string, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.Status.Code == status.StatusCode_MIXED_STATUS {
		return nil, errors.New("some outputs failed")
	}
	var names []string
	for _, out := range resp.Outputs {
		names = append(names, out.Data.Concepts[0].Name)
	}
	return names, nil
}

// Must not: an if-else chain whose branches all return keeps MIXED_STATUS
// out; counting and aliasing the outputs before it reads none.
func mixedChainReturns(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]string, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	outs := resp.Outputs
	names := make([]string, 0, len(resp.Outputs))
	code := resp.GetStatus().GetCode()
	if code == status.StatusCode_MIXED_STATUS {
		return nil, errors.New("some outputs failed")
	} else if code != status.StatusCode_SUCCESS {
		return nil, errors.New(resp.GetStatus().GetDescription())
	}
	for _, out := range outs {
		names = append(names, out.Data.Concepts[0].Name)
	}
	return names, nil
}

// Must not: a switch whose MIXED_STATUS case returns, in a loop.
func mixedSwitchContinue(ctx context.Context, client api.V2Client, reqs []*api.PostInputsRequest) []string {
	var ids []string
	for _, req := range reqs {
		resp, err := client.PostInputs(ctx, req)
		if err != nil {
			continue
		}
		switch code := resp.Status.Code; code {
		case status.StatusCode_MIXED_STATUS, status.StatusCode_FAILURE:
			continue
		case status.StatusCode_SUCCESS:
		default:
			return nil
		}
		ids = append(ids, resp.Inputs[0].Id)
	}
	return ids
}

// Must not: the outputs are read only in the SUCCESS case; MIXED_STATUS is
// logged in a case of its own and never reaches them.
func mixedOwnCase(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) int {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return 0
	}
	n := 0
	switch resp.Status.Code {
	case status.StatusCode_SUCCESS:
		for _, out := range resp.Outputs {
			n += len(out.Data.Concepts)
		}
	case status.StatusCode_MIXED_STATUS:
		log.Print("some outputs failed")
	default:
		return 0
	}
	return n
}

// Must not: every item's status is read.
func mixedItemsChecked(ctx context.Context, client api.V2Client, req *api.PostInputsRequest) ([]string, error) {
	resp, err := client.PostInputs(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.Status.Code == status.StatusCode_MIXED_STATUS {
		log.Print("some inputs failed")
	}
	var ids []string
	for _, in := range resp.Inputs {
		if in.Status.Code == status.StatusCode_INPUT_SUCCESS {
			ids = append(ids, in.Id)
		}
	}
	return ids, nil
}

// A reused variable: each response is judged by the status reads that can
// run after it.

// The first response is checked, the second is not.
func reused(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]*api.Output, error) {
	resp, err := client.PostModelOutputs(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS {
		return nil, errors.New(resp.Status.Description)
	}
	outputs := resp.Outputs
	resp, err = client.PostModelOutputs(ctx, req) // want `^status of the PostModelOutputs response is never checked`
	if err != nil {
		return nil, err
	}
	return append(outputs, resp.Outputs...), nil
}

// Declared first, assigned twice, read in between.
func reusedVar(ctx context.Context, client api.V2Client) (int, error) {
	var resp *api.MultiInputResponse
	var err error
	resp, err = client.ListInputs(ctx, &api.ListInputsRequest{Page: 1})
	if err != nil || resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return 0, err
	}
	n := len(resp.Inputs)
	resp, err = client.ListInputs(ctx, &api.ListInputsRequest{Page: 2}) // want `^status of the ListInputs response is never checked`
	if err != nil {
		return 0, err
	}
	return n + len(resp.Inputs), nil
}

// Two batches in one variable: the first comparison that lets MIXED_STATUS
// through is reported, once.
func reusedBatches(ctx context.Context, client api.V2Client, a, b *api.PostInputsRequest) ([]string, error) {
	var ids []string
	resp, err := client.PostInputs(ctx, a)
	if err != nil {
		return nil, err
	}
	if resp.Status.Code != status.StatusCode_SUCCESS && resp.Status.Code != status.StatusCode_MIXED_STATUS { // want `^MIXED_STATUS is let through but no input's status is checked`
		return nil, errors.New(resp.Status.Description)
	}
	for _, in := range resp.Inputs {
		ids = append(ids, in.Id)
	}
	resp, err = client.PostInputs(ctx, b)
	if err != nil || resp.Status.Code != status.StatusCode_SUCCESS && resp.Status.Code != status.StatusCode_MIXED_STATUS {
		return nil, errors.New("second batch")
	}
	for _, in := range resp.Inputs {
		ids = append(ids, in.Id)
	}
	return ids, nil
}

// Must not: a loop that checks at its top covers the assignment at its
// bottom.
func pagesChecked(ctx context.Context, client api.V2Client) (int, error) {
	n := 0
	page := uint32(1)
	resp, err := client.ListInputs(ctx, &api.ListInputsRequest{Page: page})
	for {
		if err != nil {
			return 0, err
		}
		if resp.Status.Code != status.StatusCode_SUCCESS {
			return 0, errors.New(resp.Status.Description)
		}
		if len(resp.Inputs) == 0 {
			return n, nil
		}
		n += len(resp.Inputs)
		page++
		resp, err = client.ListInputs(ctx, &api.ListInputsRequest{Page: page})
	}
}

// Must not: the second response is read after its assignment.
func reusedChecked(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	if err != nil || resp.Status.Code != status.StatusCode_SUCCESS {
		return "", errors.New("first")
	}
	first := resp.Input.Id
	resp, err = client.GetInput(ctx, &api.GetInputRequest{InputId: first})
	if err != nil || resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return "", errors.New("second")
	}
	return resp.Input.Id, nil
}

// Must not: each branch assigns, one read after both.
func reusedBranches(ctx context.Context, client api.V2Client, byID bool) (string, error) {
	var resp *api.SingleInputResponse
	var err error
	if byID {
		resp, err = client.GetInput(ctx, &api.GetInputRequest{InputId: "a"})
	} else {
		resp, err = client.GetInput(ctx, &api.GetInputRequest{InputId: "b"})
	}
	if err != nil || resp.Status.Code != status.StatusCode_SUCCESS {
		return "", errors.New("get input")
	}
	return resp.Input.Id, nil
}

// Must not: a closure assigns the variable; which response a read sees is
// not decided.
func reusedInClosure(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	if err != nil || resp.Status.Code != status.StatusCode_SUCCESS {
		return "", errors.New("get input")
	}
	again := func() {
		resp, err = client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	}
	again()
	return resp.Input.Id, err
}

// Must not: a closure that reads the status may run after any assignment.
func reusedClosureRead(ctx context.Context, client api.V2Client, id string) (string, error) {
	var resp *api.SingleInputResponse
	ok := func() bool { return resp.GetStatus().GetCode() == status.StatusCode_SUCCESS }
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	if err != nil {
		return "", err
	}
	resp, err = client.GetInput(ctx, &api.GetInputRequest{InputId: resp.Input.Id})
	if err != nil || !ok() {
		return "", errors.New("get input")
	}
	return resp.Input.Id, nil
}

// Must not: with a goto, the order is not decided (the check above the
// second assignment runs again after it).
func reusedGoto(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
check:
	if err != nil || resp.Status.Code != status.StatusCode_SUCCESS {
		return "", errors.New("get input")
	}
	if resp.Input.Id != id {
		id = resp.Input.Id
		resp, err = client.GetInput(ctx, &api.GetInputRequest{InputId: id})
		goto check
	}
	return resp.Input.Id, nil
}

// A nil test is no check.

func nilTest(ctx context.Context, client api.V2Client, req *api.PostModelOutputsRequest) ([]*api.Output, error) {
	resp, err := client.PostModelOutputs(ctx, req) // want `^status of the PostModelOutputs response is never checked`
	if err != nil || resp.Status == nil {
		return nil, errors.New("no status")
	}
	return resp.Outputs, nil
}

func nilTestGetter(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return "", err
	}
	if resp.GetStatus() == nil || nil != (resp.Status) {
		return "", errors.New("odd status")
	}
	return resp.Input.Id, nil
}

// Must not: a nil test and a read.
func nilTestAndRead(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	if err != nil || resp.Status == nil || resp.Status.Code != status.StatusCode_SUCCESS {
		return "", errors.New("get input")
	}
	return resp.Input.Id, nil
}

// The first response's status is read right after its call, the second's
// never: a response that cannot hold items, the second judged on the
// function's index all the same.
func reusedSingle(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	if err != nil || resp.Status.Code != status.StatusCode_SUCCESS {
		return "", errors.New("first")
	}
	first := resp.Input.Id
	resp, err = client.GetInput(ctx, &api.GetInputRequest{InputId: first}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return "", err
	}
	return resp.Input.Id, nil
}

// Must not: the status is read three statements after the call.
func readLater(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id})
	if err != nil {
		return "", err
	}
	log.Printf("got %s", id)
	if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return "", errors.New(resp.GetStatus().GetDescription())
	}
	return resp.Input.Id, nil
}

// The statement after the call only compares the status with nil.
func nilTestNext(ctx context.Context, client api.V2Client, id string) (string, error) {
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: id}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return "", err
	}
	if resp.GetStatus() == nil {
		return "", errors.New("no status")
	}
	return resp.Input.Id, nil
}
