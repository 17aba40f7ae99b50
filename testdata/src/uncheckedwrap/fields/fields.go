// Package fields calls through func fields whose values are wrappers.
package fields

import (
	"context"
	"errors"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"uncheckedwrap/lib"
)

// The walk for one field finds the values of the others too, but judges
// each only when it is called through: the first walk runs while w1's
// fact is being computed (w1 calls through g.B), and h.A, set to w1, is a
// source when it is called later. A package of its own, so that no other
// field's walk comes first.
var modelClient api.V2Client

type modelFuncs struct {
	A func() (*api.SingleModelResponse, error)
	B func() (*api.SingleModelResponse, error)
}

func getModel() (*api.SingleModelResponse, error) {
	return modelClient.GetModel(context.Background(), &api.GetModelRequest{})
}

var g = &modelFuncs{B: getModel}

func w1() (*api.SingleModelResponse, error) { return g.B() }

var h = &modelFuncs{A: w1, B: getModel}

func first() (string, error) {
	resp, err := w1() // want `^status of the GetModel response returned by w1 is never checked`
	if err != nil {
		return "", err
	}
	return resp.Model.Id, nil
}

func use() (string, error) {
	resp, err := h.A() // want `^status of the GetModel response returned by w1 is never checked`
	if err != nil {
		return "", err
	}
	return resp.Model.Id, nil
}

// An imported struct's func field, set by a literal of the imported type
// in this package: the walk reads lib.Funcs{...}, which it skips for this
// package's own fields.
var l = lib.Funcs{Model: getModel}

func viaImported() (string, error) {
	resp, err := l.Model() // want `^status of the GetModel response returned by getModel is never checked`
	if err != nil {
		return "", err
	}
	return resp.Model.Id, nil
}

// The imported struct's field called and the status read: no finding.
func viaImportedChecked() (string, error) {
	resp, err := l.Model()
	if err != nil {
		return "", err
	}
	if resp.GetStatus().GetCode() != status.StatusCode_SUCCESS {
		return "", errors.New(resp.GetStatus().GetDescription())
	}
	return resp.Model.Id, nil
}
