#!/usr/bin/env bash
# Runs every test: unit tests and the end-to-end ones against a real registry,
# buildah, skopeo, umoci and packer (each test starts the services it needs on
# loopback). Installs what is missing first. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1

results=$(mktemp)
trap 'rm -f "$results"' EXIT
# One worker per core (jest's default is cores - 1: one worker on a 2-core runner). Most e2e time is waiting on
# buildah, registries and emulators, so a second worker nearly halves the run: on the 2-core CI machine, 8 min 58 s
# against about 15 min, all 3722 tests passing in both. JEST_WORKERS overrides (e.g. 1 to debug a suite).
NODE_OPTIONS=--experimental-vm-modules npx jest --ci --maxWorkers="${JEST_WORKERS:-100%}" --json --outputFile="$results" "$@"
rc=$?
if [ -s "$results" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    // Suites that failed to load count as failures even though no test ran.
    const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
    // Where the time goes: the slowest suites (CI time is a house rule; this says what to look at).
    const slow = r.testResults.map((s) => [(s.endTime - s.startTime) / 1000, s.name.replace(process.cwd() + "/", "")]).sort((a, b) => b[0] - a[0]).slice(0, 15);
    console.log("Slowest suites (s):");
    for (const [t, n] of slow) console.log(`  ${t.toFixed(1).padStart(7)}  ${n}`);
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests + broken} failed`);
  ' "$results"
else
  echo "0 passed, 1 failed"
fi
exit $rc
