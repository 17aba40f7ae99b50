// Package analyzer defines statuslint, a go/analysis pass that checks how Go
// code handles Clarifai API status codes.
//
// # Analyzer statuslint
//
// statuslint: check Clarifai status codes for raw values and missed categories
//
// A status code is an expression of the Clarifai SDK's status.StatusCode type
// (matched by package path, vendored copies included), of this project's
// codes.Code, or of a type named with -types; an integer conversion of one,
// int(resp.Status.Code); and, with -rest, a field X.Status.Code (or
// X.GetStatus().GetCode()) of integer type on the program's own structs, in a
// package that shows Clarifai context: it imports the SDK, or "clarifai"
// appears in its import path, name, a file name or a string literal. gRPC's
// codes.Code, net/http status codes and other integers are never status codes.
//
// Checks (each diagnostic carries its family as Category; -checks turns
// families off):
//
// raw: a status code compared with, or written as, a raw integer:
// resp.Status.Code != 10000, case 11005:, &status.Status{Code: 10000},
// status.StatusCode(11008), arguments, returns, map keys and elements.
// A known code gets a fix to its constant, under the name the file imports
// the SDK as, adding the import under a free name when it is missing; a value
// that is no Clarifai code is reported as such; a range check such as
// code >= 21000 && code < 22000 is reported in favour of codes.Code's
// Category and Family.
//
// switch: a switch over a status code (or an if/else-if chain comparing one
// code expression two or more times) with no default that handles no code of
// a required category (-require) is reported with examples of what it
// misses; a case that handles part of a (family, category) group of the
// categories in -siblings, such as CONN_THROTTLED without
// CONN_EXCEED_HOURLY_LIMIT, is reported with a fix that adds the rest.
//
// deprecated: a deprecated SDK constant, with a fix to its replacement where
// the table names one and no duplicate case follows.
//
// directive: //statuslint:ignore <reason> on a line, or the line above,
// silences statuslint there; a directive without a reason and an unknown
// //statuslint: directive are reported.
//
// Generated files are skipped unless -generated is set.
package analyzer

const doc = `check Clarifai status codes for raw values and missed categories

A status code is an expression of the Clarifai SDK's status.StatusCode type,
of codes.Code (github.com/statuslint/statuslint/codes) or of a type named with
-types; an integer conversion of one; and, with -rest, a field X.Status.Code of
integer type on your own structs in a package with Clarifai context.

Checks (-checks=raw,switch,deprecated):

raw: a status code compared with or written as a raw integer
(resp.Status.Code != 10000, case 11005:). A fix replaces a known code with
its constant; unknown values and range checks are reported.

switch: a switch or if/else-if chain over a status code with no default that
misses whole categories (-require), or that handles part of a (family,
category) group of -siblings, e.g. CONN_THROTTLED but not
CONN_EXCEED_HOURLY_LIMIT.

deprecated: a deprecated SDK constant, with a fix to its replacement.

//statuslint:ignore <reason> on a line or the line above silences it.`
