// Package api is a stand-in for the Clarifai Go SDK's package of the same
// import path (github.com/Clarifai/clarifai-go-grpc v12.4.0), reduced to the
// responses and items that carry a Status. The client takes no gRPC call
// options so that the stand-in needs no dependencies.
package api

import (
	"context"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

type Image struct {
	Url    string
	Base64 []byte
}

type Text struct {
	Raw string
}

type Data struct {
	Image *Image
	Text  *Text
}

type Input struct {
	Id     string
	Data   *Data
	Status *status.Status
}

func (x *Input) GetId() string {
	if x != nil {
		return x.Id
	}
	return ""
}

func (x *Input) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

type ModelVersion struct {
	Id     string
	Status *status.Status
}

func (x *ModelVersion) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

type Model struct {
	Id           string
	ModelVersion *ModelVersion
}

func (x *Model) GetModelVersion() *ModelVersion {
	if x != nil {
		return x.ModelVersion
	}
	return nil
}

type Output struct {
	Id     string
	Status *status.Status
	Input  *Input
	Data   *Data
}

func (x *Output) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

type MultiOutputResponse struct {
	Status  *status.Status
	Outputs []*Output
}

func (x *MultiOutputResponse) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

func (x *MultiOutputResponse) GetOutputs() []*Output {
	if x != nil {
		return x.Outputs
	}
	return nil
}

type MultiInputResponse struct {
	Status *status.Status
	Inputs []*Input
}

func (x *MultiInputResponse) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

func (x *MultiInputResponse) GetInputs() []*Input {
	if x != nil {
		return x.Inputs
	}
	return nil
}

type SingleModelResponse struct {
	Status *status.Status
	Model  *Model
}

func (x *SingleModelResponse) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

func (x *SingleModelResponse) GetModel() *Model {
	if x != nil {
		return x.Model
	}
	return nil
}

type PostModelOutputsRequest struct {
	ModelId   string
	VersionId string
	Inputs    []*Input
}

type PostInputsRequest struct {
	Inputs []*Input
}

type GetModelRequest struct {
	ModelId string
}

// V2Client is the API's client.
type V2Client interface {
	PostModelOutputs(ctx context.Context, in *PostModelOutputsRequest) (*MultiOutputResponse, error)
	PostInputs(ctx context.Context, in *PostInputsRequest) (*MultiInputResponse, error)
	GetModel(ctx context.Context, in *GetModelRequest) (*SingleModelResponse, error)
}
