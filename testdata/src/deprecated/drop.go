package deprecated

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

// The replacement is already in the same case, condition or literal: the
// message says to drop the deprecated one, and no fix makes a duplicate.
func sameCase(code status.StatusCode) bool {
	switch code {
	case status.StatusCode_CONN_KEY_INVALID, status.StatusCode_CONN_TOKEN_INVALID: // want `^status.StatusCode_CONN_TOKEN_INVALID \(11001\) is deprecated: the API answers status.StatusCode_CONN_KEY_INVALID \(11008, auth\) instead, which this case handles already: drop it$`
		return true
	default:
		return false
	}
}

func sameCondition(code status.StatusCode) bool {
	return code == status.StatusCode_INPUT_DOWNLOAD_SUCCESS || code == status.StatusCode_INPUT_SUCCESS // want `^status.StatusCode_INPUT_DOWNLOAD_SUCCESS is a deprecated alias of status.StatusCode_INPUT_SUCCESS \(30000, success\), which this condition compares with already: drop it$`
}

func sameConditionAnd(code status.StatusCode) bool {
	return code != status.StatusCode_INPUT_DOWNLOAD_SUCCESS && code != status.StatusCode_INPUT_SUCCESS // want `^status.StatusCode_INPUT_DOWNLOAD_SUCCESS is a deprecated alias of status.StatusCode_INPUT_SUCCESS \(30000, success\), which this condition compares with already: drop it$`
}

func sameConditionMoved(code status.StatusCode) bool {
	return (code == status.StatusCode_CONN_KEY_INVALID || code == status.StatusCode_MODEL_TRAINING) || code == status.StatusCode_CONN_TOKEN_INVALID // want `which this condition compares with already: drop it$`
}

var messages = map[status.StatusCode]string{
	status.StatusCode_CONN_KEY_INVALID:   "bad key",
	status.StatusCode_CONN_TOKEN_INVALID: "bad token", // want `^status.StatusCode_CONN_TOKEN_INVALID \(11001\) is deprecated: the API answers status.StatusCode_CONN_KEY_INVALID \(11008, auth\) instead, which this literal has as a key already: drop it$`
}

// Another expression's comparison is no duplicate: the alias gets its fix.
func otherExpr(a, b status.StatusCode) bool {
	return a == status.StatusCode_INPUT_SUCCESS || b == status.StatusCode_INPUT_DOWNLOAD_SUCCESS // want `^status.StatusCode_INPUT_DOWNLOAD_SUCCESS is a deprecated alias; use status.StatusCode_INPUT_SUCCESS \(30000, success\)$`
}
