// Package importorder has imports in gofmt's groups: the imports a fix adds
// go to their sorted place in the group of their kind, so that the fixed
// file is gofmt-clean as it stands.
package importorder

import (
	"context"
	"errors"
	"log"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/codes"
)

var (
	errUnavailable = errors.New("unavailable")
	_              = codes.Unavailable
)

func get(ctx context.Context, c api.V2Client) (*api.Input, error) {
	resp, err := c.GetInput(ctx, &api.GetInputRequest{}) // want `^status of the GetInput response is never checked`
	if err != nil {
		log.Print(err)
		return nil, errors.Join(err, errUnavailable)
	}
	return resp.Input, nil
}
