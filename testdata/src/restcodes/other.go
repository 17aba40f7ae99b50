package restcodes

type other struct {
	Status struct{ Code int }
}

// This file does not import codes: the fix adds it, converted to the
// field's type.
func throttled(o other) bool {
	return o.Status.Code == 11005 // want `raw Clarifai status code 11005; use codes.ConnThrottled`
}
