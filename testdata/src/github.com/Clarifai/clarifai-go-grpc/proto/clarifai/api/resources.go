package api

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

// More resources that carry a status of their own, for the status domains
// of the switch check: each status holds the codes of its part of the API
// (resources.pb.go in the SDK).

type Annotation struct {
	Id     string
	Status *status.Status
}

func (x *Annotation) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

type DatasetVersion struct {
	Id     string
	Status *status.Status
}

func (x *DatasetVersion) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}

// WorkflowResult carries the status of one input's prediction, which can
// be any code.
type WorkflowResult struct {
	Id      string
	Status  *status.Status
	Input   *Input
	Outputs []*Output
}

func (x *WorkflowResult) GetStatus() *status.Status {
	if x != nil {
		return x.Status
	}
	return nil
}
