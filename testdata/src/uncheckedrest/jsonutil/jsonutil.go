// Package jsonutil hands out encoding/json's decoders, so that its callers
// decode without importing encoding/json.
package jsonutil

import (
	"encoding/json"
	"io"
)

func NewDecoder(r io.Reader) *json.Decoder {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	return dec
}
