package uncheckedwrap

import (
	"context"
	"testing"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

	"uncheckedwrap/lib"
)

var testClient lib.Client

func assertSuccess(t *testing.T, s *status.Status) {
	t.Helper()
	if s.GetCode() != status.StatusCode_SUCCESS {
		t.Fatalf("status %v", s.GetCode())
	}
}

// A helper that reads the status: checked.
func TestPredict(t *testing.T) {
	resp, err := testClient.Predict(context.Background(), "general")
	if err != nil {
		t.Fatal(err)
	}
	assertSuccess(t, resp.Status)
	if len(resp.Outputs) == 0 {
		t.Error("no outputs")
	}
}

// The fix fails the test.
func TestInputs(t *testing.T) {
	resp, err := testClient.Inputs(context.Background(), 1) // want `^status of the ListInputs response returned by Client\.Inputs is never checked`
	if err != nil {
		t.Fatal(err)
	}
	var in []*api.Input = resp.Inputs
	_ = in
}
