// Package restctx calls some REST API with its own structs; nothing in its
// non-test files ties it to Clarifai.
package restctx

type response struct {
	Status struct{ Code int }
}

// Context comes from non-test files alone: the test file's "clarifai"
// string changes nothing here, whether tests are loaded or not.
func ok(r response) bool {
	return r.Status.Code == 10000
}
