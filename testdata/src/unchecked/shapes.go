package unchecked

import (
	"context"
	"log"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

// The error check ends in if/else: the status check goes at the top of the
// else branch, which runs when err == nil (after the whole if/else it would
// follow a terminating statement: missing return).
func elseBranch(ctx context.Context, c api.V2Client, req *api.GetInputRequest) (*api.Input, error) {
	resp, err := c.GetInput(ctx, req) // want `^status of the GetInput response is never checked`
	if err != nil {
		return nil, err
	} else {
		return resp.Input, nil
	}
}

// After else if, the response may be used in any branch: no fix.
func elseIf(ctx context.Context, c api.V2Client, req *api.GetInputRequest, n int) (*api.Input, error) {
	resp, err := c.GetInput(ctx, req) // want `^status of the GetInput response is never checked`
	if err != nil {
		return nil, err
	} else if n > 0 {
		return resp.Input, nil
	}
	return nil, nil
}

// The error check only logs: the inserted check must not replace the
// transport error with an empty status error, so it tests err == nil too.
func logOnly(ctx context.Context, c api.V2Client, req *api.GetInputRequest) (*api.Input, error) {
	resp, err := c.GetInput(ctx, req) // want `^status of the GetInput response is never checked`
	if err != nil {
		log.Printf("get input: %v", err)
	}
	return resp.GetInput(), err
}

// An error check that leaves the loop: no guard needed.
func inLoop(ctx context.Context, c api.V2Client, reqs []*api.GetInputRequest) ([]*api.Input, error) {
	var out []*api.Input
	for _, req := range reqs {
		resp, err := c.GetInput(ctx, req) // want `^status of the GetInput response is never checked`
		if err != nil {
			break
		}
		out = append(out, resp.Input)
	}
	return out, nil
}

// Predeclared names shadowed where the check would go: the check could not
// say what it means. No fix.
func shadowedNil(ctx context.Context, c api.V2Client, req *api.GetInputRequest) (*api.Input, error) {
	nil := 0
	resp, err := c.GetInput(ctx, req) // want `^status of the GetInput response is never checked`
	_ = nil
	return resp.Input, err
}

func shadowedFalse(ctx context.Context, c api.V2Client, req *api.GetInputRequest) (bool, error) {
	false := true
	resp, err := c.GetInput(ctx, req) // want `^status of the GetInput response is never checked`
	if err != nil {
		return false, err
	}
	return resp.Input != nil, nil
}

func shadowedNew[T any](ctx context.Context, c api.V2Client, new T) (T, error) {
	resp, err := c.GetInput(ctx, nil) // want `^status of the GetInput response is never checked`
	if err != nil {
		return new, err
	}
	_ = resp.Input
	return new, nil
}

type inputResult struct{ id string }

func shadowedType(ctx context.Context, c api.V2Client, inputResult string) (res inputResult, err error) {
	resp, err := c.GetInput(ctx, nil) // want `^status of the GetInput response is never checked`
	if err != nil {
		return res, err
	}
	res.id = resp.Input.Id + inputResult
	return res, nil
}

// A local fmt: the fix imports fmt under a free name.
func shadowedFmt(ctx context.Context, c api.V2Client) (string, error) {
	fmt := "%s"
	resp, err := c.GetInput(ctx, nil) // want `^status of the GetInput response is never checked`
	if err != nil {
		return fmt, err
	}
	return resp.Input.Id, nil
}

// The error goes to a field: the guard tests the field.
type getter struct{ err error }

func (g *getter) get(ctx context.Context, c api.V2Client) (*api.Input, error) {
	var resp *api.SingleInputResponse
	resp, g.err = c.GetInput(ctx, nil) // want `^status of the GetInput response is never checked`
	return resp.GetInput(), g.err
}

// A status code result in a file that does not import the SDK's status
// package: one import serves the check and the constant for 0.
func inputStateAliased(ctx context.Context, c api.V2Client, id string) (inputCode, error) {
	var unset inputCode
	resp, err := c.GetInput(ctx, &api.GetInputRequest{InputId: id}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return unset, err
	}
	return resp.GetInput().GetStatus().GetCode(), nil
}
