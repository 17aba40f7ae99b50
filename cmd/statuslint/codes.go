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
	"text/tabwriter"

	"github.com/statuslint/statuslint/codes"
)

const codesUsage = `usage: statuslint codes [-json] [query]

Prints the Clarifai status codes: all of them, or those that query selects:

  a value       statuslint codes 11005
  a name        statuslint codes CONN_THROTTLED
                (also StatusCode_CONN_THROTTLED, in any case, and deprecated aliases)
  a category    statuslint codes retry
                (one of: %s)

A query spelled exactly as a category, in lower case, is the category:
"success" lists the success category, "SUCCESS" the code 10000.

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
		fmt.Fprintf(w, codesUsage, strings.Join(categoryNames(), ", "))
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
			usage(stderr) // after the flag package's error message
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

// selectCodes returns the codes that query names: a value, an SDK name or a
// category.
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
	name := query
	if prefix := "StatusCode_"; len(name) > len(prefix) && strings.EqualFold(name[:len(prefix)], prefix) {
		name = name[len(prefix):]
	}
	if info, ok := codes.LookupName(strings.ToUpper(name)); ok {
		return []codes.Info{info}, nil
	}
	return nil, fmt.Errorf("%q is not a status code, a status code name or a category (categories: %s)",
		query, strings.Join(categoryNames(), ", "))
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
