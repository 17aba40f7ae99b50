package analyzer

import (
	"go/constant"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/codes"
)

// sdkNames are the StatusCode constants of one SDK status package in the
// build, which may be older or newer than the table. Names are kept whole
// (StatusCode_SUCCESS), as the scope holds them, so that looking one up
// allocates nothing.
type sdkNames struct {
	first map[int64]string   // the first name of each value, in scope order
	more  map[int64][]string // further names of a value, rare (aliases)
	// complete is false for a package this one imports only indirectly:
	// export data then holds just the objects its importers use, so the
	// table stands in for the names it lacks.
	complete bool
}

// sdkNamesOf returns the constants of the SDK status package pkg, reading
// its scope once per run.
func (p *pkgChecker) sdkNamesOf(pkg *types.Package) *sdkNames {
	if n, ok := p.sdk[pkg]; ok {
		return n
	}
	scope := pkg.Scope()
	n := &sdkNames{first: make(map[int64]string, scope.Len()), complete: pkg.Complete()}
	for _, name := range scope.Names() {
		if !strings.HasPrefix(name, sdkPrefix) {
			continue
		}
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		v, exact := constant.Int64Val(k.Val())
		if !exact {
			continue
		}
		if _, dup := n.first[v]; !dup {
			n.first[v] = name
			continue
		}
		if n.more == nil {
			n.more = map[int64][]string{}
		}
		n.more[v] = append(n.more[v], name)
	}
	if p.sdk == nil {
		p.sdk = map[*types.Package]*sdkNames{}
	}
	p.sdk[pkg] = n
	return n
}

// lookup returns the build's constant StatusCode_name for value v, if any.
func (n *sdkNames) lookup(v int64, name string) (string, bool) {
	if name == "" {
		return "", false
	}
	if m, ok := n.first[v]; ok && isSDKName(m, name) {
		return m, true
	}
	for _, m := range n.more[v] {
		if isSDKName(m, name) {
			return m, true
		}
	}
	return "", false
}

// isSDKName reports whether full is sdkPrefix+name, without building it.
func isSDKName(full, name string) bool {
	return len(full) == len(sdkPrefix)+len(name) && strings.HasSuffix(full, name) && strings.HasPrefix(full, sdkPrefix)
}

// constName returns the name to write for value v of status-code type obj
// (without qualifier): the table's current name where the build has it, else
// another name the build has for v. ok is false when the build has no
// constant for v, or the type has no constants (-types). verified is false
// for a name only the table vouches for: the SDK's status package reached
// indirectly, whose export data lists only the constants its importers use,
// may be older than the table. Such a name is for messages, never for a fix.
func (c *fileChecker) constName(obj *types.TypeName, tk typeKind, v int64) (name string, ok, verified bool) {
	name, prefix, ok := c.findConst(obj, tk, v)
	if prefix {
		name = sdkPrefix + name
	}
	return name, ok, ok && !prefix
}

// hasConst reports whether constName finds a name, without building one.
func (c *fileChecker) hasConst(obj *types.TypeName, tk typeKind, v int64) bool {
	_, _, ok := c.findConst(obj, tk, v)
	return ok
}

// findConst does constName's work. The name lacks sdkPrefix when prefix is
// set: only the table knows it (the build's package is incomplete), and
// building it allocates.
func (c *fileChecker) findConst(obj *types.TypeName, tk typeKind, v int64) (name string, prefix, ok bool) {
	info, known := codes.Lookup(codes.Code(v))
	switch tk {
	case sdkCode:
		names := c.sdkNamesOf(obj.Pkg())
		if known {
			if m, ok := names.lookup(v, info.Name); ok {
				return m, false, true
			}
			for _, alias := range info.Aliases {
				if m, ok := names.lookup(v, alias); ok {
					return m, false, true
				}
			}
		}
		if m, ok := names.first[v]; ok {
			return m, false, true
		}
		if known && !names.complete && info.InSDK && !info.Deprecated {
			return info.Name, true, true
		}
	case codesCode:
		if known && obj.Pkg().Scope().Lookup(info.Ident) != nil {
			return info.Ident, false, true
		}
	}
	return "", false, false
}
