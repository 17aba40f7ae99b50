package unchecked

import (
	"context"
	"testing"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
)

var testClient api.V2Client

// In a test, the fix fails the test.
func TestPredict(t *testing.T) {
	resp, err := testClient.PostModelOutputs(context.Background(), &api.PostModelOutputsRequest{}) // want `^status of the PostModelOutputs response is never checked`
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Outputs) != 1 {
		t.Errorf("%d outputs", len(resp.Outputs))
	}
	t.Run("input", func(t *testing.T) {
		in, err := testClient.GetInput(context.Background(), &api.GetInputRequest{InputId: "a"}) // want `^status of the GetInput response is never checked`
		if err != nil {
			t.Fatal(err)
		}
		_ = in.Input
	})
	done := make(chan bool)
	go func() {
		// t.Fatalf must not run on another goroutine: no fix.
		in, _ := testClient.GetInput(context.Background(), &api.GetInputRequest{InputId: "b"}) // want `^status of the GetInput response is never checked`
		done <- in.Input != nil
	}()
	<-done
}

func BenchmarkList(b *testing.B) {
	for range b.N {
		resp, err := testClient.ListInputs(context.Background(), &api.ListInputsRequest{}) // want `^status of the ListInputs response is never checked`
		if err != nil {
			b.Fatal(err)
		}
		_ = resp.Inputs
	}
}

func inputs(tb testing.TB) int {
	resp, err := testClient.ListInputs(context.Background(), &api.ListInputsRequest{}) // want `^status of the ListInputs response is never checked`
	if err != nil {
		tb.Fatal(err)
	}
	return len(resp.Inputs)
}
