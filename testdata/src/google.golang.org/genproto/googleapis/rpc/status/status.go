// Package status is a stand-in for google.golang.org/genproto's google.rpc
// Status, whose Code is an int32: a dependency's struct, never a REST site.
package status

type Status struct {
	Code    int32
	Message string
}

func (x *Status) GetCode() int32 {
	if x != nil {
		return x.Code
	}
	return 0
}
