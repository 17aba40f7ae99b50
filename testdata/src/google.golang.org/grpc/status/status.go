// Package status is a stand-in for gRPC's status package, which many files
// import as status beside the Clarifai SDK's.
package status

import "google.golang.org/grpc/codes"

type Status struct{ c codes.Code }

func (s *Status) Code() codes.Code { return s.c }

func FromError(err error) (*Status, bool) { return &Status{}, err == nil }

func Code(err error) codes.Code { return codes.Unknown }
