// Package codes is a stand-in for gRPC's codes package: its Code is not a
// Clarifai status code, and statuslint must never report it.
package codes

type Code uint32

const (
	OK               Code = 0
	Canceled         Code = 1
	Unknown          Code = 2
	InvalidArgument  Code = 3
	NotFound         Code = 5
	PermissionDenied Code = 7
	Unavailable      Code = 14
	Unauthenticated  Code = 16
)
