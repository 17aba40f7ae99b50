// Package restcodes calls Clarifai's REST API and already uses statuslint's
// codes package, so REST fixes can name its constants.
package restcodes

import "github.com/statuslint/statuslint/codes"

type response struct {
	Status struct{ Code int32 }
}

func clarifaiOK(r response) bool {
	if codes.Code(r.Status.Code).IsRetryable() {
		return false
	}
	return r.Status.Code == 10000 // want `raw Clarifai status code 10000; use codes.Success`
}
