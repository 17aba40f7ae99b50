package directives

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

// Scoped directives silence only the families they name.
func scoped(s *status.Status) bool {
	//statuslint:ignore raw the mock server answers 10000 verbatim
	if s.Code == 10000 {
		return true
	}
	/* want `^this //statuslint:ignore directive silences nothing; remove it$` */ //statuslint:ignore deprecated,switch wrong families
	if s.Code == 10010 { // want `raw Clarifai status code 10010`
		return true
	}
	//statuslint:ignore	raw	a tab separates words like a space
	return s.Code == 11005
}

// Above a switch, a directive also covers the findings on its case lines.
func aboveSwitch(code status.StatusCode) bool {
	//statuslint:ignore switch polling only: other codes are handled by the caller
	switch code {
	case status.StatusCode_SUCCESS:
		return true
	case status.StatusCode_MODEL_TRAINING:
		return false
	}
	//statuslint:ignore switch,raw the retry loop lives elsewhere
	switch code {
	case 11005: // want `raw Clarifai status code 11005`
		return true
	}
	return false
}

// Malformed scopes, and a directive with nothing to silence.
func malformedScopes(s *status.Status) bool {
	/* want `^//statuslint:ignore names an unknown family in "raw,swtich" \(want raw, switch, deprecated, unchecked\)$` */ //statuslint:ignore raw,swtich typo
	if s.Code == 10000 { // want `raw Clarifai status code 10000`
		return true
	}
	/* want `^//statuslint:ignore needs a reason` */ //statuslint:ignore raw
	/* want `^this //statuslint:ignore directive silences nothing; remove it$` */ //statuslint:ignore left behind after a refactoring
	return s.Code == status.StatusCode_SUCCESS
}
