// name: schema_summary
// description: Node counts by label and relationship counts by type (those of the ontology, zeros included).
// Both stores keep counters; grouping every node and relationship would scan
// the graph. Neo4j answers single-label and single-type counts from its count
// store; FalkorDB only outside a UNION, and gives all counters at once in
// db.meta.stats().
// variant: neo4j
CALL {
  MATCH (n:Agency) RETURN 'label' AS kind, 'Agency' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Document) RETURN 'label' AS kind, 'Document' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Enterprise) RETURN 'label' AS kind, 'Enterprise' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Industry) RETURN 'label' AS kind, 'Industry' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Plan) RETURN 'label' AS kind, 'Plan' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Project) RETURN 'label' AS kind, 'Project' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Zone) RETURN 'label' AS kind, 'Zone' AS name, count(n) AS count
  UNION ALL
  MATCH ()-[r:APPROVED_BY]->() RETURN 'type' AS kind, 'APPROVED_BY' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:COORDINATED_BY]->() RETURN 'type' AS kind, 'COORDINATED_BY' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:COVERS]->() RETURN 'type' AS kind, 'COVERS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:FINANCED_BY]->() RETURN 'type' AS kind, 'FINANCED_BY' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:FOCUSES_ON]->() RETURN 'type' AS kind, 'FOCUSES_ON' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:IN_INDUSTRY]->() RETURN 'type' AS kind, 'IN_INDUSTRY' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:ISSUED_BY]->() RETURN 'type' AS kind, 'ISSUED_BY' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->() RETURN 'type' AS kind, 'LOCATED_IN' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() RETURN 'type' AS kind, 'MENTIONS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:PART_OF]->() RETURN 'type' AS kind, 'PART_OF' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUPERVISED_BY]->() RETURN 'type' AS kind, 'SUPERVISED_BY' AS name, count(r) AS count
}
RETURN kind, name, count
ORDER BY kind, name
// variant: falkordb
CALL db.meta.stats() YIELD labels, relTypes
UNWIND ['Agency', 'Document', 'Enterprise', 'Industry', 'Plan', 'Project', 'Zone'] AS name
RETURN 'label' AS kind, name, coalesce(labels[name], 0) AS count
UNION ALL
CALL db.meta.stats() YIELD relTypes
UNWIND ['APPROVED_BY', 'COORDINATED_BY', 'COVERS', 'FINANCED_BY', 'FOCUSES_ON', 'IN_INDUSTRY',
        'ISSUED_BY', 'LOCATED_IN', 'MENTIONS', 'PART_OF', 'SUPERVISED_BY'] AS name
RETURN 'type' AS kind, name, coalesce(relTypes[name], 0) AS count
