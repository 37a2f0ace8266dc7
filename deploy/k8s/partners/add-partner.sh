#!/usr/bin/env bash
# Gives a partner its own Kafka user in an overlay: writes overlays/<overlay>/partners/<name>.yaml from
# kafka-user.template.yaml and lists it in that folder's kustomization.yaml. Then apply the overlay and hand over
# the password of the Secret partner-<name> (deploy/README.md, "Partner access to Kafka").
#   deploy/k8s/partners/add-partner.sh <name> <dev|prod>
set -euo pipefail
name="${1:?usage: add-partner.sh <name> <overlay>}"
overlay="${2:?usage: add-partner.sh <name> <overlay>}"
[[ "$name" =~ ^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$ ]] || { echo "partner name: lower-case letters, digits, '-'" >&2; exit 1; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$here/../overlays/$overlay/partners"
[[ -f "$dir/kustomization.yaml" ]] || { echo "no $dir/kustomization.yaml" >&2; exit 1; }
[[ ! -e "$dir/$name.yaml" ]] || { echo "$dir/$name.yaml exists" >&2; exit 1; }
sed "s/PARTNER_NAME/$name/g" "$here/kafka-user.template.yaml" > "$dir/$name.yaml"
sed -i 's/^resources: \[\]$/resources:/' "$dir/kustomization.yaml"
echo "  - $name.yaml" >> "$dir/kustomization.yaml"
echo "partner $name: $dir/$name.yaml (KafkaUser partner-$name)"
