// Command vet is the fixture of integration/vettool.sh and
// integration/precommit.sh: it writes two Clarifai status codes as raw
// values, and nothing else statuslint reports.
package main

import (
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

func describe(s *status.Status) string {
	if s.Code == 10000 {
		return "done"
	}
	switch s.GetCode() {
	case status.StatusCode_CONN_EXCEED_HOURLY_LIMIT, 11005:
		return "retry later"
	default:
		return "failed: " + s.GetDescription()
	}
}

func main() {
	fmt.Println(describe(&status.Status{Code: status.StatusCode_SUCCESS}))
}
