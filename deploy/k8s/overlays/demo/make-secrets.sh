#!/usr/bin/env bash
# Makes the files the demo overlay builds its Secrets and its directory ConfigMap from, in
# secrets/ and public-keys/ beside this script (git-ignored: never commit them).
#
#   npm run keys:dev                                 # once: the demo keys, in .local/keys
#   deploy/k8s/overlays/demo/make-secrets.sh         # copies them, makes database passwords
#   deploy/k8s/overlays/demo/make-secrets.sh --placeholders [DIR]
#
# The keys are the ones `npm start` uses (.local/keys, from `npm run keys:dev`), so that
# `npm run token` signs tokens the demo accepts. Database passwords are made once, at random,
# and kept: the demo PostgreSQL sets them when it first starts, and a new one would lock a
# service out of its database.
#
# --placeholders writes stand-in files with no key in them, into DIR (default: beside this
# script), replacing what is there: for rendering and validating the manifests only
# (.ci/check-manifests does this in a copy of deploy/k8s). A cluster given them would not start.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
placeholders=false
if [ "${1:-}" = --placeholders ]; then
  placeholders=true
  here="${2:-$here}"
fi
secrets="$here/secrets"
public="$here/public-keys"
keys="$root/.local/keys"
owners=(gateway case-management CDAS PROB HSEM)
# DATABASE_URL Secret name (without .env) and database role, per service.
databases=(case-management-database:case_management agency-cdas-database:agency_cdas
  agency-prob-database:agency_prob agency-hsem-database:agency_hsem)

umask 077
mkdir -p "$secrets/db-passwords" "$public"

if $placeholders; then
  for owner in "${owners[@]}"; do
    echo '{"kty":"OKP","crv":"Ed25519","x":"placeholder","d":"placeholder"}' \
      >"$secrets/$owner.private.jwk"
    echo '{"kty":"OKP","crv":"Ed25519","x":"placeholder"}' >"$public/$owner.public.jwk"
  done
  for pair in postgres:postgres "${databases[@]}"; do
    echo placeholder >"$secrets/db-passwords/${pair#*:}"
    [ "${pair%%:*}" = postgres ] ||
      echo "DATABASE_URL=postgres://placeholder@postgres:5432/placeholder" >"$secrets/${pair%%:*}.env"
  done
  echo "Placeholder secrets written in $here (for rendering only)"
  exit 0
fi

for owner in "${owners[@]}"; do
  if [ ! -f "$keys/$owner.private.jwk" ] || [ ! -f "$keys/$owner.public.jwk" ]; then
    echo "No key for $owner in $keys: run npm run keys:dev first" >&2
    exit 1
  fi
  cp "$keys/$owner.private.jwk" "$secrets/$owner.private.jwk"
  (umask 022 && cp "$keys/$owner.public.jwk" "$public/$owner.public.jwk")
done

password() { node -e "process.stdout.write(require('node:crypto').randomBytes(24).toString('hex'))"; }
for pair in postgres:postgres "${databases[@]}"; do
  role="${pair#*:}"
  file="$secrets/db-passwords/$role"
  [ -s "$file" ] || password >"$file"
  if [ "${pair%%:*}" != postgres ]; then
    echo "DATABASE_URL=postgres://$role:$(cat "$file")@postgres:5432/$role" >"$secrets/${pair%%:*}.env"
  fi
done
echo "Secrets for the demo overlay written in $secrets and $public"
