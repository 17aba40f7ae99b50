// Package negative holds code that statuslint must never report, in a
// package that imports the Clarifai SDK.
package negative

import (
	"net/http"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc/codes"
	grpcstatus "google.golang.org/grpc/status"
)

var _ = status.StatusCode_SUCCESS

func grpc(err error) bool {
	if grpcstatus.Code(err) == codes.Unavailable || grpcstatus.Code(err) == 14 {
		return true
	}
	s, _ := grpcstatus.FromError(err)
	switch s.Code() {
	case codes.OK, 5:
		return true
	}
	return int(s.Code()) == 10000
}

func httpStatus(resp *http.Response, x []int) bool {
	return resp.StatusCode == 200 || resp.StatusCode == http.StatusOK || len(x) == 10000
}

func generic[T ~int32](c T) bool { return c == 10000 }

type rpcError struct {
	Code    int
	Message string
}

var invalidParams = rpcError{Code: -32602, Message: "invalid params"}

type testCase struct{ expectedCode int }

func table(tc testCase, code int) bool {
	return tc.expectedCode == 0 || code == 10000
}

// Status.Code on a struct of another API, with values that are no Clarifai
// codes: the REST heuristic stays silent.
type reply struct{ Status struct{ Code int } }

func other(r reply) bool {
	switch r.Status.Code {
	case 200, 404:
		return true
	}
	return r.Status.Code == -1
}
