#!/usr/bin/env bash
# End-to-end test of the golangci-lint module plugin (github.com/statuslint/statuslint/plugin).
#
# Builds a custom golangci-lint the way `golangci-lint custom` does (its
# pkg/commands/internal/builder.go: plugins.go with a blank import, go mod edit
# -replace, go mod tidy, go build ./cmd/golangci-lint), but from the module
# cache instead of a git clone of github.com, so that it needs nothing but the
# Go module proxy. Then runs the binary on the fixture module
# integration/testdata/golangci and checks what it reports.
#
# Usage: integration/golangci-lint.sh
# Environment: KEEP_TMP=1 keeps the temporary directory for inspection.
# Uses the normal GOCACHE and GOMODCACHE; the first run downloads golangci-lint's
# dependencies and takes a few minutes to build, later runs reuse the caches.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export GOWORK=off

fixture=$repo/integration/testdata/golangci
sdk=$repo/testdata/src/github.com/Clarifai/clarifai-go-grpc
plugin_module=github.com/statuslint/statuslint
plugin_import=$plugin_module/plugin

# The golangci-lint version to build is the one the documented .custom-gcl.yml names.
gcl_version=$(sed -n 's/^version:[[:space:]]*"\{0,1\}\([^"[:space:]]*\)"\{0,1\}[[:space:]]*$/\1/p' "$fixture/.custom-gcl.yml")
if [[ -z $gcl_version ]]; then
	echo "FAIL: no root version in $fixture/.custom-gcl.yml" >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/statuslint-gcl.XXXXXX")
cleanup() {
	if [[ -n ${KEEP_TMP:-} ]]; then
		echo "kept $tmp"
	else
		chmod -R u+w "$tmp" 2>/dev/null || true
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT

# golangci-lint's own cache, private to this run so that results never come
# from an earlier build of the plugin.
export GOLANGCI_LINT_CACHE=$tmp/gcl-cache

# show prints command output indented, for the log.
show() { sed 's/^/    | /' <<<"$1"; }

step() { echo "--- $*"; }

# 1. golangci-lint's source, from the module cache (downloaded through the proxy if missing).
step "golangci-lint $gcl_version source"
json=$(go mod download -json "github.com/golangci/golangci-lint/v2@$gcl_version") ||
	die "go mod download github.com/golangci/golangci-lint/v2@$gcl_version"
src=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$json")
[[ -d $src ]] || die "no module directory in: $json"
gcl=$tmp/golangci-lint
cp -R "$src" "$gcl"
chmod -R u+w "$gcl"
pass "copied $src"

# 2. What `golangci-lint custom` does with a local plugin.
step "add the plugin"
cd "$gcl"
tools_before=$(go list -m golang.org/x/tools)
register_gcl=$(go list -m github.com/golangci/plugin-module-register)
register_ours=$(cd "$repo" && go list -m github.com/golangci/plugin-module-register)
if [[ $(printf '%s\n%s\n' "${register_ours#* }" "${register_gcl#* }" | sort -V | tail -n1) == "${register_gcl#* }" ]]; then
	pass "statuslint requires $register_ours, golangci-lint $register_gcl"
else
	fail "statuslint requires $register_ours, newer than golangci-lint's $register_gcl"
fi
cat >cmd/golangci-lint/plugins.go <<EOF
package main

import (
	_ "$plugin_import"
)
EOF
go mod edit -require="$plugin_module@v0.0.0" -replace="$plugin_module=$repo"
go mod tidy || die "go mod tidy in golangci-lint"
tools_after=$(go list -m golang.org/x/tools)
if [[ $tools_before == "$tools_after" ]]; then
	pass "golang.org/x/tools unchanged by the plugin: $tools_after"
else
	fail "the plugin changed golangci-lint's golang.org/x/tools: $tools_before -> $tools_after"
fi
# Anything else the plugin changed in golangci-lint's requirements, for the log.
changed=$(diff <(go mod edit -print "$src/go.mod") <(go mod edit -print) | grep '^[<>]' | grep -vF "$plugin_module" | grep -v '^[<>][[:space:]]*$' || true)
if [[ -n $changed ]]; then
	echo "note: the plugin changed golangci-lint's requirements:"
	show "$changed"
fi

step "build custom-gcl"
bin=$tmp/custom-gcl
start=$SECONDS
go build -ldflags "-s -w -X 'main.version=$gcl_version-custom-gcl-statuslint' -X 'main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)'" -o "$bin" ./cmd/golangci-lint ||
	die "go build ./cmd/golangci-lint"
pass "built $bin in $((SECONDS - start))s"

# 3. The documented .custom-gcl.yml, read by golangci-lint's own configuration
# code (pkg/commands/internal: LoadConfiguration, Validate), plus a strict
# decode that rejects field names the Configuration type does not have.
step "validate .custom-gcl.yml"
cat >pkg/commands/internal/statuslint_e2e_test.go <<'EOF'
package internal

import (
	"os"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestStatuslintCustomGCL(t *testing.T) {
	dir := os.Getenv("STATUSLINT_FIXTURE")
	t.Chdir(dir)
	cfg, err := LoadConfiguration()
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if cfg.Version != os.Getenv("STATUSLINT_GCL_VERSION") {
		t.Errorf("version %q, want %q", cfg.Version, os.Getenv("STATUSLINT_GCL_VERSION"))
	}
	if len(cfg.Plugins) != 1 {
		t.Fatalf("%d plugins, want 1", len(cfg.Plugins))
	}
	p := cfg.Plugins[0]
	if p.Module != os.Getenv("STATUSLINT_MODULE") || p.Import != os.Getenv("STATUSLINT_IMPORT") {
		t.Errorf("plugin module %q import %q, want %q and %q", p.Module, p.Import,
			os.Getenv("STATUSLINT_MODULE"), os.Getenv("STATUSLINT_IMPORT"))
	}
	f, err := os.Open(".custom-gcl.yml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	dec.KnownFields(true)
	var strict Configuration
	if err := dec.Decode(&strict); err != nil {
		t.Errorf("strict decoding: %v", err)
	}
	t.Logf("version %s, plugin %+v", cfg.Version, *p)
}
EOF
if out=$(STATUSLINT_FIXTURE=$fixture STATUSLINT_GCL_VERSION=$gcl_version \
	STATUSLINT_MODULE=$plugin_module STATUSLINT_IMPORT=$plugin_import \
	go test -count=1 -v -run '^TestStatuslintCustomGCL$' ./pkg/commands/internal 2>&1); then
	pass ".custom-gcl.yml is a valid golangci-lint custom configuration"
else
	fail ".custom-gcl.yml:"
	show "$out"
fi

# 4. The fixture module, with the stand-in SDK at an absolute path.
step "run custom-gcl on the fixture"
work=$tmp/fixture
cp -R "$fixture" "$work"
cd "$work"
go mod edit -replace="github.com/Clarifai/clarifai-go-grpc=$sdk"
go build ./... || die "the fixture module does not build"

if out=$("$bin" version 2>&1) && grep -qF "$gcl_version-custom-gcl" <<<"$out"; then
	pass "custom-gcl version"
	show "$out"
else
	fail "custom-gcl version:"
	show "$out"
fi
if out=$("$bin" linters 2>&1) && grep -q '^statuslint\b' <<<"$out"; then
	pass "custom-gcl linters lists statuslint as enabled"
	show "$(grep '^statuslint' <<<"$out")"
else
	fail "custom-gcl linters does not list statuslint:"
	show "$out"
fi

# lint CONFIG [ARGS...] runs custom-gcl and sets out and rc.
lint() {
	local config=$1
	shift
	rc=0
	out=$("$bin" run --config "$config" --output.text.print-issued-lines=false "$@" ./... 2>&1) || rc=$?
}

# config FILE SETTINGS writes a .golangci.yml whose statuslint settings are SETTINGS (YAML, indented 10).
config() {
	cat >"$1" <<EOF
version: "2"
linters:
  default: none
  enable:
    - statuslint
  settings:
    custom:
      statuslint:
        type: module
        description: check Clarifai status codes
        settings:
$2
EOF
}

raw_msg='raw Clarifai status code 10000; use status.StatusCode_SUCCESS (success: Ok)'
switch_msg='switch on Clarifai status code has no default and misses '

# (a) The documented configuration (every setting at its default) reports both findings.
lint .golangci.yml
show "$out"
if [[ $rc -ne 1 ]]; then
	fail "documented .golangci.yml: exit status $rc, want 1 (issues found)"
fi
if grep -qF "main.go:11:" <<<"$out" && grep -F "$raw_msg" <<<"$out" | grep -qF '(statuslint)'; then
	pass "raw code reported at main.go:11 as (statuslint)"
else
	fail "no '$raw_msg (statuslint)' at main.go:11"
fi
if grep -F "$switch_msg" <<<"$out" | grep -qF '(statuslint)'; then
	pass "switch without default reported as (statuslint)"
else
	fail "no '$switch_msg ... (statuslint)'"
fi

wrap_msg='status of the PostModelOutputs response returned by clar.Predict is never checked'
if grep -qF "predict.go:14:" <<<"$out" && grep -F "$wrap_msg" <<<"$out" | grep -qF '(statuslint)'; then
	pass "a response through another package's wrapper reported at predict.go:14: the fact crossed packages"
else
	fail "no '$wrap_msg ... (statuslint)' at predict.go:14"
fi

# (b) A setting changes the result: checks: [raw] drops the switch finding.
config raw.yml '          checks: [raw]'
lint raw.yml
show "$out"
if grep -qF "$raw_msg" <<<"$out" && ! grep -qF "$switch_msg" <<<"$out"; then
	pass "checks: [raw] keeps the raw finding and drops the switch finding"
else
	fail "checks: [raw] did not change the findings as expected (exit status $rc)"
fi

# (c) Bad settings make golangci-lint fail, naming what is wrong.
# rejects WHAT FILE SETTINGS WORD: golangci-lint must fail (not exit 1, which
# means findings) on SETTINGS and quote WORD.
rejects() {
	config "$2" "$3"
	lint "$2"
	if [[ $rc -ne 0 && $rc -ne 1 ]] && grep -qF "\"$4\"" <<<"$out"; then
		pass "$1 $4: exit status $rc"
	else
		fail "$1 $4: exit status $rc, want a failure naming it:"
	fi
	show "$out"
}
rejects "unknown setting" unknown.yml '          chekcs: [raw]' chekcs
rejects "unknown category" category.yml '          require: [success, sucess]' sucess

# (d) --fix rewrites the raw code to the SDK's constant.
lint .golangci.yml --fix
show "$out"
show "$(diff -u "$fixture/main.go" main.go || true)"
if grep -qF 's.Code == status.StatusCode_SUCCESS' main.go && ! grep -q '10000' main.go; then
	pass "--fix rewrote 10000 to status.StatusCode_SUCCESS"
else
	fail "--fix did not rewrite 10000 (exit status $rc); main.go now:"
	show "$(cat main.go)"
fi
if out=$(go vet ./... 2>&1); then
	pass "the fixed fixture still builds and vets"
else
	fail "the fixed fixture does not build:"
	show "$out"
fi

if [[ $failures -gt 0 ]]; then
	echo "FAIL: $failures check(s) failed"
	exit 1
fi
echo "PASS: golangci-lint module plugin end to end"
