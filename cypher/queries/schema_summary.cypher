// name: schema_summary
// description: Node counts by label and relationship counts by type.
CALL {
  MATCH (n) UNWIND labels(n) AS name
  WITH name WHERE name <> 'Entity'
  RETURN 'label' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'type' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
