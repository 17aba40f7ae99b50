// Package deprecateddot dot-imports the SDK's status package: deprecated
// constants appear as bare identifiers.
package deprecateddot

import . "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func check(s *Status) bool {
	if s.Code == StatusCode_INPUT_DOWNLOAD_SUCCESS { // want `^StatusCode_INPUT_DOWNLOAD_SUCCESS is a deprecated alias; use StatusCode_INPUT_SUCCESS \(30000, success\)$`
		return true
	}
	switch s.GetCode() {
	case StatusCode_CONN_TOKEN_INVALID: // want `^StatusCode_CONN_TOKEN_INVALID \(11001\) is deprecated: the API answers StatusCode_CONN_KEY_INVALID \(11008, auth\) instead$`
		return false
	case StatusCode_SUCCESS, StatusCode_CONN_KEY_INVALID:
		return true
	default:
	}
	return s.Code == 11005 // want `^raw Clarifai status code 11005; use StatusCode_CONN_THROTTLED \(retry: Making too many requests\)$`
}
