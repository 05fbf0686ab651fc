#!/usr/bin/env bash
# Benchmarks against peers measured in the same run, printing ratios.
#   npm run bench            every benchmark
#   npm run bench -- push    one of them (push, remote-push, scan, build, build-cache, corpus, vulnerabilities, go-binary, startup, hello)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
which=${1:-all}
for b in push remote-push scan build build-cache corpus vulnerabilities go-binary startup hello; do
  [ "$which" = all ] || [ "$which" = "$b" ] || continue
  [ -f "bench/$b.ts" ] || continue
  echo "== bench/$b.ts"
  npx tsx "bench/$b.ts"
done
