#!/usr/bin/env bash
# End-to-end test of statuslint as go vet's analysis tool: build the command,
# run "go vet -vettool" on a copy of integration/testdata/vet, pass analyzer
# flags through go vet, and apply the fixes with "go vet -fix".
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail_log=$tmp/out

# check DESCRIPTION WANT PATTERN COMMAND...: run COMMAND; WANT is "ok" for
# exit status 0 or "error" for non-zero; PATTERN, if not empty, is a fixed
# string the output must contain.
check() {
	local desc=$1 want=$2 pattern=$3 got=ok
	shift 3
	"$@" >"$tmp/out" 2>&1 || got=error
	if [ "$got" != "$want" ]; then
		fail "$desc (exit status: want $want, got $got)"
	elif [ -n "$pattern" ] && ! grep -qF -- "$pattern" "$tmp/out"; then
		fail "$desc (output lacks \"$pattern\")"
	else
		pass "$desc"
	fi
}

bin=$tmp/bin/statuslint # go vet -vettool needs an absolute path
if ! (cd "$repo" && go build -o "$bin" ./cmd/statuslint) >"$tmp/out" 2>&1; then
	die "build statuslint"
fi
pass "build statuslint"

mod=$tmp/vet
cp -R "$repo/integration/testdata/vet" "$mod"
cd "$mod"
go mod edit -replace "github.com/Clarifai/clarifai-go-grpc=$repo/testdata/src/github.com/Clarifai/clarifai-go-grpc"

check "fixture builds" ok "" go build ./...
check "go vet -vettool reports the raw code" error "raw Clarifai status code 10000" \
	go vet -vettool="$bin" ./...
# Under go vet, go vet's format: the family suffix is the standalone driver's.
if grep -q 'raw Clarifai status code 10000' "$tmp/out" && ! grep -q '(raw)$' "$tmp/out"; then
	pass "go vet keeps its own format (no family suffix)"
else
	fail "go vet keeps its own format (no family suffix)"
fi
# The standalone run names each finding's family, and -fix reports what is
# left (the incomplete switch, which has no fix) with exit status 3.
status=0
"$bin" ./... >"$tmp/out" 2>&1 || status=$?
if [ "$status" -eq 3 ] && grep -q 'raw Clarifai status code 10000; .* (raw)$' "$tmp/out"; then
	pass "statuslint ./... ends each finding with its family, exit status 3"
else
	fail "statuslint ./... ends each finding with its family, exit status 3 (got $status)"
fi
# cmd/go's toolID parses -V=full: "NAME version VERSION buildID=ID".
"$bin" -V=full >"$tmp/out" 2>&1 || true
if grep -qE '^statuslint version [^ ]+ buildID=[0-9a-f]{64}$' "$tmp/out"; then
	pass "-V=full: $(cut -c1-60 "$tmp/out")…"
else
	fail "-V=full prints NAME version VERSION buildID=ID"
fi
check "statuslint version" ok "statuslint " "$bin" version
check "statuslint help (go vet's usage error suggests it) prints the usage" ok "statuslint codes" "$bin" help
check "statuslint -explain raw" ok "## raw" "$bin" -explain raw
check "go vet passes analyzer flags through (-checks=deprecated)" ok "" \
	go vet -vettool="$bin" -checks=deprecated ./...
check "go vet reports a bad analyzer flag value" error 'invalid value "bogus" for flag -require' \
	go vet -vettool="$bin" -require=bogus ./...

# go vet runs the tool once per package and once per dependency, with the
# same flags: a bad value must still be printed once per go vet run, and go
# vet must fail. A module of 25 packages that import the SDK:
many=$tmp/many
mkdir "$many"
cat >"$many/go.mod" <<EOF
module example.com/many

go 1.24

require github.com/Clarifai/clarifai-go-grpc v0.0.0

replace github.com/Clarifai/clarifai-go-grpc => $repo/testdata/src/github.com/Clarifai/clarifai-go-grpc
EOF
for i in $(seq -w 1 25); do
	mkdir "$many/p$i"
	cat >"$many/p$i/p.go" <<EOF
package p$i

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func OK(s *status.Status) bool { return s.Code == status.StatusCode_SUCCESS }
EOF
done
# Build tags reach the tool through go vet: a raw code behind a build tag.
cat >"$many/p01/tagged.go" <<EOF
//go:build statuslint_e2e

package p01

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func Retry(s *status.Status) bool { return s.Code == 11005 }
EOF
check "25-package module vets clean" ok "" go -C "$many" vet -vettool="$bin" ./...
check "go vet -tags=statuslint_e2e analyzes the tagged file" error "tagged.go:7:54: raw Clarifai status code 11005" \
	go -C "$many" vet -tags=statuslint_e2e -vettool="$bin" ./...
check "GOFLAGS=-tags=statuslint_e2e go vet analyzes the tagged file" error "tagged.go:7:54: raw Clarifai status code 11005" \
	env GOFLAGS=-tags=statuslint_e2e go -C "$many" vet -vettool="$bin" ./...
for fix in "" -fix; do
	runs=$(go -C "$many" vet -n -vettool="$bin" $fix -require=bogus ./... 2>&1 | grep -c 'vet\.cfg$' || true)
	status=0
	go -C "$many" vet -vettool="$bin" $fix -require=bogus ./... >"$tmp/out" 2>&1 || status=$?
	messages=$(grep -c 'invalid value "bogus" for flag -require' "$tmp/out" || true)
	lines=$(wc -l <"$tmp/out")
	desc="go vet ${fix:+$fix }-require=bogus, $runs runs of the tool: the error once (# package and the line)"
	if [ "$status" -ne 0 ] && [ "$messages" -eq 1 ] && [ "$lines" -eq 2 ] && [ "$runs" -ge 25 ]; then
		pass "$desc, exit status $status"
	else
		fail "$desc (exit status $status, $messages messages, $lines lines)"
	fi
done

# statuslint -fix on its own: exit status 0 and nothing printed once every
# finding is fixed; 3 and the finding when one has no fix (10001 is no code).
cp -R "$mod" "$tmp/standalone"
status=0
(cd "$tmp/standalone" && "$bin" -fix ./...) >"$tmp/out" 2>&1 || status=$?
if [ "$status" -eq 0 ] && [ ! -s "$tmp/out" ] && ! grep -q '10000' "$tmp/standalone/main.go"; then
	pass "statuslint -fix fixes every finding, prints nothing, exit status 0"
else
	fail "statuslint -fix fixes every finding, prints nothing, exit status 0 (got $status)"
fi
cat >"$tmp/standalone/unknown.go" <<EOF
package main

import "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"

func unknown(s *status.Status) bool { return s.Code == 10001 }
EOF
status=0
(cd "$tmp/standalone" && "$bin" -fix ./...) >"$tmp/out" 2>&1 || status=$?
if [ "$status" -eq 3 ] && grep -q 'unknown.go:5:.*10001 is not a Clarifai status code (raw)$' "$tmp/out" && [ "$(wc -l <"$tmp/out")" -eq 1 ]; then
	pass "statuslint -fix reports the finding it cannot fix, exit status 3"
else
	fail "statuslint -fix reports the finding it cannot fix, exit status 3 (got $status)"
fi

check "go vet -vettool -fix" ok "" go vet -vettool="$bin" -fix ./...
if grep -q 'status\.StatusCode_SUCCESS {' main.go && ! grep -q '10000' main.go; then
	pass "-fix replaced 10000 with status.StatusCode_SUCCESS"
else
	cp main.go "$tmp/out"
	fail "-fix replaced 10000 with status.StatusCode_SUCCESS"
fi
check "fixed module builds" ok "" go build ./...
check "go vet -vettool passes on the fixed module" ok "" go vet -vettool="$bin" ./...

finish
