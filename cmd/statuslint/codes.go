package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/statuslint/statuslint/codes"
)

const codesUsage = `usage: statuslint codes [-json] [query]

Prints the Clarifai status codes: all of them, or those that query selects:

  a value       statuslint codes 11005
  a name        statuslint codes CONN_THROTTLED
                (also StatusCode_CONN_THROTTLED, in any case, and deprecated aliases;
                the codes package's ConnThrottled, in any case where that is one code;
                after a package name: status.StatusCode_CONN_THROTTLED, codes.ConnThrottled)
  a category    statuslint codes retry
                (one of: %s)
  a family      statuslint codes connection
                (a name of the table's FAMILY column: "model training", also
                model-training, and the codes package's FamilyModelTraining, in any case)
  a domain      statuslint codes ModelVersion
                (the codes that the Status of an SDK type can carry; in any case where
                that is one type, also after a package name: api.ModelVersion; one of:
%s)

A query spelled exactly as a category or a family, in lower case, is that:
"success" lists the success category, "SUCCESS" the code 10000; "input" lists the
input family, "Input" the domain of the SDK's Input. Where a category and a family
share a name (auth, internal), it is the category; FamilyAuth is the family.

Flags:
`

// codeJSON is one code as "statuslint codes -json" prints it.
type codeJSON struct {
	Code        codes.Code `json:"code"`
	Name        string     `json:"name"`
	Aliases     []string   `json:"aliases"`
	Category    string     `json:"category"`
	Family      string     `json:"family"`
	Description string     `json:"description"`
	Deprecated  bool       `json:"deprecated"`
	ReplacedBy  string     `json:"replaced_by"`
	Retryable   bool       `json:"retryable"`
}

// runCodes runs "statuslint codes" with the arguments that follow "codes"
// and returns the exit status: 0, 1 when output fails, 2 for a bad command
// line or an unknown query.
func runCodes(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("statuslint codes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print a JSON array of objects with the keys code, name, aliases, category, family, description, deprecated, replaced_by, retryable")
	usage := func(w io.Writer) {
		fmt.Fprintf(w, codesUsage, strings.Join(categoryNames(), ", "), wrap(resourceNames(), "                ", 80))
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	fs.Usage = func() {} // printed below, on stdout for -h

	// Flags may come before or after the query.
	var queries []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage(stdout)
				return 0
			}
			// The flag package has printed the error: one line, and a
			// hint instead of the whole usage.
			fmt.Fprintln(stderr, "run 'statuslint codes -help' for usage")
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		queries = append(queries, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(queries) > 1 {
		fmt.Fprintf(stderr, "statuslint codes: want at most one query, got %d: %s\n", len(queries), strings.Join(queries, " "))
		return 2
	}

	list := codes.All()
	if len(queries) == 1 {
		var err error
		if list, err = selectCodes(queries[0]); err != nil {
			fmt.Fprintf(stderr, "statuslint codes: %v\n", err)
			return 2
		}
	}

	var err error
	if *asJSON {
		err = writeJSON(stdout, list)
	} else {
		err = writeTable(stdout, list)
	}
	if err != nil {
		fmt.Fprintf(stderr, "statuslint codes: %v\n", err)
		return 1
	}
	return 0
}

// selectCodes returns the codes that query names: a value, a category, a
// family, the status domain of an SDK type or a code's name (see
// lookupName). Lower-case category and family names come first, as the
// usage says; TestCodesQueryKinds checks that no family name is a code's
// name in lower case and no SDK type's name a code's name in any case, so
// that this order hides no code.
func selectCodes(query string) ([]codes.Info, error) {
	if n, err := strconv.ParseInt(query, 10, 32); err == nil {
		info, ok := codes.Lookup(codes.Code(n))
		if !ok {
			return nil, fmt.Errorf("unknown status code %d", n)
		}
		return []codes.Info{info}, nil
	}
	if cat, ok := codes.ParseCategory(query); ok {
		return codes.InCategory(cat), nil
	}
	if f, ok := parseFamily(query); ok {
		return codes.InFamily(f), nil
	}
	d, ok, err := lookupDomain(codes.Domains(), query)
	if err != nil {
		return nil, err
	}
	if ok {
		return d.Codes(), nil
	}
	info, err := lookupName(idents(), query)
	if err != nil {
		return nil, err
	}
	return []codes.Info{info}, nil
}

// parseFamily returns the family that query spells: its name ("model
// training"), with hyphens for spaces (model-training, one shell word), or
// the codes package's constant in any case, optionally after a package
// name (FamilyModelTraining, codes.FamilyRPC). The codes package keeps the
// Family prefix for families, so no code's identifier has it.
func parseFamily(query string) (codes.Family, bool) {
	if f, ok := codes.ParseFamily(query); ok {
		return f, true
	}
	if strings.Contains(query, "-") {
		if f, ok := codes.ParseFamily(strings.ReplaceAll(query, "-", " ")); ok {
			return f, true
		}
	}
	name := unqualified(query)
	if !isIdent(name) {
		return codes.FamilyUnknown, false
	}
	for _, f := range codes.Families() {
		if strings.EqualFold(name, "Family"+strings.ReplaceAll(f.String(), " ", "")) {
			return f, true
		}
	}
	return codes.FamilyUnknown, false
}

// lookupDomain returns the domain of list whose SDK type query names,
// spelled exactly or, where that is one type, in another case, optionally
// after a package name (api.ModelVersion). ok is false if query names no
// such type; err says that it could name several.
func lookupDomain(list []codes.Domain, query string) (d codes.Domain, ok bool, err error) {
	name := unqualified(query)
	var found []codes.Domain
	for _, d := range list {
		if d.Resource == name {
			return d, true, nil
		}
		if strings.EqualFold(d.Resource, name) {
			found = append(found, d)
		}
	}
	switch len(found) {
	case 0:
		return codes.Domain{}, false, nil
	case 1:
		return found[0], true, nil
	}
	var names []string
	for _, d := range found {
		names = append(names, d.Resource)
	}
	return codes.Domain{}, false, fmt.Errorf("%q could be %s: spell it as one of them", query, strings.Join(names, " or "))
}

// unqualified returns query without a package name before it
// (status.StatusCode_SUCCESS, api.ModelVersion), if it has one.
func unqualified(query string) string {
	if dot := strings.LastIndexByte(query, '.'); dot >= 0 && isIdent(query[:dot]) && isIdent(query[dot+1:]) {
		return query[dot+1:]
	}
	return query
}

// lookupName returns the code that query spells, in any of the spellings
// statuslint's messages print, optionally after a package qualifier
// (status.StatusCode_SUCCESS, statuspb.StatusCode_SUCCESS, codes.Success):
//
//   - an SDK name or deprecated alias, with or without the StatusCode_
//     prefix, in any case (CONN_THROTTLED, StatusCode_CONN_THROTTLED,
//     conn_throttled);
//   - the identifier of a constant of the codes package (ConnThrottled,
//     RPCServerUnavailable, InputDownloadSuccess), spelled exactly, or in
//     another case if that names only one code (connthrottled); idents
//     indexes them.
func lookupName(idents *identIndex, query string) (codes.Info, error) {
	name := unqualified(query)
	sdkName := name
	if prefix := "StatusCode_"; len(sdkName) > len(prefix) && strings.EqualFold(sdkName[:len(prefix)], prefix) {
		sdkName = sdkName[len(prefix):]
	}
	if info, ok := codes.LookupName(strings.ToUpper(sdkName)); ok {
		return info, nil
	}
	if isIdent(name) && !strings.Contains(name, "_") {
		switch list := idents.lookup(name); len(list) {
		case 0:
		case 1:
			return list[0], nil
		default:
			var names []string
			for _, info := range list {
				names = append(names, fmt.Sprintf("%s (%d)", info.Ident, info.Code))
			}
			return codes.Info{}, fmt.Errorf("%q could be %s: spell it as one of them", query, strings.Join(names, " or "))
		}
	}
	return codes.Info{}, fmt.Errorf("%q is not a status code, a status code name, a category, a family or an SDK type with a status (categories: %s; statuslint codes -h lists the others)",
		query, strings.Join(categoryNames(), ", "))
}

// idents is the identIndex of every code.
var idents = sync.OnceValue(func() *identIndex { return newIdentIndex(codes.All()) })

// identIndex indexes the codes package's identifiers: each code's Ident,
// and those of its deprecated aliases (InputDownloadSuccess for
// INPUT_DOWNLOAD_SUCCESS), which Info does not hold but which spell the
// alias's name without underscores.
type identIndex struct {
	exact  map[string]codes.Info   // by Ident
	folded map[string][]codes.Info // by lower-case identifier: the codes it may mean
}

func newIdentIndex(list []codes.Info) *identIndex {
	x := &identIndex{exact: map[string]codes.Info{}, folded: map[string][]codes.Info{}}
	add := func(key string, info codes.Info) {
		for _, other := range x.folded[key] {
			if other.Code == info.Code {
				return
			}
		}
		x.folded[key] = append(x.folded[key], info)
	}
	for _, info := range list {
		x.exact[info.Ident] = info
		add(strings.ToLower(info.Ident), info)
		for _, name := range append([]string{info.Name}, info.Aliases...) {
			if name != "" {
				add(strings.ToLower(strings.ReplaceAll(name, "_", "")), info)
			}
		}
	}
	return x
}

// lookup returns the codes ident may name: the one whose Ident it is, else
// those it spells in another case.
func (x *identIndex) lookup(ident string) []codes.Info {
	if info, ok := x.exact[ident]; ok {
		return []codes.Info{info}
	}
	return x.folded[strings.ToLower(ident)]
}

// isIdent reports whether s is a Go identifier (ASCII, as the SDK's and the
// codes package's names are).
func isIdent(s string) bool {
	for i, r := range s {
		if r != '_' && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return s != ""
}

// resourceNames returns the SDK types that have a status domain.
func resourceNames() []string {
	var names []string
	for _, d := range codes.Domains() {
		names = append(names, d.Resource)
	}
	return names
}

// wrap joins words with ", " into lines of at most width columns, each
// starting with indent.
func wrap(words []string, indent string, width int) string {
	var b strings.Builder
	line := indent
	for i, w := range words {
		if i < len(words)-1 {
			w += ","
		}
		if line != indent && len(line)+1+len(w) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += w
	}
	b.WriteString(line)
	return b.String()
}

func categoryNames() []string {
	var names []string
	for _, c := range codes.Categories() {
		names = append(names, c.String())
	}
	return names
}

func writeJSON(w io.Writer, list []codes.Info) error {
	out := make([]codeJSON, 0, len(list))
	for _, info := range list {
		out = append(out, codeJSON{
			Code:        info.Code,
			Name:        info.Name,
			Aliases:     append([]string{}, info.Aliases...),
			Category:    info.Category.String(),
			Family:      info.Family.String(),
			Description: info.Description,
			Deprecated:  info.Deprecated,
			ReplacedBy:  info.ReplacedBy,
			Retryable:   info.Code.IsRetryable(),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeTable prints one row per SDK name: a code's current name, then each
// of its deprecated aliases. Codes the SDK does not name show "-".
func writeTable(w io.Writer, list []codes.Info) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tCATEGORY\tFAMILY\tDESCRIPTION")
	row := func(info codes.Info, name, note string) {
		desc := info.Description
		if note != "" {
			desc = strings.TrimSpace("(" + note + ") " + desc)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", info.Code, name, info.Category, info.Family, desc)
	}
	for _, info := range list {
		name, note := info.Name, ""
		switch {
		case name == "":
			name, note = "-", "not in the SDK"
		case info.Deprecated && info.ReplacedBy != "":
			note = "deprecated: use " + info.ReplacedBy
		case info.Deprecated:
			note = "deprecated"
		}
		row(info, name, note)
		for _, alias := range info.Aliases {
			row(info, alias, "deprecated alias of "+info.Name)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// Rows without a description end in the family column's padding.
	lines := strings.SplitAfter(buf.String(), "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight(line, " \n") + "\n"
	}
	_, err := io.WriteString(w, strings.Join(lines[:len(lines)-1], ""))
	return err
}
