// Package uncheckedrestvia decodes Clarifai's REST responses with a decoder
// from a helper package: encoding/json is in reach without an import.
package uncheckedrestvia

import (
	"io"

	"uncheckedrest/jsonutil"
)

const endpoint = "https://api.clarifai.com/v2/inputs"

type listResponse struct {
	Status struct {
		Code        int    `json:"code"`
		Description string `json:"description"`
	} `json:"status"`
	Inputs []struct {
		ID string `json:"id"`
	} `json:"inputs"`
}

func list(body io.Reader) (int, error) {
	var r listResponse
	if err := jsonutil.NewDecoder(body).Decode(&r); err != nil { // want `^status of the decoded listResponse is never checked \(err == nil does not mean success\)$`
		return 0, err
	}
	return len(r.Inputs), nil
}

func listChecked(body io.Reader) (int, error) {
	var r listResponse
	if err := jsonutil.NewDecoder(body).Decode(&r); err != nil {
		return 0, err
	}
	if r.Status.Code != 10000 { // want `raw Clarifai status code 10000`
		return 0, io.ErrUnexpectedEOF
	}
	return len(r.Inputs), nil
}
