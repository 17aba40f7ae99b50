// Package status is a stand-in for the Clarifai Go SDK's package of the same
// import path (github.com/Clarifai/clarifai-go-grpc v12.4.0), with the shapes
// that user code touches. statuslint's tests and example build against it
// because the real SDK is not served by every module proxy.
//
// As in the SDK, status_code.pb.go holds the StatusCode enum: it is generated
// from codes/data by go generate ./codes. This file is written by hand.
package status

import "strconv"

func (x StatusCode) Enum() *StatusCode {
	p := new(StatusCode)
	*p = x
	return p
}

func (x StatusCode) String() string {
	if name, ok := StatusCode_name[int32(x)]; ok {
		return name
	}
	return strconv.Itoa(int(x))
}

// Status is the status of an API call or of one of its items.
type Status struct {
	Code             StatusCode
	Description      string
	Details          string
	StackTrace       []string
	PercentCompleted uint32
	TimeRemaining    uint32
	ReqId            string
}

func (x *Status) GetCode() StatusCode {
	if x != nil {
		return x.Code
	}
	return StatusCode_ZERO
}

func (x *Status) GetDescription() string {
	if x != nil {
		return x.Description
	}
	return ""
}

func (x *Status) GetDetails() string {
	if x != nil {
		return x.Details
	}
	return ""
}

// BaseResponse is the response of calls that return nothing but a status
// (DeleteInputs, for one).
type BaseResponse struct {
	Status *Status
}

func (x *BaseResponse) GetStatus() *Status {
	if x != nil {
		return x.Status
	}
	return nil
}
