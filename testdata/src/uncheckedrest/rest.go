// Package uncheckedrest calls Clarifai's REST API with its own structs.
package uncheckedrest

import (
	"encoding/json"
	"io"

	rpcstatus "google.golang.org/genproto/googleapis/rpc/status"
)

const endpoint = "https://api.clarifai.com/v2/models/general-image-recognition/outputs"

type concept struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

type apiResponse struct {
	Status struct {
		Code        int    `json:"code"`
		Description string `json:"description"`
	} `json:"status"`
	Outputs []struct {
		Data struct {
			Concepts []concept `json:"concepts"`
		} `json:"data"`
	} `json:"outputs"`
}

// The body is decoded and used; its status never looked at.
func decode(body io.Reader) ([]concept, error) {
	var r apiResponse
	if err := json.NewDecoder(body).Decode(&r); err != nil { // want `^status of the decoded apiResponse is never checked \(err == nil does not mean success\)$`
		return nil, err
	}
	return r.Outputs[0].Data.Concepts, nil
}

func unmarshal(b []byte) (int, error) {
	r := &apiResponse{}
	if err := json.Unmarshal(b, r); err != nil { // want `^status of the decoded apiResponse is never checked`
		return 0, err
	}
	return len(r.Outputs), nil
}

// Checked, or handed on: fine.
func checked(b []byte) ([]concept, error) {
	var r apiResponse
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	if r.Status.Code != 10000 { // want `raw Clarifai status code 10000`
		return nil, io.ErrUnexpectedEOF
	}
	return r.Outputs[0].Data.Concepts, nil
}

func handedOn(b []byte) (*apiResponse, error) {
	var r apiResponse
	err := json.Unmarshal(b, &r)
	return &r, err
}

// Decoded but never read otherwise: nothing is used as if it succeeded.
func drained(body io.Reader) error {
	var r apiResponse
	return json.NewDecoder(body).Decode(&r)
}

// A struct whose Status is a dependency's (google.rpc) is not a REST
// response.
type operation struct {
	Name   string            `json:"name"`
	Status *rpcstatus.Status `json:"status"`
}

func decodeOperation(b []byte) (string, error) {
	var op operation
	if err := json.Unmarshal(b, &op); err != nil {
		return "", err
	}
	return op.Name, nil
}
