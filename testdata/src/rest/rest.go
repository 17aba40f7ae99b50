// Package rest calls Clarifai's REST API with its own structs.
package rest

const endpoint = "https://api.clarifai.com/v2/models/general-image-recognition/outputs"

type status struct {
	Code        int
	Description string
}

type response struct {
	Status status
}

type wideResponse struct {
	Status struct {
		Code uint32
	}
}

type pointerResponse struct {
	Status *struct{ Code int64 }
}

func (r *response) GetStatus() *status { return &r.Status }
func (s *status) GetCode() int         { return s.Code }

func check(r response, w wideResponse, p pointerResponse) bool {
	if r.Status.Code != 10000 { // want `raw Clarifai status code 10000; use codes.Success \(SUCCESS, success: Ok\)`
		return false
	}
	if w.Status.Code == 11005 { // want `raw Clarifai status code 11005; use codes.ConnThrottled`
		return false
	}
	if p.Status.Code == 21101 { // want `raw Clarifai status code 21101; use codes.ModelTraining`
		return false
	}
	if r.GetStatus().GetCode() == 10010 { // want `raw Clarifai status code 10010; use codes.MixedStatus`
		return false
	}
	switch r.Status.Code {
	case 10000: // want `raw Clarifai status code 10000; use codes.Success`
		return true
	case 11005, 11003: // want `raw Clarifai status code 11005` `raw Clarifai status code 11003`
		return false
	default:
		return false
	}
}

// Values that are no Clarifai codes are never reported on REST structs.
func notOurs(r response) bool {
	return r.Status.Code == 10001 || r.Status.Code == 200
}

func ranges(r response) bool {
	return r.Status.Code >= 20000 && r.Status.Code < 30000 // want `range check on Clarifai status code r.Status.Code \(>= 20000, < 30000\)`
}

// The program's own names for codes, compared with a REST status: a known
// code is reported at its declaration; a value that is no code is not
// Clarifai's to judge on a REST struct, as for literals.
const (
	codeOK    = 10000 // want `^codeOK is the raw Clarifai status code 10000; use codes.Success$`
	codeTypo  = 11500
	codeLimit = 100
)

func named(r response) bool {
	return r.Status.Code == codeOK || r.Status.Code == codeTypo || len(r.Status.Description) > codeLimit
}
