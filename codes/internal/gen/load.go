package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// The categories a row of categories.tsv may name, as codes.Category spells
// them, in the order of the codes.Category constants.
var categoryNames = []string{"unset", "success", "partial", "pending", "retry", "auth", "quota", "invalid", "not_found", "failed", "internal"}

// sdkName is one row of status_codes.tsv that has a name.
type sdkName struct {
	name       string
	deprecated bool
	inSDK      bool
	replacedBy string
	line       int
}

// code is one status code value with everything the three data files say of it.
type code struct {
	value       int32
	names       []sdkName // current name first
	description string
	category    string
	ident       string
	family      *family
}

// family is a family of codes with the blocks it covers.
type family struct {
	name, ident string
	index       int // position in the generated Family constants (1-based)
}

type block struct {
	first, last int32
	family      *family
}

// model is the parsed, validated content of the data files.
type model struct {
	codes    []*code // in increasing order of value
	families []*family
	blocks   []block // in increasing order
}

var sdkNameRE = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)

// tsv reads a tab-separated file, skipping # comments and the header line,
// and calls row for each data row with its 1-based line number.
func tsv(path string, columns int, row func(line int, f []string) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	name := filepath.Base(path)
	sc := bufio.NewScanner(bytes.NewReader(data))
	line, header := 0, false
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != columns {
			return fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(f), columns)
		}
		if !header {
			header = true
			continue
		}
		if err := row(line, f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	return sc.Err()
}

func parseBool(s string) (bool, error) {
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, fmt.Errorf("%q is not true or false", s)
}

func parseValue(s string) (int32, error) {
	v, err := strconv.ParseInt(s, 10, 32)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("code %q is not a non-negative 32-bit number", s)
	}
	return int32(v), nil
}

// load reads and cross-checks the three data files in dir.
func load(dir string) (*model, error) {
	byValue := map[int32]*code{}
	nameLine := map[string]int{}
	var order []int32
	err := tsv(filepath.Join(dir, "status_codes.tsv"), 6, func(line int, f []string) error {
		v, err := parseValue(f[0])
		if err != nil {
			return err
		}
		deprecated, err := parseBool(f[2])
		if err != nil {
			return fmt.Errorf("deprecated: %v", err)
		}
		inSDK, err := parseBool(f[3])
		if err != nil {
			return fmt.Errorf("in_sdk: %v", err)
		}
		c := byValue[v]
		if c == nil {
			c = &code{value: v}
			byValue[v] = c
			order = append(order, v)
		}
		if c.description == "" {
			c.description = f[5]
		}
		name := f[1]
		if name == "" {
			if inSDK || deprecated || f[4] != "" {
				return fmt.Errorf("code %d has no name but is marked in_sdk, deprecated or replaced", v)
			}
			return nil
		}
		if !sdkNameRE.MatchString(name) {
			return fmt.Errorf("name %q is not an SDK constant suffix (A-Z, 0-9, _)", name)
		}
		if first, dup := nameLine[name]; dup {
			return fmt.Errorf("duplicate name %s (first on line %d)", name, first)
		}
		nameLine[name] = line
		n := sdkName{name: name, deprecated: deprecated, inSDK: inSDK, replacedBy: f[4], line: line}
		if n.replacedBy != "" && !deprecated {
			return fmt.Errorf("%s is replaced by %s but not deprecated", name, n.replacedBy)
		}
		if !deprecated && len(c.names) > 0 && !c.names[0].deprecated {
			return fmt.Errorf("code %d has two current names, %s and %s", v, c.names[0].name, name)
		}
		if !deprecated {
			c.names = append([]sdkName{n}, c.names...)
		} else {
			c.names = append(c.names, n)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, c := range byValue {
		for _, n := range c.names {
			if n.replacedBy != "" && nameLine[n.replacedBy] == 0 {
				return nil, fmt.Errorf("status_codes.tsv:%d: %s is replaced by %s, which names no code", n.line, n.name, n.replacedBy)
			}
		}
	}

	m := &model{}
	familyByIdent := map[string]*family{}
	err = tsv(filepath.Join(dir, "families.tsv"), 4, func(line int, f []string) error {
		first, err := parseValue(f[0])
		if err != nil {
			return err
		}
		last, err := parseValue(f[1])
		if err != nil {
			return err
		}
		if last < first {
			return fmt.Errorf("block %d-%d is empty", first, last)
		}
		if n := len(m.blocks); n > 0 && first <= m.blocks[n-1].last {
			return fmt.Errorf("block %d-%d overlaps or precedes the one before it", first, last)
		}
		if !token.IsIdentifier(f[3]) || !token.IsExported(f[3]) {
			return fmt.Errorf("ident %q is not an exported Go identifier", f[3])
		}
		fam := familyByIdent[f[3]]
		if fam == nil {
			fam = &family{name: f[2], ident: f[3], index: len(m.families) + 1}
			familyByIdent[f[3]] = fam
			m.families = append(m.families, fam)
		} else if fam.name != f[2] {
			return fmt.Errorf("family %s is called both %q and %q", f[3], fam.name, f[2])
		}
		m.blocks = append(m.blocks, block{first, last, fam})
		return nil
	})
	if err != nil {
		return nil, err
	}

	seen := map[int32]int{}
	idents := map[string]int32{}
	err = tsv(filepath.Join(dir, "categories.tsv"), 4, func(line int, f []string) error {
		v, err := parseValue(f[0])
		if err != nil {
			return err
		}
		c := byValue[v]
		if c == nil {
			return fmt.Errorf("code %d is not in status_codes.tsv", v)
		}
		if first, dup := seen[v]; dup {
			return fmt.Errorf("code %d listed twice (first on line %d)", v, first)
		}
		seen[v] = line
		if !validCategory(f[1]) {
			return fmt.Errorf("code %d: unknown category %q (want one of %s)", v, f[1], strings.Join(categoryNames, ", "))
		}
		if (f[1] == "unset") != (v == 0) {
			return fmt.Errorf("code %d: category unset is for 0 (ZERO) alone", v)
		}
		c.category = f[1]
		var names []string
		for _, n := range c.names {
			names = append(names, n.name)
		}
		if got := strings.Join(names, " "); f[3] != got {
			return fmt.Errorf("code %d: names %q, but status_codes.tsv says %q", v, f[3], got)
		}
		switch {
		case len(c.names) == 0 && f[2] == "":
			return fmt.Errorf("code %d has no SDK name: give it an ident", v)
		case len(c.names) > 0 && f[2] != "":
			return fmt.Errorf("code %d: ident %q given, but it is derived from its SDK name", v, f[2])
		case f[2] != "":
			if !token.IsIdentifier(f[2]) || !token.IsExported(f[2]) {
				return fmt.Errorf("code %d: ident %q is not an exported Go identifier", v, f[2])
			}
			c.ident = f[2]
		default:
			c.ident = camel(c.names[0].name)
		}
		if other, dup := idents[c.ident]; dup {
			return fmt.Errorf("code %d: ident %s is taken by code %d", v, c.ident, other)
		}
		if reserved(c.ident) {
			return fmt.Errorf("code %d: ident %s clashes with a name of package codes", v, c.ident)
		}
		idents[c.ident] = v
		for _, n := range c.names[min(1, len(c.names)):] {
			alias := camel(n.name)
			if other, dup := idents[alias]; dup {
				return fmt.Errorf("code %d: alias ident %s is taken by code %d", v, alias, other)
			}
			idents[alias] = v
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, v := range order {
		if _, ok := seen[v]; !ok {
			return nil, fmt.Errorf("categories.tsv: code %d (%s) has no category", v, describe(byValue[v]))
		}
	}

	for _, v := range order {
		m.codes = append(m.codes, byValue[v])
	}
	for i := 1; i < len(m.codes); i++ {
		if m.codes[i-1].value >= m.codes[i].value {
			return nil, fmt.Errorf("status_codes.tsv: code %d comes after %d: keep the rows in increasing order", m.codes[i].value, m.codes[i-1].value)
		}
	}
	for _, c := range m.codes {
		for _, b := range m.blocks {
			if b.first <= c.value && c.value <= b.last {
				c.family = b.family
			}
		}
		if c.family == nil {
			return nil, fmt.Errorf("families.tsv: no block holds code %d (%s)", c.value, describe(c))
		}
	}
	return m, nil
}

// reserved reports whether ident is, or may become, a hand-written name of
// package codes.
func reserved(ident string) bool {
	switch ident {
	case "Code", "Info", "Lookup", "LookupName", "Deprecation", "All", "InCategory", "InFamily",
		"Categories", "Families", "ParseCategory":
		return true
	}
	return strings.HasPrefix(ident, "Category") || strings.HasPrefix(ident, "Family")
}

func validCategory(s string) bool {
	for _, c := range categoryNames {
		if c == s {
			return true
		}
	}
	return false
}

func describe(c *code) string {
	if len(c.names) > 0 {
		return c.names[0].name
	}
	return c.description
}

// initialisms are spelled in capitals in Go identifiers (InputInvalidURL).
var initialisms = map[string]bool{
	"API": true, "AWS": true, "DNS": true, "GCP": true, "GDPR": true, "HTTP": true, "ID": true,
	"IDP": true, "RPC": true, "SQS": true, "SSO": true, "URL": true, "URLS": true,
}

// camel turns an SDK name into this package's identifier: CONN_THROTTLED
// becomes ConnThrottled, RPC_SERVER_UNAVAILABLE becomes RPCServerUnavailable.
func camel(name string) string {
	var b strings.Builder
	for _, part := range strings.Split(name, "_") {
		if part == "" {
			continue
		}
		if initialisms[part] {
			if part == "URLS" {
				part = "URLs"
			}
			b.WriteString(part)
			continue
		}
		b.WriteString(part[:1])
		b.WriteString(strings.ToLower(part[1:]))
	}
	return b.String()
}
