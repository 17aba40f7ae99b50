// Package uncheckedrestnoctx decodes another API's responses, with the same
// shape as Clarifai's, and nothing ties it to Clarifai.
package uncheckedrestnoctx

import "encoding/json"

type reply struct {
	Status struct{ Code int }
	Items  []string
}

func decode(b []byte) ([]string, error) {
	var r reply
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return r.Items, nil
}
