// name: top_connected
// description: The most connected entities (relationships other than MENTIONS), optionally of one label.
// param: label: string = null (example: "Zone")
// param: limit: int = 20
// Neo4j counts from its degree store with COUNT { }; FalkorDB has no COUNT { }
// and its indegree()/outdegree() cost more per node than expanding the
// typed relationships and counting them.
// variant: neo4j
MATCH (e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
WITH e, COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } AS degree
WHERE degree > 0
WITH e, degree ORDER BY degree DESC, e.name, e.id LIMIT $limit
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, degree,
       COUNT { (e)<-[:MENTIONS]-() } AS documents
// variant: falkordb
MATCH (e:Entity)-[r:APPROVED_BY|ISSUED_BY|COVERS|PART_OF|LOCATED_IN|FOCUSES_ON|FINANCED_BY|IN_INDUSTRY|COORDINATED_BY|SUPERVISED_BY]-()
WHERE $label IS NULL OR $label IN labels(e)
WITH e, count(r) AS degree ORDER BY degree DESC, e.name, e.id LIMIT $limit
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, degree,
       size([(d:Document)-[:MENTIONS]->(e) | d]) AS documents
