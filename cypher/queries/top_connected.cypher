// name: top_connected
// description: The most connected entities (relationships other than MENTIONS), optionally of one label.
// param: label: string = null (example: "Zone")
// param: limit: int = 20
// Degree functions differ: Neo4j counts with COUNT { } from its degree
// store, FalkorDB has indegree()/outdegree() and no COUNT { }.
// variant: neo4j
MATCH (e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
WITH e, COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } AS degree, COUNT { (e)<-[:MENTIONS]-() } AS documents
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, degree, documents
ORDER BY degree DESC, name, label
LIMIT $limit
// variant: falkordb
MATCH (e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
WITH e, indegree(e) + outdegree(e) - indegree(e, 'MENTIONS') AS degree, indegree(e, 'MENTIONS') AS documents
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, degree, documents
ORDER BY degree DESC, name, label
LIMIT $limit
