// Package api is a stand-in for the Clarifai Go SDK's package of the same
// import path (github.com/Clarifai/clarifai-go-grpc v12.4.0), reduced to the
// shapes user code touches: the items and responses that carry a Status (and
// one that does not), the requests that produce them, the V2 client and a
// sliver of the server side. Messages have exported fields and nil-safe
// getters as protoc-gen-go writes them.
//
// It has no dependencies: client methods take no gRPC call options, and
// NewV2Client takes a ClientConnInterface, a stand-in for gRPC's.
package api

import (
	"context"
	"errors"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

// Items.

type Image struct {
	Url    string
	Base64 []byte
}

type Text struct {
	Raw string
}

type Concept struct {
	Id    string
	Name  string
	Value float32
}

func (x *Concept) GetId() string {
	if x != nil {
		return x.Id
	}
	return ""
}

func (x *Concept) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}

func (x *Concept) GetValue() float32 {
	if x != nil {
		return x.Value
	}
	return 0
}

type Data struct {
	Image    *Image
	Text     *Text
	Concepts []*Concept
}

func (x *Data) GetImage() *Image {
	if x != nil {
		return x.Image
	}
	return nil
}

func (x *Data) GetText() *Text {
	if x != nil {
		return x.Text
	}
	return nil
}

func (x *Data) GetConcepts() []*Concept {
	if x != nil {
		return x.Concepts
	}
	return nil
}

// Items that carry their own status.

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

func (x *Input) GetData() *Data {
	if x != nil {
		return x.Data
	}
	return nil
}

func (x *Input) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

type Output struct {
	Id     string
	Status *status.Status
	Input  *Input
	Data   *Data
}

func (x *Output) GetId() string {
	if x != nil {
		return x.Id
	}
	return ""
}

func (x *Output) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

func (x *Output) GetInput() *Input {
	if x != nil {
		return x.Input
	}
	return nil
}

func (x *Output) GetData() *Data {
	if x != nil {
		return x.Data
	}
	return nil
}

type ModelVersion struct {
	Id     string
	Status *status.Status
}

func (x *ModelVersion) GetId() string {
	if x != nil {
		return x.Id
	}
	return ""
}

func (x *ModelVersion) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

type Model struct {
	Id           string
	Name         string
	ModelVersion *ModelVersion
}

func (x *Model) GetId() string {
	if x != nil {
		return x.Id
	}
	return ""
}

func (x *Model) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}

func (x *Model) GetModelVersion() *ModelVersion {
	if x != nil {
		return x.ModelVersion
	}
	return nil
}

// Responses.

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

type SingleInputResponse struct {
	Status *status.Status
	Input  *Input
}

func (x *SingleInputResponse) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

func (x *SingleInputResponse) GetInput() *Input {
	if x != nil {
		return x.Input
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

type SingleModelVersionResponse struct {
	Status       *status.Status
	ModelVersion *ModelVersion
}

func (x *SingleModelVersionResponse) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

func (x *SingleModelVersionResponse) GetModelVersion() *ModelVersion {
	if x != nil {
		return x.ModelVersion
	}
	return nil
}

// MultiConceptResponse lists items that have no status of their own.
type MultiConceptResponse struct {
	Status   *status.Status
	Concepts []*Concept
}

func (x *MultiConceptResponse) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

func (x *MultiConceptResponse) GetConcepts() []*Concept {
	if x != nil {
		return x.Concepts
	}
	return nil
}

// Requests.

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

type GetModelVersionRequest struct {
	ModelId   string
	VersionId string
}

type GetInputRequest struct {
	InputId string
}

type ListInputsRequest struct {
	Page    uint32
	PerPage uint32
}

type DeleteInputsRequest struct {
	Ids []string
}

type PostModelVersionsRequest struct {
	ModelId string
}

type ListConceptsRequest struct{}

// The client.

// V2Client is the API's client.
type V2Client interface {
	PostModelOutputs(ctx context.Context, in *PostModelOutputsRequest) (*MultiOutputResponse, error)
	PostInputs(ctx context.Context, in *PostInputsRequest) (*MultiInputResponse, error)
	GetModel(ctx context.Context, in *GetModelRequest) (*SingleModelResponse, error)
	GetModelVersion(ctx context.Context, in *GetModelVersionRequest) (*SingleModelVersionResponse, error)
	GetInput(ctx context.Context, in *GetInputRequest) (*SingleInputResponse, error)
	ListInputs(ctx context.Context, in *ListInputsRequest) (*MultiInputResponse, error)
	DeleteInputs(ctx context.Context, in *DeleteInputsRequest) (*status.BaseResponse, error)
	PostModelVersions(ctx context.Context, in *PostModelVersionsRequest) (*SingleModelResponse, error)
	ListConcepts(ctx context.Context, in *ListConceptsRequest) (*MultiConceptResponse, error)
	StreamModelOutputs(ctx context.Context) (V2_StreamModelOutputsClient, error)
}

// V2_StreamModelOutputsClient is the client side of the StreamModelOutputs
// stream.
type V2_StreamModelOutputsClient interface {
	Send(*PostModelOutputsRequest) error
	Recv() (*MultiOutputResponse, error)
}

// ClientConnInterface stands in for grpc.ClientConnInterface: the unary call
// alone, without call options, so that the stand-in needs no dependencies.
// A *grpc.ClientConn does not implement it; tests pass a fake.
type ClientConnInterface interface {
	Invoke(ctx context.Context, method string, args, reply any) error
}

type v2Client struct {
	cc ClientConnInterface
}

func NewV2Client(cc ClientConnInterface) V2Client {
	return &v2Client{cc}
}

func (c *v2Client) PostModelOutputs(ctx context.Context, in *PostModelOutputsRequest) (*MultiOutputResponse, error) {
	out := new(MultiOutputResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/PostModelOutputs", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) PostInputs(ctx context.Context, in *PostInputsRequest) (*MultiInputResponse, error) {
	out := new(MultiInputResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/PostInputs", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) GetModel(ctx context.Context, in *GetModelRequest) (*SingleModelResponse, error) {
	out := new(SingleModelResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/GetModel", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) GetModelVersion(ctx context.Context, in *GetModelVersionRequest) (*SingleModelVersionResponse, error) {
	out := new(SingleModelVersionResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/GetModelVersion", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) GetInput(ctx context.Context, in *GetInputRequest) (*SingleInputResponse, error) {
	out := new(SingleInputResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/GetInput", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) ListInputs(ctx context.Context, in *ListInputsRequest) (*MultiInputResponse, error) {
	out := new(MultiInputResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/ListInputs", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) DeleteInputs(ctx context.Context, in *DeleteInputsRequest) (*status.BaseResponse, error) {
	out := new(status.BaseResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/DeleteInputs", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) PostModelVersions(ctx context.Context, in *PostModelVersionsRequest) (*SingleModelResponse, error) {
	out := new(SingleModelResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/PostModelVersions", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (c *v2Client) ListConcepts(ctx context.Context, in *ListConceptsRequest) (*MultiConceptResponse, error) {
	out := new(MultiConceptResponse)
	if err := c.cc.Invoke(ctx, "/clarifai.api.V2/ListConcepts", in, out); err != nil {
		return nil, err
	}
	return out, nil
}

// StreamModelOutputs always fails: ClientConnInterface has no streams.
func (c *v2Client) StreamModelOutputs(ctx context.Context) (V2_StreamModelOutputsClient, error) {
	return nil, errors.New("StreamModelOutputs: not supported by the stand-in")
}

// The server side, present so that tests can tell its methods from the
// client's.

// V2Server is the server API: here, its PostModelOutputs alone.
type V2Server interface {
	PostModelOutputs(context.Context, *PostModelOutputsRequest) (*MultiOutputResponse, error)
}

// UnimplementedV2Server is embedded by servers for forward compatibility.
type UnimplementedV2Server struct{}

func (UnimplementedV2Server) PostModelOutputs(context.Context, *PostModelOutputsRequest) (*MultiOutputResponse, error) {
	return nil, errors.New("method PostModelOutputs not implemented")
}
