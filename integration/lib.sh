# Helpers shared by the end-to-end scripts in integration/, which source it
# after "set -euo pipefail". It is no test of its own: run.sh skips it.
#
# It sets repo (the repository root), exports GOTOOLCHAIN=local and counts
# failed checks in failures. A script that sets fail_log to a file has fail
# print that file (command output), indented, under the FAIL line.

export GOTOOLCHAIN=local
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
failures=0
fail_log=

# pass DESCRIPTION: a check passed.
pass() { echo "PASS: $*"; }

# fail DESCRIPTION: a check failed; the script goes on and fails at the end.
fail() {
	echo "FAIL: $*"
	if [ -n "$fail_log" ]; then
		sed 's/^/    /' "$fail_log"
	fi
	failures=$((failures + 1))
}

# die DESCRIPTION: a check failed that leaves nothing else to check.
die() {
	fail "$@"
	exit 1
}

# finish ends a script: "NAME: N check(s) failed" and exit status 1, or
# "NAME: all checks passed", NAME being the script's file name.
finish() {
	local name
	name=$(basename "$0")
	if [ "$failures" -gt 0 ]; then
		echo "$name: $failures check(s) failed"
		exit 1
	fi
	echo "$name: all checks passed"
}
