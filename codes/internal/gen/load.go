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
	domains  []domain
}

// domain is one row of domains.tsv: the families a resource's status can
// carry, or any code.
type domain struct {
	resource, subject string
	families          []*family // in the order of families.tsv; nil for any
	any               bool
	source            string
}

// anyFamily is how domains.tsv spells a status that can carry every code.
const anyFamily = "any"

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

// load reads the data files in dir, each on its own, then ties them
// together with crossCheck.
func load(dir string) (*model, error) {
	s, err := loadStatusCodes(filepath.Join(dir, "status_codes.tsv"))
	if err != nil {
		return nil, err
	}
	families, blocks, err := loadFamilies(filepath.Join(dir, "families.tsv"))
	if err != nil {
		return nil, err
	}
	rows, err := loadCategories(filepath.Join(dir, "categories.tsv"))
	if err != nil {
		return nil, err
	}
	m, err := crossCheck(s, families, blocks, rows)
	if err != nil {
		return nil, err
	}
	if m.domains, err = loadDomains(filepath.Join(dir, "domains.tsv"), families); err != nil {
		return nil, err
	}
	return m, nil
}

// statusCodes is what status_codes.tsv says: the codes with their names and
// descriptions, but no category, ident or family yet.
type statusCodes struct {
	byValue  map[int32]*code
	order    []int32        // the values in the order of the file's rows
	nameLine map[string]int // the line of each name
}

// loadStatusCodes reads status_codes.tsv, checking each row on its own and
// the names against each other.
func loadStatusCodes(path string) (*statusCodes, error) {
	s := &statusCodes{byValue: map[int32]*code{}, nameLine: map[string]int{}}
	if err := tsv(path, 6, s.addRow); err != nil {
		return nil, err
	}
	return s, nil
}

// addRow adds one row of status_codes.tsv (code, name, deprecated, in_sdk,
// replaced_by, description).
func (s *statusCodes) addRow(line int, f []string) error {
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
	c := s.byValue[v]
	if c == nil {
		c = &code{value: v}
		s.byValue[v] = c
		s.order = append(s.order, v)
	}
	if c.description == "" {
		c.description = f[5]
	}
	if f[1] == "" {
		if inSDK || deprecated || f[4] != "" {
			return fmt.Errorf("code %d has no name but is marked in_sdk, deprecated or replaced", v)
		}
		return nil
	}
	return s.addName(c, sdkName{name: f[1], deprecated: deprecated, inSDK: inSDK, replacedBy: f[4], line: line})
}

// addName gives c the name n, current names first.
func (s *statusCodes) addName(c *code, n sdkName) error {
	if !sdkNameRE.MatchString(n.name) {
		return fmt.Errorf("name %q is not an SDK constant suffix (A-Z, 0-9, _)", n.name)
	}
	if first, dup := s.nameLine[n.name]; dup {
		return fmt.Errorf("duplicate name %s (first on line %d)", n.name, first)
	}
	s.nameLine[n.name] = n.line
	if n.replacedBy != "" && !n.deprecated {
		return fmt.Errorf("%s is replaced by %s but not deprecated", n.name, n.replacedBy)
	}
	if !n.deprecated && len(c.names) > 0 && !c.names[0].deprecated {
		return fmt.Errorf("code %d has two current names, %s and %s", c.value, c.names[0].name, n.name)
	}
	if !n.deprecated {
		c.names = append([]sdkName{n}, c.names...)
	} else {
		c.names = append(c.names, n)
	}
	return nil
}

// loadFamilies reads families.tsv: the families in order of their first
// block, and the blocks in increasing order.
func loadFamilies(path string) ([]*family, []block, error) {
	var families []*family
	var blocks []block
	byIdent := map[string]*family{}
	err := tsv(path, 4, func(line int, f []string) error {
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
		if n := len(blocks); n > 0 && first <= blocks[n-1].last {
			return fmt.Errorf("block %d-%d overlaps or precedes the one before it", first, last)
		}
		if !token.IsIdentifier(f[3]) || !token.IsExported(f[3]) {
			return fmt.Errorf("ident %q is not an exported Go identifier", f[3])
		}
		fam := byIdent[f[3]]
		if fam == nil {
			fam = &family{name: f[2], ident: f[3], index: len(families) + 1}
			byIdent[f[3]] = fam
			families = append(families, fam)
		} else if fam.name != f[2] {
			return fmt.Errorf("family %s is called both %q and %q", f[3], fam.name, f[2])
		}
		blocks = append(blocks, block{first, last, fam})
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return families, blocks, nil
}

// loadDomains reads domains.tsv, naming the families of each row by the
// names families.tsv gives them.
func loadDomains(path string, families []*family) ([]domain, error) {
	byName := map[string]*family{}
	for _, f := range families {
		byName[f.name] = f
	}
	if byName[anyFamily] != nil {
		return nil, fmt.Errorf("families.tsv names a family %q, which domains.tsv uses for every code", anyFamily)
	}
	var domains []domain
	seen := map[string]int{}
	err := tsv(path, 4, func(line int, f []string) error {
		d := domain{resource: f[0], subject: f[1], source: f[3]}
		if !token.IsIdentifier(d.resource) || !token.IsExported(d.resource) {
			return fmt.Errorf("resource %q is not an SDK type name (an exported Go identifier)", d.resource)
		}
		if first, dup := seen[d.resource]; dup {
			return fmt.Errorf("resource %s listed twice (first on line %d)", d.resource, first)
		}
		seen[d.resource] = line
		if d.subject == "" || d.subject != strings.ToLower(d.subject) {
			return fmt.Errorf("%s: subject %q is not a lower-case noun", d.resource, d.subject)
		}
		if strings.TrimSpace(d.source) == "" {
			return fmt.Errorf("%s: no source: name the SDK field or comment the row comes from", d.resource)
		}
		if f[2] == anyFamily {
			d.any = true
			domains = append(domains, d)
			return nil
		}
		for _, name := range strings.Split(f[2], ",") {
			name = strings.TrimSpace(name)
			fam := byName[name]
			switch {
			case name == anyFamily:
				return fmt.Errorf("%s: %q stands alone, not in a list of families", d.resource, anyFamily)
			case fam == nil:
				return fmt.Errorf("%s: unknown family %q", d.resource, name)
			case len(d.families) > 0 && fam.index <= d.families[len(d.families)-1].index:
				return fmt.Errorf("%s: family %q repeated or out of the order of families.tsv", d.resource, name)
			}
			d.families = append(d.families, fam)
		}
		domains = append(domains, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return domains, nil
}

// categoryRow is one row of categories.tsv.
type categoryRow struct {
	line     int
	value    int32
	category string
	ident    string // given only for a code the SDK does not name
	names    string // the code's SDK names, as status_codes.tsv should have them
}

// loadCategories reads categories.tsv, checking what a row says of itself;
// crossCheck compares the rows with status_codes.tsv.
func loadCategories(path string) ([]categoryRow, error) {
	var rows []categoryRow
	seen := map[int32]int{}
	err := tsv(path, 4, func(line int, f []string) error {
		v, err := parseValue(f[0])
		if err != nil {
			return err
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
		rows = append(rows, categoryRow{line: line, value: v, category: f[1], ident: f[2], names: f[3]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// reserved reports whether ident is, or may become, a hand-written name of
// package codes.
func reserved(ident string) bool {
	switch ident {
	case "Code", "Info", "Lookup", "LookupName", "Deprecation", "All", "InCategory", "InFamily",
		"Categories", "Families", "ParseCategory", "ParseFamily", "Domain", "DomainOf", "Domains":
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
