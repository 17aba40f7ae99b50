#!/usr/bin/env bash
# End-to-end test of the pre-commit hook (.pre-commit-hooks.yaml) with
# Debian's pre-commit: a fixture repository uses the hook from a local clone
# of this repository's committed HEAD, so only what is committed is tested.
# pre-commit builds the hook with "go install"; that needs the Go module
# proxy at most.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# pre-commit sets GOPATH to its hook environment: keep the usual caches.
GOCACHE=$(go env GOCACHE)
GOMODCACHE=$(go env GOMODCACHE)
export GOCACHE GOMODCACHE

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME=$tmp/pre-commit-home
fail_log=$tmp/out

if ! command -v pre-commit >/dev/null; then
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	if ! { $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y pre-commit; } >"$tmp/out" 2>&1; then
		die "install Debian's pre-commit"
	fi
fi
pass "pre-commit is installed ($(pre-commit --version))"

# The hook repository: a clone of the committed HEAD, tagged for rev.
hooks=$tmp/statuslint
git clone -q "$repo" "$hooks"
git -C "$hooks" tag v0.0.0-e2e
if [ ! -f "$hooks/.pre-commit-hooks.yaml" ]; then
	echo ".pre-commit-hooks.yaml is not committed" >"$tmp/out"
	die "hook repository has .pre-commit-hooks.yaml"
fi

# The project that uses the hook.
project=$tmp/project
cp -R "$repo/integration/testdata/vet" "$project"
cd "$project"
go mod edit -replace "github.com/Clarifai/clarifai-go-grpc=$repo/testdata/src/github.com/Clarifai/clarifai-go-grpc"
cat >.pre-commit-config.yaml <<CONFIG
repos:
  - repo: $hooks
    rev: v0.0.0-e2e
    hooks:
      - id: statuslint
CONFIG
git init -q
git add -A

status=0
pre-commit run --all-files >"$tmp/out" 2>&1 || status=$?
if grep -q '^statuslint\.*\(Passed\|Failed\)$' "$tmp/out" && ! grep -q 'Skipped' "$tmp/out"; then
	pass "pre-commit installs and runs the hook"
else
	fail "pre-commit installs and runs the hook"
fi
if [ "$status" -ne 0 ] && grep -qF 'raw Clarifai status code 10000' "$tmp/out"; then
	pass "hook fails with the finding"
else
	fail "hook fails with the finding (exit status $status)"
fi

sed -i -e 's/s\.Code == 10000/s.Code == status.StatusCode_SUCCESS/' \
	-e 's/, 11005:/, status.StatusCode_CONN_THROTTLED:/' main.go
git add -A
status=0
pre-commit run --all-files >"$tmp/out" 2>&1 || status=$?
if [ "$status" -eq 0 ] && grep -q '^statuslint\.*Passed$' "$tmp/out"; then
	pass "hook passes on the fixed code"
else
	fail "hook passes on the fixed code (exit status $status)"
fi

finish
