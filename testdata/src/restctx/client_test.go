package restctx

import "testing"

const testHost = "https://api.clarifai.com"

// In a test file, every file of the package gives context.
func TestOK(t *testing.T) {
	var r response
	r.Status.Code = 10000
	if r.Status.Code != 10000 { // want `raw Clarifai status code 10000; use codes.Success`
		t.Fatal(testHost)
	}
}
