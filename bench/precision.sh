#!/usr/bin/env bash
# Precision check: statuslint must report nothing on code that does not use
# Clarifai's status codes, even where it compares other status codes: the Go
# standard library (net/http's StatusCode and friends) and gRPC, whose own
# status and codes packages take the names status and codes (spec §6).
#
#   bash bench/precision.sh
#
# Settings (environment):
#   GRPC_VERSION=v1.85.0   the google.golang.org/grpc version to check
#   STATUSLINT=path        use this statuslint binary instead of building cmd/statuslint
#
# gRPC comes from the Go module proxy into a temporary module. Exits 1 if
# statuslint reports anything or fails to run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
GRPC_VERSION="${GRPC_VERSION:-v1.85.0}"

out="$root/bench/out"
mkdir -p "$out/logs"
if [ -n "${STATUSLINT:-}" ]; then
	sl="$STATUSLINT"
else
	sl="$out/statuslint"
	go build -o "$sl" ./cmd/statuslint
fi

fail=0
# check <name> <dir> <pattern>: runs statuslint on pattern (with tests, the
# driver's default) from dir.
check() {
	local name="$1" dir="$2" pattern="$3" log="$out/logs/precision.$1.log" n rc=0
	n=$(cd "$dir" && go list "$pattern" | wc -l)
	echo "== $name: statuslint $pattern: $n packages (and their tests)"
	(cd "$dir" && "$sl" "$pattern") >"$log" 2>&1 || rc=$?
	case "$rc" in
	0) echo "ok: no findings in $n packages" ;;
	3)
		echo "FAIL: $(grep -cE '\.go:[0-9]+:[0-9]+: ' "$log" || true) findings in $name:"
		head -n 50 "$log"
		fail=1
		;;
	*)
		echo "FAIL: statuslint exited $rc on $name:"
		tail -n 30 "$log"
		fail=1
		;;
	esac
}

check std "$root" std

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "== fetching google.golang.org/grpc@$GRPC_VERSION into a temporary module"
(
	cd "$tmp"
	go mod init tmp >/dev/null 2>&1
	go get "google.golang.org/grpc@$GRPC_VERSION" >/dev/null 2>&1 || go get "google.golang.org/grpc@$GRPC_VERSION"
)
# The tests of gRPC's packages import modules that go get did not record in
# go.sum: let the go command add them.
GOFLAGS="${GOFLAGS:-} -mod=mod" check grpc "$tmp" google.golang.org/grpc/...

exit "$fail"
