package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

const apiBase = "https://api.clarifai.com/v2"

// apiResponse is the part of a REST predict response that this program reads.
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

type concept struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

// restClient calls the REST API directly, without the SDK.
type restClient struct {
	http *http.Client
	pat  string // personal access token
}

// newPredictRequest builds the request that classifies one image.
func (c *restClient) newPredictRequest(ctx context.Context, modelID, imageURL string) (*http.Request, error) {
	body, err := json.Marshal(map[string]any{
		"inputs": []any{map[string]any{"data": map[string]any{"image": map[string]string{"url": imageURL}}}},
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+"/models/"+url.PathEscape(modelID)+"/outputs", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Key "+c.pat)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// predict classifies one image and returns its concepts.
func (c *restClient) predict(ctx context.Context, modelID, imageURL string) ([]concept, error) {
	req, err := c.newPredictRequest(ctx, modelID, imageURL)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUnavailable, err)
	}
	defer resp.Body.Close()
	return decodePredict(resp.Body)
}

// decodePredict reads a predict response. The body carries a Clarifai status
// whatever the HTTP status is.
func decodePredict(body io.Reader) ([]concept, error) {
	var r apiResponse
	if err := json.NewDecoder(body).Decode(&r); err != nil {
		return nil, fmt.Errorf("decode predict response: %w", err)
	}
	if r.Status.Code != 10000 {
		e := &apiError{Op: "rest predict", Code: status.StatusCode(r.Status.Code), Description: r.Status.Description}
		switch r.Status.Code {
		case 11005:
			// Throttled: transient, like a dropped connection.
			return nil, fmt.Errorf("%w: %w", errUnavailable, e)
		}
		return nil, e
	}
	if len(r.Outputs) == 0 {
		return nil, fmt.Errorf("rest predict: no outputs")
	}
	return r.Outputs[0].Data.Concepts, nil
}
