package deprecated

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func names(s *status.Status) bool {
	if s.Code == status.StatusCode_INPUT_DOWNLOAD_SUCCESS { // want `status.StatusCode_INPUT_DOWNLOAD_SUCCESS is a deprecated alias; use status.StatusCode_INPUT_SUCCESS \(30000, success\)`
		return true
	}
	// Another value: no fix, which would change what the code compares with.
	if s.Code == status.StatusCode_CONN_TOKEN_INVALID { // want `^status.StatusCode_CONN_TOKEN_INVALID \(11001\) is deprecated: the API answers status.StatusCode_CONN_KEY_INVALID \(11008, auth\) instead$`
		return false
	}
	return s.Code == status.StatusCode_APP_DUPLICATION_SUCCESS // want `status.StatusCode_APP_DUPLICATION_SUCCESS \(25200\) is deprecated and has no replacement`
}

// The replacement has a case of its own: the deprecated one is dead code.
func duplicate(code status.StatusCode) string {
	switch code {
	case status.StatusCode_CONN_KEY_INVALID:
		return "key"
	case status.StatusCode_CONN_TOKEN_INVALID: // want `^status.StatusCode_CONN_TOKEN_INVALID \(11001\) is deprecated: the API answers status.StatusCode_CONN_KEY_INVALID \(11008, auth\) instead$`
		return "token"
	default:
		return ""
	}
}

// Current names are fine.
func current(code status.StatusCode) bool {
	return code == status.StatusCode_INPUT_SUCCESS || code == status.StatusCode_CONN_KEY_INVALID
}

// Deprecated by SDK v12.4.0 with nothing to use instead.
func noReplacement(code status.StatusCode) bool {
	return code == status.StatusCode_BAD_REQUEST || // want `^status.StatusCode_BAD_REQUEST \(90400\) is deprecated and has no replacement$`
		code == status.StatusCode_SERVER_ERROR || // want `^status.StatusCode_SERVER_ERROR \(90500\) is deprecated and has no replacement$`
		code == status.StatusCode_DATASET_INPUT_DUPLICATE // want `^status.StatusCode_DATASET_INPUT_DUPLICATE \(64101\) is deprecated and has no replacement$`
}

// A raw value whose only name is deprecated: the message says so, and the
// fix names the constant of the same value (a second run leaves it: no fix
// changes a value).
func rawDeprecated(code status.StatusCode) bool {
	return code == 11001 // want `^raw Clarifai status code 11001; use status.StatusCode_CONN_TOKEN_INVALID \(deprecated, auth: Invalid authentication token\)$`
}
