package raw

import (
	mt "mytypes"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// The condition already compares with the constant: replacing the literal
// would say it twice (go vet: redundant or, redundant and). The literal is
// to be dropped, not fixed.
func redundant(s *status.Status) bool {
	if s.Code == 10000 || s.Code == status.StatusCode_SUCCESS { // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS \(success: Ok\), which this condition compares with already: drop it`
		return true
	}
	if s.Code != 10000 && (s.Code != status.StatusCode_SUCCESS) { // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS \(success: Ok\), which this condition compares with already: drop it`
		return false
	}
	if int(s.Code) == 10000 || int(s.Code) == int(status.StatusCode_SUCCESS) { // want `which this condition compares with already: drop it`
		return true
	}
	// Another code, another operator, another expression: fixed.
	return s.Code == 10000 && s.Code != status.StatusCode_MIXED_STATUS || s.GetCode() == 10010 || s.Code == status.StatusCode_SUCCESS // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS` `raw Clarifai status code 10010`
}

// A conversion to a named type of a package imported under another name:
// the fix spells the type with the file's name for the package.
func converted(s *status.Status) bool {
	return mt.MyInt(s.Code) == 10000 // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS`
}
