// name: relations_among
// description: The relationships (MENTIONS left out) whose two ends are both among the given entity ids, as source id, type and target id.
// param: ids: list (example: ["Enterprise:宗申集团", "Enterprise:中国进出口银行重庆分行"])
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.id IN $ids AND t.id IN $ids
RETURN s.id AS source, type(r) AS type, t.id AS target
ORDER BY source, type, target
