// Package arith does arithmetic on SDK status codes: neither the result nor
// the operands are codes.
package arith

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func family(code status.StatusCode) bool {
	if code/100 == 211 || code%1000 == 5 || -code == 1 {
		return true
	}
	switch code / 1000 {
	case 11, 21:
		return true
	}
	next := code
	next += 1
	next++
	return int(code)/100 == 211 && next == 10001 // want `^10001 is not a Clarifai status code$`
}
