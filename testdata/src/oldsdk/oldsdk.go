package oldsdk

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

// The vendored SDK lacks StatusCode_INPUT_SUCCESS: the fix names the
// constant the build has.
func downloaded(s *status.Status) bool {
	return s.Code == 30000 // want `raw Clarifai status code 30000; use status.StatusCode_INPUT_DOWNLOAD_SUCCESS`
}

// The SDK in the build knows 10099: it is not reported as unknown.
func brandNew(s *status.Status) bool {
	return s.Code == 10099 // want `raw Clarifai status code 10099; use status.StatusCode_BRAND_NEW_CODE`
}

// The table knows 11008, the build does not.
func keyInvalid(s *status.Status) bool {
	return s.Code == 11008 // want `raw Clarifai status code 11008 has no constant in this SDK; codes.ConnKeyInvalid names it`
}
