package main

import (
	"fmt"
	"go/token"
	"strings"
)

// crossCheck ties what the three data files say into a model: every
// replacement names a code, every code of status_codes.tsv has exactly the
// row of categories.tsv that names it as status_codes.tsv does, the codes
// come in increasing order, and every code falls in a block of families.tsv.
func crossCheck(s *statusCodes, families []*family, blocks []block, rows []categoryRow) (*model, error) {
	if err := s.checkReplacements(); err != nil {
		return nil, err
	}
	if err := categorize(s, rows); err != nil {
		return nil, err
	}
	m := &model{families: families, blocks: blocks}
	for _, v := range s.order {
		m.codes = append(m.codes, s.byValue[v])
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

// checkReplacements checks that every replacement names a code, in the order
// of the file.
func (s *statusCodes) checkReplacements() error {
	for _, v := range s.order {
		for _, n := range s.byValue[v].names {
			if n.replacedBy != "" && s.nameLine[n.replacedBy] == 0 {
				return fmt.Errorf("status_codes.tsv:%d: %s is replaced by %s, which names no code", n.line, n.name, n.replacedBy)
			}
		}
	}
	return nil
}

// categorize gives each code of s its category and ident from its row of
// categories.tsv, and checks that no two codes share an ident.
func categorize(s *statusCodes, rows []categoryRow) error {
	idents := map[string]int32{}
	seen := map[int32]bool{}
	for _, r := range rows {
		c := s.byValue[r.value]
		if c == nil {
			return rowError(r, "code %d is not in status_codes.tsv", r.value)
		}
		seen[r.value] = true
		c.category = r.category
		if err := identify(c, r); err != nil {
			return err
		}
		if other, dup := idents[c.ident]; dup {
			return rowError(r, "code %d: ident %s is taken by code %d", r.value, c.ident, other)
		}
		if reserved(c.ident) {
			return rowError(r, "code %d: ident %s clashes with a name of package codes", r.value, c.ident)
		}
		idents[c.ident] = r.value
		for _, n := range c.names[min(1, len(c.names)):] {
			alias := camel(n.name)
			if other, dup := idents[alias]; dup {
				return rowError(r, "code %d: alias ident %s is taken by code %d", r.value, alias, other)
			}
			idents[alias] = r.value
		}
	}
	for _, v := range s.order {
		if !seen[v] {
			return fmt.Errorf("categories.tsv: code %d (%s) has no category", v, describe(s.byValue[v]))
		}
	}
	return nil
}

// identify checks that row r names c's SDK names as status_codes.tsv does,
// and sets c's ident: given by r for a code without an SDK name, derived
// from its current SDK name otherwise.
func identify(c *code, r categoryRow) error {
	var names []string
	for _, n := range c.names {
		names = append(names, n.name)
	}
	if got := strings.Join(names, " "); r.names != got {
		return rowError(r, "code %d: names %q, but status_codes.tsv says %q", r.value, r.names, got)
	}
	switch {
	case len(c.names) == 0 && r.ident == "":
		return rowError(r, "code %d has no SDK name: give it an ident", r.value)
	case len(c.names) > 0 && r.ident != "":
		return rowError(r, "code %d: ident %q given, but it is derived from its SDK name", r.value, r.ident)
	case r.ident != "":
		if !token.IsIdentifier(r.ident) || !token.IsExported(r.ident) {
			return rowError(r, "code %d: ident %q is not an exported Go identifier", r.value, r.ident)
		}
		c.ident = r.ident
	default:
		c.ident = camel(c.names[0].name)
	}
	return nil
}

// rowError is an error about row r of categories.tsv, prefixed with its file
// and line as tsv prefixes the errors of its rows.
func rowError(r categoryRow, format string, args ...any) error {
	return fmt.Errorf("categories.tsv:%d: %s", r.line, fmt.Sprintf(format, args...))
}
