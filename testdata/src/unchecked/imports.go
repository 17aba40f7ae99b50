package unchecked

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/status" // gRPC's own status takes the name
)

// The file imports neither the SDK's status package nor fmt: the fix adds
// both, the SDK's under a free name.
func noImports(ctx context.Context, client api.V2Client, err0 error) (*api.Input, error) {
	if s, ok := status.FromError(err0); ok && s != nil {
		return nil, err0
	}
	resp, err := client.GetInput(ctx, &api.GetInputRequest{InputId: "x"}) // want `^status of the GetInput response is never checked`
	if err != nil {
		return nil, err
	}
	return resp.Input, nil
}
