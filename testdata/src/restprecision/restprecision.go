// Package restprecision calls Clarifai's REST API with its own structs, next
// to shapes that only look like it.
package restprecision

import (
	rpcstatus "google.golang.org/genproto/googleapis/rpc/status"
)

const endpoint = "https://api.clarifai.com/v2/inputs"

type response struct {
	Status struct {
		Code        int
		Description string
	}
}

// A long-running operation whose Status is genproto's google.rpc Status: a
// dependency's struct is never a REST site, whatever the package.
type operation struct {
	Status *rpcstatus.Status
}

func (o *operation) GetStatus() *rpcstatus.Status { return o.Status }

func done(op *operation) bool {
	return op.Status.Code == 0 || op.GetStatus().GetCode() == 10000
}

// A typo among known codes: the switch is Clarifai's, so the typo is
// reported as unknown and the known values as usual.
func typo(r response) (out string) {
	switch r.Status.Code { // want `switch on Clarifai status code has no default and misses`
	case 10000: // want `raw Clarifai status code 10000; use codes.Success`
		out = "ok"
	case 11005, 11500: // want `raw Clarifai status code 11005; use codes.ConnThrottled` `^11500 is not a Clarifai status code$` `switch handles CONN_THROTTLED but not CONN_EXCEED_HOURLY_LIMIT`
		out = "retry"
	}
	return out
}

// Mostly values that are no Clarifai codes: another API's status.
func otherAPI(r response) string {
	switch r.Status.Code {
	case 200, 404, 10000:
		return "http"
	}
	return ""
}

// The result of arithmetic on a code is not a code, nor are its operands.
func arithmetic(r response, c int) bool {
	c += 1
	if r.Status.Code/100 == 211 || r.Status.Code%10 == 5 {
		return true
	}
	switch r.Status.Code / 1000 {
	case 11, 21:
		return true
	}
	return c == 10000
}

// One known code and a typo in a block of Clarifai codes: the switch is
// Clarifai's, so the known value is reported as raw, as
// r.Status.Code == 10000 is, and the typo as unknown.
func oneKnown(r response) (out string) {
	switch r.Status.Code { // want `switch on Clarifai status code has no default and misses`
	case 10000: // want `raw Clarifai status code 10000; use codes.Success`
		out = "ok"
	case 11500: // want `^11500 is not a Clarifai status code$`
		out = "retry"
	}
	return out
}

// One known code next to a value outside every block of Clarifai codes:
// perhaps another API's status, so nothing is said.
func oneKnownOther(r response) (out string) {
	switch r.Status.Code {
	case 10000:
		out = "ok"
	case 20000:
		out = "other"
	}
	return out
}
