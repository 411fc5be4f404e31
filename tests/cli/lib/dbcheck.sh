# dbcheck.sh — consistency checks on an eventline SQLite database, shared by
# the crash-safety and disk-fault tests.  Source it; needs sqlite3.
# Schema-agnostic: tables and their links to `documents` are read from
# sqlite_master and PRAGMA foreign_key_list, so schema migrations don't
# break the checks.

# db_integrity DB: prints "ok" when PRAGMA integrity_check and
# foreign_key_check find nothing.
db_integrity() {
  local ic
  ic=$(sqlite3 "$1" 'PRAGMA integrity_check; PRAGMA foreign_key_check;' 2>&1)
  if [ "$ic" = ok ]; then echo ok; else echo "integrity / foreign keys: $ic" | head -c 600; fi
}

# db_tables DB: user tables, one per line, sorted.
db_tables() {
  sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name;"
}

# db_counts DB: "table rows" for every table (one sqlite3 call).
db_counts() {
  local t sql=""
  for t in $(db_tables "$1"); do
    sql="$sql${sql:+ UNION ALL }SELECT '$t', count(*) FROM \"$t\""
  done
  [ -n "$sql" ] && sqlite3 -separator ' ' "$1" "$sql;"
}

# db_doc_key DB: the column that identifies a document across databases
# (content hash, else article id).
db_doc_key() {
  local cols
  cols=$(sqlite3 "$1" "SELECT name FROM pragma_table_info('documents');")
  for c in hash content_hash sha256 article_id ext_id id; do
    if printf '%s\n' "$cols" | grep -qx "$c"; then echo "$c"; return; fi
  done
}

# db_child_links DB: "table column parentcol" for each table whose rows
# belong to one document (foreign key to documents ON DELETE CASCADE;
# parentcol "rowid" when the key names no column).  Cross-document tables
# (learned actors pointing at their latest evidence, ON DELETE SET NULL) are
# left to the whole-table comparison at the end of a run.
db_child_links() {
  local t
  for t in $(db_tables "$1"); do
    sqlite3 -separator ' ' "$1" \
      "SELECT '$t', \"from\", coalesce(nullif(\"to\", ''), 'rowid') FROM pragma_foreign_key_list('$t') WHERE \"table\" = 'documents' AND on_delete = 'CASCADE';"
  done
}

# db_partial_docs DB REF: prints one line per document of DB whose rows in any
# child table differ in number from the same document (by key) in REF, or
# that REF does not have.  Empty output = every stored article is complete.
db_partial_docs() {
  local db=$1 ref=$2 key links t col pcol
  key=$(db_doc_key "$ref")
  [ -n "$key" ] || { echo "no document key column"; return; }
  sqlite3 "$db" "ATTACH '$ref' AS ref; SELECT 'not in reference: ' || d.\"$key\" FROM main.documents d
    WHERE NOT EXISTS (SELECT 1 FROM ref.documents r WHERE r.\"$key\" = d.\"$key\") LIMIT 5;"
  links=$(db_child_links "$ref")
  local sql="ATTACH '$ref' AS ref;"
  sql="$sql SELECT 'not in reference: ' || d.\"$key\" FROM main.documents d
    WHERE NOT EXISTS (SELECT 1 FROM ref.documents r WHERE r.\"$key\" = d.\"$key\") LIMIT 5;"
  while read -r t col pcol; do
    [ -n "$t" ] || continue
    sql="$sql SELECT '$t rows for ' || d.\"$key\" || ': ' || coalesce(a.n, 0) || ' vs ' || coalesce(b.n, 0)
      FROM main.documents d
      JOIN ref.documents r ON r.\"$key\" = d.\"$key\"
      LEFT JOIN (SELECT \"$col\" AS p, count(*) AS n FROM main.\"$t\" GROUP BY 1) a ON a.p = d.$pcol
      LEFT JOIN (SELECT \"$col\" AS p, count(*) AS n FROM ref.\"$t\" GROUP BY 1) b ON b.p = r.$pcol
      WHERE coalesce(a.n, 0) != coalesce(b.n, 0) LIMIT 5;"
  done <<<"$links"
  sqlite3 "$db" "$sql"
}

# db_docs_without_sentences DB: number of documents with no sentence row
# (0 when there is no sentences table).
db_docs_without_sentences() {
  local col
  col=$(sqlite3 "$1" "SELECT \"from\" FROM pragma_foreign_key_list('sentences') WHERE \"table\"='documents' LIMIT 1;" 2>/dev/null)
  if [ -z "$col" ]; then echo 0; return; fi
  local pcol
  pcol=$(sqlite3 "$1" "SELECT coalesce(nullif(\"to\",''),'rowid') FROM pragma_foreign_key_list('sentences') WHERE \"table\"='documents' LIMIT 1;")
  sqlite3 "$1" "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.\"$col\" = d.$pcol);"
}
