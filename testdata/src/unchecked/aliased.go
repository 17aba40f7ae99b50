package unchecked

import (
	"context"
	errs "fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	statuspb "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

var _ = errs.Sprint

type result struct{ ID string }

// The file imports the SDK's status package as statuspb and fmt as errs;
// a local named status shadows nothing here but is taken.
func aliased(ctx context.Context, client api.V2Client) (result, map[string]int, error) {
	status := "pending"
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{}) // want `^status of the PostInputs response is never checked`
	if err != nil {
		return result{}, nil, err
	}
	_ = statuspb.StatusCode_ZERO
	return result{ID: resp.Inputs[0].Id + status}, nil, nil
}

// A result type the file cannot spell (an unnamed struct): no fix rather
// than one that does not compile.
func unnamed(ctx context.Context, client api.V2Client) (struct{ n int }, error) {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{}) // want `^status of the PostInputs response is never checked`
	if err != nil {
		return struct{ n int }{}, err
	}
	return struct{ n int }{len(resp.Inputs)}, nil
}

// Generic: a type parameter's zero value.
func generic[T any](ctx context.Context, client api.V2Client, v T) (T, error) {
	resp, err := client.PostInputs(ctx, &api.PostInputsRequest{}) // want `^status of the PostInputs response is never checked`
	if err != nil {
		return v, err
	}
	_ = resp.Inputs
	return v, nil
}
