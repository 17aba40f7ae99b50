// Package uncheckedoneline has statements that share their line: a status
// check inserted at the end of the line would land after the closing brace
// or after the return. No fix. (Not among the packages that the command's
// -fix test runs twice: gofmt, which -fix runs, splits them.)
package uncheckedoneline

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

var ctx = context.Background()

func oneLine(c api.V2Client) (any, error) { r, err := c.GetInput(ctx, nil); return r.Input, err } // want `^status of the GetInput response is never checked`

func twoOnALine(c api.V2Client) (*api.Input, error) {
	r, err := c.GetInput(ctx, nil); return r.Input, err // want `^status of the GetInput response is never checked`
}
