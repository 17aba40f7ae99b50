// Package uncheckedwrapnoctx wraps another API with the same REST shape as
// Clarifai's, and gRPC's own status, and nothing ties it to Clarifai: no
// facts, no findings.
package uncheckedwrapnoctx

import (
	"encoding/json"

	grpcstatus "google.golang.org/grpc/status"
)

type Reply struct {
	Status struct{ Code int }
	Items  []string
}

func Call(b []byte) (*Reply, error) {
	var r Reply
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func items(b []byte) []string {
	r, _ := Call(b)
	return Must(Call(b)).Items[:len(r.Items)]
}

func rpc(err error) (*grpcstatus.Status, bool) {
	return grpcstatus.FromError(err)
}

func code(err error) bool {
	s, _ := rpc(err)
	return s != nil
}
