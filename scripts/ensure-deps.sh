#!/usr/bin/env bash
# Installs what the pipeline and the tests need, only when missing:
# Debian packages (the real builder, registry and interop peers) and the npm
# packages of package-lock.json. Safe to run again; quiet when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# command -> Debian package
declare -A NEED=(
  [buildah]=buildah
  # The second builder (build-image's builder: podman), tested for real beside buildah; Debian 12 and Ubuntu 22.04+
  # have it. Where the distribution does not, the install below warns and goes on: only podman's tests then fail.
  [podman]=podman
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
  [qemu-aarch64-static]=qemu-user-static
  [update-binfmts]=binfmt-support
  [unshare]=util-linux
  [ip]=iproute2
  # test/corpus/sbom-languages.test.ts: `go version -m` is the ground truth for Go binaries' modules, and the host's Go
  # builds the Go program copied into its image (dependencies vendored in the test: no golang-*-dev needed)
  [go]=golang-go
  # test/e2e/sbom-rpm.test.ts builds and installs real RPMs (rpm 4.18: SQLite database) as the RPM SBOM's ground truth
  [rpmbuild]=rpm
)
missing=()
for cmd in "${!NEED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEED[$cmd]}")
done
# busybox must be the static build: examples and tests copy it into FROM-scratch images.
if command -v busybox >/dev/null 2>&1 && ! file -L "$(command -v busybox)" 2>/dev/null | grep -q 'statically linked'; then
  dpkg -s busybox-static >/dev/null 2>&1 || missing+=(busybox-static)
fi
# debootstrap checks Debian's Release files against Debian's keyring (Ubuntu does not ship it by default).
[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
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

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Foreign-platform builds and command tests run under qemu. In a fresh container
# binfmt-support is installed but no handler is registered until this runs.
if command -v update-binfmts >/dev/null 2>&1 && [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  $SUDO update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 ||
    echo "warning: no qemu-aarch64 binfmt handler (run: sudo update-binfmts --enable qemu-aarch64; a container needs the host to allow binfmt_misc); arm64 tests will fail" >&2
fi
# A real arm64 busybox from Debian's archive, for the multi-platform tests.
ARM64_BUSYBOX=/var/cache/image-pipeline-tests/arm64/busybox
if [ ! -x "$ARM64_BUSYBOX" ]; then
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    # Where the mirror has no arm64 lists (Ubuntu keeps them on another host),
    # take the architecture back out, so apt keeps working, and warn below.
    if ! { $SUDO dpkg --add-architecture arm64 && $SUDO apt-get update -qq; }; then
      $SUDO dpkg --remove-architecture arm64 2>/dev/null || true
      $SUDO apt-get update -qq || true
    fi
  fi
  tmp=$(mktemp -d)
  if (cd "$tmp" && apt-get download -qq busybox-static:arm64 >/dev/null 2>&1) && dpkg-deb -x "$tmp"/busybox-static_*_arm64.deb "$tmp/x"; then
    $SUDO install -D -m 0755 "$tmp/x/bin/busybox" "$ARM64_BUSYBOX"
  else
    echo "warning: could not download busybox-static:arm64 (dpkg --add-architecture arm64; apt-get update; apt-get download busybox-static:arm64); arm64 tests will fail" >&2
  fi
  rm -rf "$tmp"
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
