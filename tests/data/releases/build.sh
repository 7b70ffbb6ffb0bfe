#!/usr/bin/env bash
# Rebuild the databases that earlier releases made, which the upgrade tests open:
#
#   bash .ci/with-postgres bash tests/data/releases/build.sh
#
# For each release it checks the release out beside this clone (git worktree), installs it
# into its own venv, seeds a SQLite file and a PostgreSQL database with it (and, where the
# release could add a person's own sheet, adds one hand-checked and one drafted sheet and marks
# one drafted fact reviewed), then keeps the file, a plain SQL dump of the server database
# (pg_dump --inserts) and the fact files and articles it was built from, so the tests can
# build the same sheets with the current code and compare.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
pg_bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
: "${FACTSHEET_TEST_PG:?run this under bash .ci/with-postgres}"

# schema release-commit can-add-own-sheets
releases=(
  "2 ed0e718 no"
  "3 2ec3439 no"
  "4 93f4179 yes"
)

work=
clean_up() {
  [[ -z $work ]] || { git -C "$repo" worktree remove --force "$work/src" 2>/dev/null || true; rm -rf "$work"; }
}
trap clean_up EXIT

for release in "${releases[@]}"; do
  read -r schema commit can_add <<<"$release"
  work=$(mktemp -d "${TMPDIR:-/tmp}/factsheet-release-$schema.XXXXXX")
  git -C "$repo" worktree add --detach --quiet "$work/src" "$commit"
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet -e "$work/src[postgres]"
  factsheet=("$work/venv/bin/factsheet")
  out="$here/schema$schema"
  rm -rf "$out" "$here/schema$schema.sqlite3" "$here/schema$schema.sql"
  mkdir -p "$out"
  cp "$work/src"/seeds/*.toml "$work/src"/seeds/*.txt "$out/"
  database=${FACTSHEET_TEST_PG/@\/factsheet?/@\/release_schema$schema?}
  libpq=$(python3 -c "import sys; print(sys.argv[1].replace('postgresql+psycopg://', 'postgresql://'))" "$database")
  admin=$(python3 -c "import sys; print(sys.argv[1].replace('postgresql+psycopg://', 'postgresql://'))" "$FACTSHEET_TEST_PG")
  "$pg_bin/psql" --quiet --no-psqlrc "$admin" -c "DROP DATABASE IF EXISTS release_schema$schema" -c "CREATE DATABASE release_schema$schema"
  for url in "sqlite:///$here/schema$schema.sqlite3" "$database"; do
    # Nothing of the release touches this user's own folders.
    export XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state
    "${factsheet[@]}" seed --db "$url"
    if [[ $can_add == yes ]]; then
      cp "$work/src/tests/data/state_visit.toml" "$work/src/tests/data/state_visit.txt" "$out/"
      "${factsheet[@]}" add --db "$url" "$out/state_visit.txt" "$out/state_visit.toml"
      cp "$work/src/tests/data/harbour_cities.txt" "$out/"
      [[ -f $out/harbour_cities.toml ]] || "${factsheet[@]}" draft "$out/harbour_cities.txt" -o "$out/harbour_cities.toml"
      "${factsheet[@]}" add --db "$url" "$out/harbour_cities.txt" "$out/harbour_cities.toml"
      # A person's review of one drafted fact, made as the release's window makes it.
      (cd "$work/src" && "$work/venv/bin/python" - "$url" "$out/reviewed.txt") <<'PY'
import sys
from sqlalchemy import select
from db.schema import fact_table
from db.session import open_database
from db.sheets import mark_reviewed

database = open_database(sys.argv[1])
with database.read() as connection:
    fact_id, key = connection.execute(
        select(fact_table.c.id, fact_table.c.key)
        .where(fact_table.c.reviewed.is_(False))
        .order_by(fact_table.c.key)
        .limit(1)
    ).one()
mark_reviewed(database, [fact_id])
database.close()
with open(sys.argv[2], "w", encoding="utf-8") as marked:
    marked.write(key + "\n")
PY
    fi
  done
  # Plain SQL statements, which the tests run through the driver: without psql's \restrict
  # and \unrestrict lines, which newer pg_dumps write around a dump and only psql reads.
  "$pg_bin/pg_dump" --inserts --no-owner --no-privileges --no-comments "$libpq" \
    | grep -v -E '^\\(un)?restrict ' >"$here/schema$schema.sql"
  "$pg_bin/psql" --quiet --no-psqlrc "$admin" -c "DROP DATABASE release_schema$schema"
  clean_up
  work=
done
ls -l "$here"
