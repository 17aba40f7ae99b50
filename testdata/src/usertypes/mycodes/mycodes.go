// Package mycodes declares its own status-code type, named to statuslint
// with -types=usertypes/mycodes.Code.
package mycodes

type Code int32

const OK Code = 10000
