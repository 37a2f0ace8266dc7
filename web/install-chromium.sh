#!/usr/bin/env bash
# Installs Debian's Chromium for the cockpit's browser tests (web/e2e), when it is not there yet.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
# package lists may be missing or stale on a fresh machine: refresh them when the first try fails
"${as_root[@]}" apt-get install -y -q chromium || { "${as_root[@]}" apt-get update -q && "${as_root[@]}" apt-get install -y -q chromium; }
/usr/bin/chromium --version
