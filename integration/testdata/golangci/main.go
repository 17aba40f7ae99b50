// Command gcl handles Clarifai statuses the way statuslint warns about.
package main

import (
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

func ok(s *status.Status) bool {
	return s.Code == 10000
}

func describe(s *status.Status) (text string) {
	switch s.GetCode() {
	case status.StatusCode_SUCCESS:
		text = "done"
	case status.StatusCode_CONN_THROTTLED:
		text = "slow down"
	}
	return text
}

func main() {
	s := &status.Status{Code: status.StatusCode_SUCCESS}
	fmt.Println(ok(s), describe(s))
}
