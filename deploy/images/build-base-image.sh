#!/usr/bin/env bash
# Builds the base image of the ADE applications without Docker and without a container registry:
# a minimal Debian bookworm root filesystem (debootstrap --variant=minbase) with Debian's Java 17 runtime and a
# non-root user 185, packed as a docker-archive tarball (`docker save` format) that Jib reads as `tar://` base.
#
# Needs root (debootstrap and chroot) and Debian's package mirror. Idempotent: the tarball is rebuilt only when
# this script changed since the last build, or with --force.
#
#   deploy/images/build-base-image.sh [--force]     -> .local/images/ade-jre17-base.tar
#
# Environment: ADE_BASE_IMAGE_DIR (default <repo>/.local/images), DEBIAN_MIRROR (default: the first Debian
# mirror in this machine's apt sources), DEBIAN_SUITE (default bookworm: same glibc as the build machine).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out_dir="${ADE_BASE_IMAGE_DIR:-$repo_root/.local/images}"
tarball="$out_dir/ade-jre17-base.tar"
stamp="$tarball.stamp"
suite="${DEBIAN_SUITE:-bookworm}"
java_home=/usr/lib/jvm/java-17-openjdk-amd64
app_uid=185

log() { echo "[base-image] $*" >&2; }

debian_mirror() {
  if [[ -n "${DEBIAN_MIRROR:-}" ]]; then echo "$DEBIAN_MIRROR"; return; fi
  # deb822 sources first (Debian 12), then the one-line format
  local uri
  uri="$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v -- '-security' | head -1 || true)"
  [[ -z "$uri" ]] && uri="$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v -- '-security' | head -1 || true)"
  [[ -n "$uri" ]] || { log "no Debian mirror in the apt sources; set DEBIAN_MIRROR"; exit 1; }
  echo "${uri%/}"
}

script_digest="$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)"
if [[ "${1:-}" != "--force" && -f "$tarball" && -f "$stamp" && "$(cat "$stamp")" == "$script_digest" ]]; then
  log "up to date: $tarball"
  echo "$tarball"
  exit 0
fi

[[ "$(id -u)" == 0 ]] || { log "needs root (debootstrap, chroot)"; exit 1; }
command -v debootstrap >/dev/null || { log "installing debootstrap"; apt-get install -y -qq debootstrap >/dev/null; }

mirror="$(debian_mirror)"
work="$out_dir/base-build"
rootfs="$work/rootfs"
mkdir -p "$out_dir"

cleanup() { mountpoint -q "$rootfs/proc" && umount "$rootfs/proc" || true; }
trap cleanup EXIT
cleanup
rm -rf "$work"
mkdir -p "$rootfs"

log "debootstrap $suite (minbase) from $mirror"
debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" > "$out_dir/debootstrap.log" 2>&1 \
  || { log "debootstrap failed, see $out_dir/debootstrap.log"; tail -20 "$out_dir/debootstrap.log" >&2; exit 1; }

# security updates for the Java runtime and libraries
cat > "$rootfs/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb $mirror-security $suite-security main
SOURCES

log "installing openjdk-17-jre-headless"
mount -t proc proc "$rootfs/proc"
chroot "$rootfs" /usr/bin/env DEBIAN_FRONTEND=noninteractive bash -c '
  set -e
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless tzdata
  apt-get clean
' > "$out_dir/jre-install.log" 2>&1 || { log "JRE install failed, see $out_dir/jre-install.log"; exit 1; }
umount "$rootfs/proc"

# the applications' user: numeric 185 (as the Deployments' runAsUser), no login, no home of its own to write to
echo "ade:x:$app_uid:$app_uid:ADE application:/deployments:/usr/sbin/nologin" >> "$rootfs/etc/passwd"
echo "ade:x:$app_uid:" >> "$rootfs/etc/group"
echo "ade:!:19000::::::" >> "$rootfs/etc/shadow"
# a runtime mounts its own /etc/hosts and /etc/resolv.conf; these serve a plain `chroot` and hide the build host's
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$rootfs/etc/hosts"
: > "$rootfs/etc/resolv.conf"
mkdir -p "$rootfs/deployments"
chmod 755 "$rootfs/deployments"

# what a container never needs: package lists, caches, documentation, logs of the build
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
  "$rootfs"/var/log/* "$rootfs"/dev/* "$rootfs"/run/* "$rootfs"/tmp/* "$rootfs"/var/tmp/*
chmod 1777 "$rootfs/tmp"

"$rootfs$java_home/bin/java" -version > /dev/null 2>&1 || { log "the JRE does not start in the rootfs"; exit 1; }

log "packing the docker-archive"
image="$work/image"
mkdir -p "$image"
tar --numeric-owner --sort=name --xattrs -C "$rootfs" -cf "$image/layer.tar" .
diff_id="sha256:$(sha256sum "$image/layer.tar" | cut -d' ' -f1)"
jq -n --arg diff "$diff_id" --arg java "$java_home" --arg user "$app_uid" --arg suite "$suite" '{
  architecture: "amd64", os: "linux", created: "1970-01-01T00:00:00Z",
  config: {
    User: $user,
    WorkingDir: "/deployments",
    Env: ["PATH=\($java)/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "JAVA_HOME=\($java)", "LANG=C.UTF-8"],
    Labels: {"io.adeplatform.base-image": "Debian \($suite) minbase, openjdk-17-jre-headless, user 185"}
  },
  rootfs: {type: "layers", diff_ids: [$diff]},
  history: [{created: "1970-01-01T00:00:00Z", created_by: "deploy/images/build-base-image.sh"}]
}' > "$image/config.json"
config_name="$(sha256sum "$image/config.json" | cut -d' ' -f1).json"
mv "$image/config.json" "$image/$config_name"
jq -n --arg config "$config_name" \
  '[{Config: $config, RepoTags: ["ade-platform/ade-jre17-base:latest"], Layers: ["layer.tar"]}]' > "$image/manifest.json"
tar -C "$image" -cf "$tarball.tmp" manifest.json "$config_name" layer.tar
mv "$tarball.tmp" "$tarball"
echo "$script_digest" > "$stamp"
rm -rf "$work"

log "built $tarball ($(du -h "$tarball" | cut -f1))"
echo "$tarball"
