#!/usr/bin/env bash
# Runs every end-to-end test in integration/ (each *.sh but this one and
# lib.sh, the helpers the tests source) and exits non-zero if any failed.
set -euo pipefail

export GOTOOLCHAIN=local
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

failed=()
ran=0
for script in "$dir"/*.sh; do
	name=$(basename "$script")
	case $name in
	run.sh | lib.sh) continue ;;
	esac
	[ -f "$script" ] || continue
	ran=$((ran + 1))
	echo "=== $name"
	if bash "$script"; then
		echo "--- PASS: $name"
	else
		echo "--- FAIL: $name"
		failed+=("$name")
	fi
done

if [ "$ran" -eq 0 ]; then
	echo "FAIL: no integration tests found in $dir"
	exit 1
fi
if [ "${#failed[@]}" -gt 0 ]; then
	echo "FAIL: ${failed[*]} ($((ran - ${#failed[@]}))/$ran passed)"
	echo "$((ran - ${#failed[@]})) passed, ${#failed[@]} failed"
	exit 1
fi
echo "PASS: all $ran integration tests"
echo "$ran passed, 0 failed"
