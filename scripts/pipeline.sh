#!/usr/bin/env bash
# The whole pipeline on one machine, outside GitHub: build -> test -> distribute.
#   npm run pipeline                         the example image (examples/hello), pushed to a
#                                            throwaway registry started on loopback
#   npm run pipeline -- <dir> [--push <ref>] any image repository; --push sends it to <ref> instead
# Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
[ -f build-image/dist/index.js ] || npm run --silent build
exec npx tsx scripts/pipeline.ts "$@"
