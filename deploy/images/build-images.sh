#!/usr/bin/env bash
# Builds the container images of the gateway and the five services without a Docker daemon and without a
# container registry: the local base image first (deploy/images/build-base-image.sh, cached; needs root the first
# time), then every application with Jib through Quarkus (the `images` profile of the root pom).
#
#   deploy/images/build-images.sh [module ...] [-- extra Maven arguments]
#     -> <module>/target/jib-image.tar (docker-archive: `podman load`, `skopeo copy docker-archive:...`, `crane push`)
#
# Modules default to all six applications. Maven runs offline (-o) unless ADE_MAVEN_ONLINE=1.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
all_apps=(gateway relationship-service portfolio-service consumption-service escalation-service billing-service)

modules=()
while [[ $# -gt 0 && "$1" != "--" ]]; do modules+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
[[ ${#modules[@]} -gt 0 ]] || modules=("${all_apps[@]}")

deploy/images/build-base-image.sh > /dev/null

offline=(-o); [[ "${ADE_MAVEN_ONLINE:-0}" == 1 ]] && offline=()
start=$SECONDS
./mvnw -B "${offline[@]}" package -Dimages -DskipTests -pl "$(IFS=,; echo "${modules[*]}")" "$@"

echo "images built in $((SECONDS - start)) s:"
for module in "${modules[@]}"; do
  tarball="$module/target/jib-image.tar"
  [[ -f "$tarball" ]] || { echo "missing $tarball" >&2; exit 1; }
  printf '  %-60s %s\n' "$tarball" "$(du -h "$tarball" | cut -f1)"
done
