// Package status stands in for an SDK version other than the table's: older
// (no StatusCode_INPUT_SUCCESS yet, only the name later deprecated) and with
// a code the table does not know (as a newer SDK would have).
package status

type StatusCode int32

const (
	StatusCode_ZERO                   StatusCode = 0
	StatusCode_SUCCESS                StatusCode = 10000
	StatusCode_CONN_THROTTLED         StatusCode = 11005
	StatusCode_INPUT_DOWNLOAD_SUCCESS StatusCode = 30000
	StatusCode_BRAND_NEW_CODE         StatusCode = 10099
)

type Status struct{ Code StatusCode }

func (x *Status) GetCode() StatusCode {
	if x != nil {
		return x.Code
	}
	return StatusCode_ZERO
}
