// Package directivechecks is checked with -checks=raw: a directive is
// judged unused only when every family it names ran.
package directivechecks

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func f(code status.StatusCode) bool {
	//statuslint:ignore switch polling only
	switch code {
	case status.StatusCode_SUCCESS:
		return true
	}
	//statuslint:ignore unscoped, so it names families that did not run
	if code == status.StatusCode_CONN_THROTTLED {
		return false
	}
	/* want `^this //statuslint:ignore directive silences nothing; remove it$` */ //statuslint:ignore raw raw ran and found nothing here
	return code == status.StatusCode_MIXED_STATUS
}
