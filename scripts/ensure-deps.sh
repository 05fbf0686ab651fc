#!/usr/bin/env bash
# Installs what the pipeline and the tests need, only when missing:
# Debian packages (the real builder, registry and interop peers) and the npm
# packages of package-lock.json. Safe to run again; quiet when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# command -> Debian package
declare -A NEED=(
  [buildah]=buildah
  [skopeo]=skopeo
  [umoci]=umoci
  [docker-registry]=docker-registry
  [busybox]=busybox-static
  [packer]=packer
  [htpasswd]=apache2-utils
  [openssl]=openssl
  [zip]=zip
  [unzip]=unzip
  [git]=git
  # test/support/debian-image.ts builds the real-world Debian images of the corpus tests
  [debootstrap]=debootstrap
)
missing=()
for cmd in "${!NEED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEED[$cmd]}")
done
# busybox must be the static build: examples and tests copy it into FROM-scratch images.
if command -v busybox >/dev/null 2>&1 && ! file -L "$(command -v busybox)" 2>/dev/null | grep -q 'statically linked'; then
  dpkg -s busybox-static >/dev/null 2>&1 || missing+=(busybox-static)
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" file >/dev/null; then
    # One package this distribution lacks (Ubuntu has no 'packer') must not
    # stop the others: install one by one and say which could not be had.
    for pkg in "${missing[@]}" file; do
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 ||
        echo "warning: could not install the Debian package '$pkg'; what needs it will fail (install it another way)" >&2
    done
  fi
fi

if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "image-pipeline needs Node.js 20 or later on PATH (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

# npm packages: reinstall when package-lock.json changed since the last install.
stamp=node_modules/.image-pipeline-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
