#!/usr/bin/env bash
# Stands in for the `docker` executable that Quarkus's Jib integration calls when an image is not pushed
# (quarkus.jib.docker-executable-name). Quarkus's Jib can only push to a registry or hand the image to a Docker
# daemon via `docker load`; this script takes what Jib streams to `docker load` - a complete docker-archive
# tarball (the `docker save` format) - and writes it to $ADE_IMAGE_TARBALL instead, so no daemon is needed.
#
# Answers only the commands Jib 0.28 sends: `load` (the image on stdin) and `info` (the platform to build for).
set -euo pipefail

case "${1:-}" in
  load)
    : "${ADE_IMAGE_TARBALL:?set ADE_IMAGE_TARBALL (quarkus.jib.docker-environment.ADE_IMAGE_TARBALL)}"
    mkdir -p "$(dirname "$ADE_IMAGE_TARBALL")"
    # write beside the target and rename, so a failed build never leaves a truncated image behind
    cat > "$ADE_IMAGE_TARBALL.part"
    mv "$ADE_IMAGE_TARBALL.part" "$ADE_IMAGE_TARBALL"
    echo "Loaded image: written to $ADE_IMAGE_TARBALL"
    ;;
  info)
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  *)
    echo "docker-load-to-tarball.sh: '${1:-}' is not supported (only load and info; there is no Docker daemon)" >&2
    exit 1
    ;;
esac
