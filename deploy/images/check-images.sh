#!/usr/bin/env bash
# Starts every built image without Docker (deploy/images/run-image-check.sh) against real infrastructure:
# the gateway with only its OIDC settings, each service with its own PostgreSQL database and a Kafka broker that
# this script starts from platform/local-infra (and stops again). Services must also be ready (/q/health/ready).
#
#   deploy/images/check-images.sh [module ...]      default: the six applications; run build-images.sh first
# Needs root (like run-image-check.sh) and the local-infra artifacts in ~/.m2 (./mvnw install of platform/*).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
modules=("$@")
[[ ${#modules[@]} -gt 0 ]] || modules=(gateway relationship-service portfolio-service consumption-service escalation-service billing-service)

# Keycloak is not started: the applications fetch its keys on the first request with a token, not to get live.
# A closed port makes that explicit.
oidc=(ADE_OIDC_URL=http://127.0.0.1:9/realms/ade ADE_OIDC_ISSUER=http://127.0.0.1:9/realms/ade)

databases=()
for module in "${modules[@]}"; do [[ "$module" == *-service ]] && databases+=("${module%-service}"); done

work="$(mktemp -d "${TMPDIR:-/tmp}/ade-image-infra.XXXXXX")"
infra_pid=""
cleanup() {
  if [[ -n "$infra_pid" ]] && kill -0 "$infra_pid" 2>/dev/null; then
    kill "$infra_pid"                      # its shutdown hook stops Kafka and PostgreSQL
    for _ in $(seq 1 90); do kill -0 "$infra_pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ${#databases[@]} -gt 0 ]]; then
  classpath_file="$repo_root/.local/images/infra.classpath"
  mkdir -p "$(dirname "$classpath_file")"
  if [[ ! -s "$classpath_file" || "$classpath_file" -ot platform/local-infra/pom.xml ]]; then
    ./mvnw -B -q -o -f platform/local-infra/pom.xml dependency:build-classpath "-Dmdep.outputFile=$classpath_file" >&2
  fi
  infra_code="platform/local-infra/target/classes"
  [[ -d "$infra_code" ]] || infra_code="$(find ~/.m2/repository/io/adeplatform/ade-platform-local-infra -name '*.jar' | sort | tail -1)"
  echo "starting PostgreSQL (${databases[*]}) and Kafka for the services"
  java -cp "$(cat "$classpath_file"):$infra_code" deploy/images/ImageCheckInfra.java \
    "$work" "$work/infra.env" "${databases[@]}" > "$work/infra.log" 2>&1 &
  infra_pid=$!
  for _ in $(seq 1 180); do
    [[ -f "$work/infra.env" ]] && break
    kill -0 "$infra_pid" 2>/dev/null || { tail -n 30 "$work/infra.log" >&2; echo "infrastructure failed" >&2; exit 1; }
    sleep 1
  done
  [[ -f "$work/infra.env" ]] || { tail -n 30 "$work/infra.log" >&2; echo "infrastructure not up in 180 s" >&2; exit 1; }
  # shellcheck disable=SC1091
  source "$work/infra.env"
fi

passed=0 failed=0
for module in "${modules[@]}"; do
  tarball="$module/target/jib-image.tar"
  if [[ "$module" == gateway ]]; then
    env_for_module=("${oidc[@]}")
    ready=0
  else
    db_var="ADE_DB_URL_$(echo "${module%-service}" | tr '[:lower:]' '[:upper:]')"
    env_for_module=("${oidc[@]}" "ADE_DB_URL=${!db_var}" "ADE_KAFKA_BOOTSTRAP=$ADE_KAFKA_BOOTSTRAP")
    ready=1
  fi
  if ADE_CHECK_READY=$ready deploy/images/run-image-check.sh "$tarball" "${env_for_module[@]}"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
