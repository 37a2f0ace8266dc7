#!/usr/bin/env bash
# Proves that an image tarball built by `-Dimages` works without Docker: unpacks its layers in order into a
# folder, checks the image configuration against deploy/k8s (user 185 and not root, entrypoint with the JVM's
# container flags, working directory with quarkus-run.jar, the exposed port = the Deployment's containerPort),
# then starts the image's own entrypoint with the image's own environment as user 185, the way the manifests run
# it (read-only root filesystem, a writable tmpfs on /tmp), and waits for /q/health/live to be UP on the management
# port (QUARKUS_MANAGEMENT_PORT, a free port unless given), and not served on the API port.
#
#   deploy/images/run-image-check.sh <image.tar> [NAME=VALUE ...]     variables for the container (like the
#                                                                      ConfigMap); QUARKUS_HTTP_PORT is set to
#                                                                      a free port unless given
# Options (environment): ADE_CHECK_READY=1 also waits for /q/health/ready = UP; ADE_CHECK_TIMEOUT (s, default 180).
# Needs root (unshare, mount, chroot), like a container runtime, plus tar, jq and curl. Exits non-zero on the first
# failed check.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
image_tar="${1:?usage: run-image-check.sh <image.tar> [NAME=VALUE ...]}"
shift
extra_env=("$@")
timeout_s="${ADE_CHECK_TIMEOUT:-180}"

pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*" >&2; exit 1; }

[[ "$(id -u)" == 0 ]] || fail "needs root (unshare, mount, chroot), like a container runtime"
[[ -f "$image_tar" ]] || fail "no image tarball at $image_tar"

work="$(mktemp -d "${TMPDIR:-/tmp}/ade-image-check.XXXXXX")"
runner_pid=""
descendants() { local child; for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done; }
# SIGTERM as Kubernetes sends it, SIGKILL after 25 s (terminationGracePeriodSeconds is 30); returns 1 when SIGKILL
# was needed. unshare itself ignores SIGTERM while it waits for its child: signal the processes inside.
stop_container() {
  [[ -n "$runner_pid" ]] && kill -0 "$runner_pid" 2>/dev/null || return 0
  local pids status=0; pids="$(descendants "$runner_pid")"
  [[ -n "$pids" ]] && kill $pids 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$runner_pid" 2>/dev/null || break; sleep 0.5; done
  pids="$(descendants "$runner_pid")"
  if [[ -n "$pids" ]]; then kill -KILL $pids 2>/dev/null; status=1; fi
  wait "$runner_pid" 2>/dev/null || true
  runner_pid=""
  return $status
}
cleanup() { stop_container || true; rm -rf "$work"; }
trap cleanup EXIT

# ---- the image as a runtime sees it -------------------------------------------------------------------------
tar -xf "$image_tar" -C "$work" manifest.json
manifest_config="$(jq -r '.[0].Config' "$work/manifest.json")"
tar -xf "$image_tar" -C "$work" "$manifest_config"
config="$work/$manifest_config"
repo_tag="$(jq -r '.[0].RepoTags[0]' "$work/manifest.json")"
app="${repo_tag#*/}"; app="${app%%:*}"
echo "image $repo_tag ($image_tar)"

root="$work/rootfs"
mkdir -p "$root"
# layers in manifest order; an OCI whiteout (.wh.NAME) deletes NAME from the layers below
while read -r layer; do
  tar -xf "$image_tar" -C "$work" "$layer"
  tar --warning=no-unknown-keyword --numeric-owner -xpf "$work/$layer" -C "$root"
  while IFS= read -r -d '' wh; do
    name="$(basename "$wh")"
    if [[ "$name" == ".wh..wh..opq" ]]; then :; else rm -rf "$(dirname "$wh")/${name#.wh.}"; fi
    rm -f "$wh"
  done < <(find "$root" -name '.wh.*' -print0)
  rm -f "$work/$layer"
done < <(jq -r '.[0].Layers[]' "$work/manifest.json")
pass "unpacked $(jq '.[0].Layers | length' "$work/manifest.json") layers into $root"

# ---- configuration ----------------------------------------------------------------------------------------
user="$(jq -r '.config.User // ""' "$config")"
uid="${user%%:*}"
[[ "$uid" =~ ^[0-9]+$ ]] || fail "User is '$user', not numeric (runAsNonRoot needs a numeric user)"
[[ "$uid" != 0 ]] || fail "User is root"
[[ "$uid" == 185 ]] || fail "User is $uid, the Deployments run as 185"
passwd_entry="$(awk -F: -v u="$uid" '$3 == u' "$root/etc/passwd")"
[[ -n "$passwd_entry" ]] || fail "uid $uid has no /etc/passwd entry (Java needs a home for user.home)"
pass "User $user (non-root; passwd: ${passwd_entry%%:*})"

mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
joined=" ${entrypoint[*]} "
[[ "${entrypoint[0]}" == java ]] || fail "entrypoint does not start java: ${entrypoint[*]}"
[[ "$joined" == *" -jar quarkus-run.jar "* ]] || fail "entrypoint does not run quarkus-run.jar: ${entrypoint[*]}"
for flag in -XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError; do
  [[ "$joined" == *" $flag "* ]] || fail "entrypoint lacks $flag: ${entrypoint[*]}"
done
pass "Entrypoint ${entrypoint[*]}"

workdir="$(jq -r '.config.WorkingDir // ""' "$config")"
[[ -f "$root$workdir/quarkus-run.jar" ]] || fail "WorkingDir '$workdir' has no quarkus-run.jar"
pass "WorkingDir $workdir with quarkus-run.jar, lib/, app/, quarkus/"

deployment="$repo_root/deploy/k8s/base/$app/deployment.yaml"
[[ -f "$deployment" ]] || fail "no Deployment for '$app' at $deployment"
container_port="$(awk '/containerPort:/ {print $2; exit}' "$deployment")"
jq -e --arg p "$container_port/tcp" '.config.ExposedPorts | has($p)' "$config" >/dev/null \
  || fail "exposes $(jq -c '.config.ExposedPorts' "$config"), the Deployment's containerPort is $container_port"
pass "ExposedPorts $container_port/tcp = containerPort of deploy/k8s/base/$app"

# ---- the container: as the manifests run it -------------------------------------------------------------
# A private mount and PID namespace: the root is bind-mounted read-only (readOnlyRootFilesystem: true), /tmp is a
# tmpfs (the emptyDir of the manifests), /proc is the namespace's own (the JVM finds its libraries through
# /proc/self/exe); chroot drops to the image's user before exec.
touch "$root/etc/hosts" "$root/etc/resolv.conf"   # targets for the host's files, bound as a runtime does
in_container=(unshare --mount --pid --fork --kill-child=SIGTERM bash -c '
    set -e
    root=$1; uid=$2; shift 2
    mount --make-rprivate /
    mount --bind "$root" "$root"
    mount -t tmpfs -o size=256m,mode=1777 tmpfs "$root/tmp"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    mount --bind /etc/hosts "$root/etc/hosts"
    mount --bind /etc/resolv.conf "$root/etc/resolv.conf"
    mount -o remount,bind,ro "$root"
    exec chroot --userspec="$uid:$uid" "$root" "$@"
  ' container "$root" "$uid")

mapfile -t image_env < <(jq -r '.config.Env[]' "$config")
java_version="$("${in_container[@]}" /usr/bin/env -i -C "$workdir" "${image_env[@]}" java -version 2>&1 | head -1 || true)"
[[ "$java_version" == *'"17.'* ]] || fail "java -version in the image as $uid: $java_version"
pass "java -version in the image as uid $uid: $java_version"

# what the process will see: "/" read-only, "/tmp" writable (awk is part of Debian's minbase)
mounts="$("${in_container[@]}" /usr/bin/awk '$5 == "/" || $5 == "/tmp" {print $5, substr($6, 1, 2)}' /proc/self/mountinfo | sort | tr '\n' ' ')"
[[ "$mounts" == "/ ro /tmp rw " ]] || fail "mounts inside the container: $mounts (expected / ro, /tmp rw)"
pass "inside the container: / read-only, /tmp writable"

free_port() {   # a port nobody answers on (bash's /dev/tcp connects; a refused connection means free)
  local candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { echo "$candidate"; return; }
  done
  fail "no free port found"
}
port="$(free_port)"
management_port="$(free_port)"
run_env=("${image_env[@]}" "HOSTNAME=ade-image-check" "QUARKUS_HTTP_PORT=$port" "QUARKUS_MANAGEMENT_PORT=$management_port"
  "${extra_env[@]}")
for kv in "${run_env[@]}"; do
  [[ "$kv" == QUARKUS_HTTP_PORT=* ]] && port="${kv#*=}"
  [[ "$kv" == QUARKUS_MANAGEMENT_PORT=* ]] && management_port="${kv#*=}"
done
log="$work/container.log"
"${in_container[@]}" /usr/bin/env -i -C "$workdir" "${run_env[@]}" "${entrypoint[@]}" > "$log" 2>&1 &
runner_pid=$!

# the images serve health and metrics on the management port only (quarkus.management.enabled, root pom)
health() { curl -s --max-time 3 "http://127.0.0.1:$management_port/q/health/$1" || true; }
deadline=$((SECONDS + timeout_s))
until [[ "$(health live | jq -r '.status // empty' 2>/dev/null)" == UP ]]; do
  if ! kill -0 "$runner_pid" 2>/dev/null; then tail -n 40 "$log" >&2; fail "the container exited before it was live"; fi
  if (( SECONDS > deadline )); then tail -n 40 "$log" >&2; fail "/q/health/live not UP after ${timeout_s}s"; fi
  sleep 2
done
pass "/q/health/live UP on :$management_port after $((SECONDS - deadline + timeout_s))s"

[[ "$(health started | jq -r '.status // empty' 2>/dev/null)" == UP ]] || fail "/q/health/started (the startupProbe) is not UP"
pass "/q/health/started UP (the startupProbe's path)"
main_port_health="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$port/q/health/live" || true)"
[[ "$main_port_health" != 200 ]] || fail "/q/health/live also answers on the API port $port"
pass "health on the management port :$management_port only (API port answers $main_port_health)"

java_pid=""
for pid in $(descendants "$runner_pid"); do [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] && java_pid=$pid; done
[[ -n "$java_pid" ]] || fail "no java process under the container"
proc_uid="$(awk '/^Uid:/ {print $2}' "/proc/$java_pid/status")"
[[ "$proc_uid" == "$uid" ]] || fail "the process runs as uid $proc_uid"
pass "the process runs as uid $proc_uid"

if [[ "${ADE_CHECK_READY:-0}" == 1 ]]; then
  until [[ "$(health ready | jq -r '.status // empty' 2>/dev/null)" == UP ]]; do
    if (( SECONDS > deadline )); then health ready >&2; tail -n 40 "$log" >&2; fail "/q/health/ready not UP"; fi
    sleep 2
  done
  pass "/q/health/ready UP"
fi
stop_start=$SECONDS
stop_container || { tail -n 20 "$log" >&2; fail "still running 25 s after SIGTERM"; }
pass "stopped on SIGTERM in $((SECONDS - stop_start)) s"
echo "image $repo_tag passed"
