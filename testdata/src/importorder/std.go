package importorder

import (
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

// No standard library group yet: fmt opens one at the top.
func list(ctx contextLike, c api.V2Client) ([]*api.Input, error) {
	resp, err := c.ListInputs(ctx.ctx, &api.ListInputsRequest{}) // want `^status of the ListInputs response is never checked`
	if err != nil {
		return nil, err
	}
	return resp.Inputs, nil
}
