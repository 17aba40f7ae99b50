package raw

import (
	"fmt"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
)

func compare(resp *api.MultiOutputResponse) bool {
	if resp.Status.Code != 10000 { // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS \(success: Ok\)`
		return false
	}
	if 10010 == resp.GetStatus().GetCode() { // want `raw Clarifai status code 10010; use status.StatusCode_MIXED_STATUS \(partial: Mixed Success\)`
		return false
	}
	if (resp.Status.Code) == (11005) { // want `raw Clarifai status code 11005; use status.StatusCode_CONN_THROTTLED \(retry: Making too many requests\)`
		return false
	}
	if int(resp.Status.Code) == 21101 { // want `raw Clarifai status code 21101; use status.StatusCode_MODEL_TRAINING \(pending: Model is training\)`
		return false
	}
	if 11008 != int32(resp.GetStatus().GetCode()) { // want `raw Clarifai status code 11008; use status.StatusCode_CONN_KEY_INVALID`
		return false
	}
	return resp.Status.Code == 10001 // want `10001 is not a Clarifai status code`
}

func kinds(code status.StatusCode) []status.StatusCode {
	s := &status.Status{Code: 10000} // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS`
	s.Code = 11005                   // want `raw Clarifai status code 11005; use status.StatusCode_CONN_THROTTLED`
	c := status.StatusCode(11008)    // want `raw Clarifai status code 11008; use status.StatusCode_CONN_KEY_INVALID`
	retry := map[status.StatusCode]string{
		11005: "throttled", // want `raw Clarifai status code 11005`
	}
	next := map[string]status.StatusCode{
		"busy": 21354, // want `raw Clarifai status code 21354; use status.StatusCode_MODEL_BUSY_PLEASE_RETRY`
	}
	handle(c, 10020) // want `raw Clarifai status code 10020; use status.StatusCode_FAILURE`
	fmt.Println(retry, next)
	var typo status.StatusCode = 1000 // want `1000 is not a Clarifai status code`
	return []status.StatusCode{typo, 0} // want `raw Clarifai status code 0; use status.StatusCode_ZERO \(unset\)`
}

func handle(status.StatusCode, status.StatusCode) {}

func returns() status.StatusCode {
	return 30000 // want `raw Clarifai status code 30000; use status.StatusCode_INPUT_SUCCESS \(success: Download complete\)`
}

func cases(code status.StatusCode) string {
	switch code {
	case 10000: // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS`
		return "ok"
	case 10010, 11005: // want `raw Clarifai status code 10010` `raw Clarifai status code 11005`
		return "again"
	default:
		return "other"
	}
}

func ranges(resp *api.MultiOutputResponse) bool {
	code := resp.GetStatus().GetCode()
	if code >= 21000 && code < 22000 { // want `range check on Clarifai status code code \(>= 21000, < 22000\); use codes.Code's Category or Family instead`
		return true
	}
	return 30000 <= int(code) // want `range check on Clarifai status code int\(code\) \(>= 30000\)`
}

func documentedOnly(code status.StatusCode) bool {
	return code == 24153 // want `raw Clarifai status code 24153 has no constant in this SDK; codes.AnnotationInProgress names it \(pending: Annotation in progress\)`
}

// Named constants are not raw values.
const ok = status.StatusCode_SUCCESS

const myOK status.StatusCode = 10000 // want `raw Clarifai status code 10000; use status.StatusCode_SUCCESS`

func named(code status.StatusCode) bool {
	return code == ok || code == myOK || code == status.StatusCode_CONN_THROTTLED
}

func arithmetic(code status.StatusCode) bool {
	return code == 10000+5 // want `10005 is not a Clarifai status code`
}

// spellings are raw codes too: hexadecimal, with digit separators.
func spellings(code status.StatusCode) bool {
	return code == 0x2afd || code == 10_010 // want `raw Clarifai status code 11005; use status.StatusCode_CONN_THROTTLED` `raw Clarifai status code 10010; use status.StatusCode_MIXED_STATUS`
}

// notSpellings: the same spellings compared with a plain int are no codes.
func notSpellings(n int) bool {
	return n == 0x2afd || n == 10_010
}
