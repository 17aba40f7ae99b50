// Package analyzer defines statuslint, a go/analysis pass that checks how Go
// code handles Clarifai API status codes.
//
// # Analyzer statuslint
//
// statuslint: check how code handles Clarifai API status codes
//
// A status code is an expression of the Clarifai SDK's status.StatusCode
// type (matched by package path, vendored copies included), of
// github.com/statuslint/statuslint/codes.Code, or of a type named with
// -types; an integer conversion of one, int(resp.Status.Code); and, with
// -rest, a field X.Status.Code (or X.GetStatus().GetCode()) of integer type
// on the program's own structs (never a dependency's), compared with a known
// Clarifai code, in a package that shows Clarifai context: it imports the
// SDK or codes, or "clarifai" appears in its import path, name, a file name
// or a string literal (for a non-test file, of its non-test files). gRPC's
// codes.Code, net/http status codes, other integers and the result of
// arithmetic on a code (code/100) are never status codes.
//
// Each diagnostic carries its family as Category and, as URL, the address
// of the family's section of docs/checks.md, which documents every family
// in staticcheck's style (statuslint -explain FAMILY prints it). -checks
// selects the families (at least one); each one's summary, from that page,
// follows.
//
// Generated files are skipped unless -generated is set; fixes never touch
// them.
package analyzer
