// Package rawconst names Clarifai status codes with constants of its own:
// the raw numbers under other names.
package rawconst

import (
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

const clarifaiOK = 10000 // want `^clarifaiOK is the raw Clarifai status code 10000; use status.StatusCode_SUCCESS$`

// A typo: no code is 11500, so the case never matches.
const throttled = 11500 // want `^throttled is 11500, which is not a Clarifai status code$`

// Typed int: the SDK's constant would not compile here, so no fix.
const trainedInt int = 21100 // want `^trainedInt is the raw Clarifai status code 21100; use status.StatusCode_MODEL_TRAINED$`

// Also used as a plain number: no fix, which would change that use.
const pending = 21101 // want `^pending is the raw Clarifai status code 21101; use status.StatusCode_MODEL_TRAINING$`

// Never used as codes: never reported.
const (
	maxRetries = 3
	port       = 10000
)

// Set to another constant: the number is written elsewhere, in a
// constant never used as a code.
const (
	base   = 10000
	alsoOK = base
)

func ok(resp *api.MultiOutputResponse) bool {
	return resp.GetStatus().GetCode() == clarifaiOK
}

func retry(code status.StatusCode) bool {
	switch code {
	case clarifaiOK:
		return false
	case throttled:
		return true
	default:
		return false
	}
}

func inputReady(in *api.Input) bool {
	return in.GetStatus().GetCode() == inputOK
}

func alsoOk(code status.StatusCode) bool {
	return code == alsoOK
}

func trained(mv *api.ModelVersion) bool {
	return int(mv.GetStatus().GetCode()) == trainedInt
}

func training(code status.StatusCode) bool {
	fmt.Println("waiting for", pending)
	return code == pending
}

func listen(n int) int {
	for i := 0; i < maxRetries; i++ {
		if n == port {
			return i
		}
	}
	return port
}

// A constant of the function: reported and fixed the same way.
func done(code status.StatusCode) bool {
	const failed = 21106 // want `^failed is the raw Clarifai status code 21106; use status.StatusCode_MODEL_TRAINING_FAILED$`
	return failed == code
}
