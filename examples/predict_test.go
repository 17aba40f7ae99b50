package main

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	grpccodes "google.golang.org/grpc/codes"
	grpcstatus "google.golang.org/grpc/status"
)

// fakeClient is an api.V2Client that answers from canned responses.
type fakeClient struct {
	api.V2Client // the methods the tests do not call: nil, they panic
	outputs      *api.MultiOutputResponse
	err          error
	models       []*api.SingleModelResponse // successive GetModel answers
}

func (f *fakeClient) PostModelOutputs(context.Context, *api.PostModelOutputsRequest) (*api.MultiOutputResponse, error) {
	return f.outputs, f.err
}

func (f *fakeClient) PostInputs(context.Context, *api.PostInputsRequest) (*api.MultiInputResponse, error) {
	return nil, errors.New("not implemented")
}

func (f *fakeClient) GetModel(context.Context, *api.GetModelRequest) (*api.SingleModelResponse, error) {
	m := f.models[0]
	if len(f.models) > 1 {
		f.models = f.models[1:]
	}
	return m, nil
}

func modelIn(st *status.Status) *api.SingleModelResponse {
	return &api.SingleModelResponse{
		Status: &status.Status{Code: status.StatusCode_SUCCESS},
		Model:  &api.Model{Id: "dogs", ModelVersion: &api.ModelVersion{Id: "v1", Status: st}},
	}
}

func TestPredictMixed(t *testing.T) {
	s := &service{client: &fakeClient{outputs: &api.MultiOutputResponse{
		Status: &status.Status{Code: status.StatusCode_MIXED_STATUS},
		Outputs: []*api.Output{
			{Status: &status.Status{Code: status.StatusCode_SUCCESS}},
			{Status: &status.Status{Code: status.StatusCode_INPUT_FAILED, Description: "bad image"}},
		},
	}}}
	preds, err := s.predict(context.Background(), "general", []string{"a.jpg", "b.jpg"})
	if err != nil {
		t.Fatal(err)
	}
	if preds[0].Err != nil || preds[0].Output == nil {
		t.Errorf("first input: got %+v, want an output", preds[0])
	}
	if preds[1].Err == nil {
		t.Errorf("second input: got no error")
	}
}

func TestPredictUnavailable(t *testing.T) {
	s := &service{client: &fakeClient{err: grpcstatus.Error(grpccodes.Unavailable, "connection reset")}}
	_, err := s.predict(context.Background(), "general", []string{"a.jpg"})
	if classify(err) != retryLater {
		t.Errorf("classify(%v) = %v, want retryLater", err, classify(err))
	}
}

func TestWaitTrained(t *testing.T) {
	s := &service{client: &fakeClient{models: []*api.SingleModelResponse{
		modelIn(&status.Status{Code: 21101}),
		modelIn(&status.Status{Code: status.StatusCode_MODEL_TRAINED}),
	}}}
	v, err := s.waitTrained(context.Background(), "dogs", time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if v.Id != "v1" {
		t.Errorf("got version %q, want v1", v.Id)
	}
}

func TestDecodePredict(t *testing.T) {
	concepts, err := decodePredict(strings.NewReader(`{"status":{"code":10000},"outputs":[{"data":{"concepts":[{"name":"train","value":0.99}]}}]}`))
	if err != nil || len(concepts) != 1 || concepts[0].Name != "train" {
		t.Errorf("got %v, %v", concepts, err)
	}

	_, err = decodePredict(strings.NewReader(`{"status":{"code":11005,"description":"Making too many requests"}}`))
	if classify(err) != retryLater {
		t.Errorf("throttled: classify(%v) = %v, want retryLater", err, classify(err))
	}
	var ae *apiError
	//statuslint:ignore the test pins the number the REST API sends
	if !errors.As(err, &ae) || ae.Code != 11005 {
		t.Errorf("got %v, want CONN_THROTTLED", err)
	}
}
