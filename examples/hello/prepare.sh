#!/usr/bin/env bash
# Puts a static busybox into the build context. The repository commits no
# binaries: the file comes from Debian's busybox-static package on the build
# machine (installed here if missing and we may), and git ignores it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src=/bin/busybox

is_static() {
  [ -x "$1" ] || return 1
  local out
  out="$(ldd "$1" 2>&1 || true)"
  case "$out" in *"not a dynamic executable"* | *"statically linked"*) return 0 ;; *) return 1 ;; esac
}

if ! is_static "$src" && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "prepare: installing busybox-static (a static busybox for the image)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends busybox-static >/dev/null
fi
if ! is_static "$src"; then
  echo "prepare: need a static $src; install Debian's busybox-static (apt-get install busybox-static)" >&2
  exit 1
fi
install -m 0755 "$src" "$here/busybox"
echo "prepare: copied $src into $here/busybox"
