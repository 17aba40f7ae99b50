// Package restnocontext has the same shapes as a Clarifai REST client, but
// nothing ties it to Clarifai: Code != 10000 means success in many APIs.
package restnocontext

const endpoint = "https://api.example.com/v1/things"

type response struct {
	Status struct{ Code int }
}

func check(r response) bool {
	switch r.Status.Code {
	case 10000, 11005:
		return true
	}
	return r.Status.Code != 10000
}

// Without Clarifai context, one known code and one in a block of Clarifai
// codes are no Clarifai switch either.
func oneKnown(r response) bool {
	switch r.Status.Code {
	case 10000:
		return true
	case 11500:
		return false
	}
	return false
}

// Without Clarifai context, the program's constants are its own business.
const okCode = 10000

func named(r response) bool {
	return r.Status.Code != okCode
}
