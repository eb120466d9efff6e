#!/usr/bin/env bash
# The one command that runs the whole test suite on a fresh machine.
# It builds with warnings as errors, checks formatting, runs every test project and prints one
# closing line "tests: N passed, N failed, N skipped". It exits non-zero when anything fails or when
# no test ran. Servers the tests need are installed from Debian's packages when missing (as root) and
# started on loopback (tests/servers/start.sh), so this stays the only command to remember.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2
  exit 1
fi

results=artifacts/test-results
rm -rf "$results"

echo "== build"
dotnet build Master.sln -nologo -clp:NoSummary

echo "== format"
dotnet format Master.sln --verify-no-changes --no-restore

echo "== servers"
# PostgreSQL and MariaDB for the relational-store tests, on loopback, stopped when this script exits.
source tests/servers/start.sh

echo "== test"
status=0
# --blame-hang-timeout turns a hung test into a failure with a dump instead of a stuck run.
dotnet test Master.sln --no-build -nologo --logger "trx" --results-directory "$results" \
  --blame-hang-timeout 5m -- NUnit.DisplayName=FullName || status=$?

# One closing line from the TRX counters of every test project.
read -r total passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
    END { printf "%d %d %d %d\n", c["total"], c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"] }'
)
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"

if [ "$total" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
