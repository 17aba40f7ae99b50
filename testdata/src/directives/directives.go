package directives

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func ignored(s *status.Status) bool {
	//statuslint:ignore the mock server answers 10000 verbatim
	if s.Code == 10000 {
		return true
	}
	return s.Code == 11005 //statuslint:ignore compared with the wire value on purpose
}

func malformed(s *status.Status) bool {
	/* want `//statuslint:ignore needs a reason` */ //statuslint:ignore
	if s.Code == 10000 { // want `raw Clarifai status code 10000`
		return true
	}
	/* want `unknown directive //statuslint:skip` */ //statuslint:skip because
	return s.Code == 10010 // want `raw Clarifai status code 10010`
}

// A directive at the end of a line of code covers that line alone.
func trailingOnly(s *status.Status) bool {
	a := s.Code == 10000 //statuslint:ignore raw compared with the wire value on purpose
	b := s.Code == 10010 // want `raw Clarifai status code 10010`
	return a || b
}

// Non-breaking spaces between the words read as spaces.
func nonBreaking(s *status.Status) bool {
	return s.Code == 10000 //statuslint:ignore raw compared with the wire value on purpose
}
