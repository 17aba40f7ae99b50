// Package testvariant is checked twice, alone and with its tests: the fix
// for a.go must be the same in both, and its added import must not collide
// with a name that only a_test.go declares.
package testvariant

import (
	"context"
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

func get(ctx context.Context, c api.V2Client, id string) (*api.Input, error) {
	resp, err := c.GetInput(ctx, &api.GetInputRequest{InputId: id}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	return resp.Input, nil
}
