package rawalias

import clarifaistatus "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

// Messages and fixes name the package as this file imports it.
func retry(code clarifaistatus.StatusCode) bool {
	switch code {
	case 10000: // want `^raw Clarifai status code 10000; use clarifaistatus.StatusCode_SUCCESS \(success: Ok\)$`
		return false
	case clarifaistatus.StatusCode_CONN_THROTTLED: // want `^switch handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT \(retry, connection\)$`
		return true
	case clarifaistatus.StatusCode_INPUT_DOWNLOAD_FAILED: // want `^clarifaistatus.StatusCode_INPUT_DOWNLOAD_FAILED is a deprecated alias; use clarifaistatus.StatusCode_INPUT_FAILED \(30002, failed\)$`
		return false
	default:
		return false
	}
}
