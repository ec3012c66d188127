#!/bin/sh
# Runs once, when the demo PostgreSQL initialises its data directory: for every password file of
# the postgres-passwords Secret but the superuser's, a role of that name and a database it owns,
# which no other role may connect to.
set -eu
for file in /run/secrets/db-passwords/*; do
  role=$(basename "$file")
  [ "$role" = postgres ] && continue
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$role" -v password="$(cat "$file")" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
