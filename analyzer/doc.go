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
// Each diagnostic carries its family as Category; -checks selects the
// families (at least one):
//
// raw: a status code compared with, or written as, a raw integer:
// resp.Status.Code != 10000, case 11005:, &status.Status{Code: 10000},
// status.StatusCode(11008), arguments, returns, map keys and elements. A
// known code gets a fix to its constant, under the name the file imports
// the SDK as, adding the import under a name free in the file when it is
// missing or shadowed; a value that is no Clarifai code is reported as such;
// a range check such as code >= 21000 && code < 22000 is reported in favour
// of codes.Code's Category and Family. A REST switch whose values are
// mostly known codes (two or more), or that has one known code while its
// other values fall in blocks of Clarifai codes (case 10000: … case
// 11500:), is Clarifai's: an unknown value in it is reported. The
// program's own constants (const clarifaiOK = 10000, untyped or of an
// integer type, package-level or local) that a comparison or a case value
// uses as a status code are reported once, at their declaration, as the
// raw code they are or as no code (const throttled = 11500), with a fix to
// the SDK's constant where the constant is untyped and every use of it is
// at a site of the SDK's (or codes') type; constants never used as codes
// are never reported.
//
// switch: a decision over one status code (a switch, a tagless switch or an
// if/else-if chain comparing one code expression two or more times) with no
// default that handles no code of a required category (-require) is
// reported with examples of what it misses; a case that handles part of a
// (family, category) group of the categories in -siblings, such as
// CONN_THROTTLED without CONN_EXCEED_HOURLY_LIMIT, is reported with a fix
// that adds the rest (in a chain, comparisons appended to the clause, where
// it writes the code one way and writing it again has no effect). A
// decision over a resource's own status (resp.ModelVersion.Status.Code,
// in.GetStatus().GetCode(), where the type holding Status is an SDK
// resource with a status domain in package codes, or a local variable only
// its := sets to one) requires only the state categories of its domain
// (success, partial, pending, failed) that -require names, and its
// examples come from the domain: the request errors of a resource's family
// (INPUT_DOES_NOT_EXIST) arrive on the response's status. The response's
// own status, an Output's or WorkflowResult's, a bare code and REST codes
// require every category. A default, a final else, or a return right after a
// decision whose every branch returns handles every code. Tests that lead
// to the decision count as its cases:
// the body of if code != X, the else of if code == X, and
// if code == X { return } earlier in the block take X out. A != branch
// (else if code != X) handles every code but X. The same code may be
// spelled as fields or getters (resp.Status.Code, resp.GetStatus().GetCode()).
//
// deprecated: a deprecated SDK constant, also under a dot import. A fix
// replaces an alias with the current name of the same value; where the
// replacement is another value, the message says what the API answers
// instead and no fix changes what the program does; where the same case,
// condition or literal already names the replacement, it says to drop the
// deprecated one.
//
// unchecked: with the gRPC SDK, err == nil only says that the call reached
// the API; the API's verdict is the response's Status. A response is the
// first result of a call of the SDK's client (a method declared in its
// proto/clarifai/api package, vendored too; not the program's own wrappers
// or mocks) with a field Status *status.Status. Reported: a response that
// is discarded (_, or the call as a statement, also under go and defer); a
// response held in a variable that, in the function that declares it
// (closures included), is never read for its status and never escapes (an
// argument of any call, returned, sent, stored, converted, its address
// taken), with a fix that inserts a status check after the if err != nil
// that follows the call: returning the zero values and an error where the
// function's last result is an error, t.Fatalf where a *testing.T, B or TB
// is a parameter; a comparison that lets a partial code (MIXED_STATUS)
// through like SUCCESS while the response's items (Outputs, Inputs) are
// read and no item's status is; and, with -rest, a body decoded by
// json.Unmarshal or a json.Decoder into a local variable of the program's
// own REST response struct whose other fields are read and whose Status
// never is, in a package with Clarifai context.
//
// directive: //statuslint:ignore [family,…] <reason> on a line, or the line
// above, silences the named families there (all when none is named); above
// a switch or if-else chain it also covers the findings on its case lines.
// A directive without a reason, with an unknown family or verb, or that
// silences nothing (judged only when every family it names ran) is
// reported.
//
// Generated files are skipped unless -generated is set; fixes never touch
// them.
package analyzer
