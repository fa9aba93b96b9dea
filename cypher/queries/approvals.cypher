// name: approvals
// description: Who approved a plan, zone or project, directly or through what it is part of or covered by (and the approver's parent bodies).
// param: name: string (example: "重庆建设国家数字经济创新发展试验区工作方案")
// The subjects: the entity, what it is (transitively) PART_OF, and the plans
// or zones linked to those by COVERS; each subject's APPROVED_BY approvers.
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
WITH DISTINCT e
MATCH (e)-[:PART_OF*0..3]->(up:Entity)
OPTIONAL MATCH (up)-[:COVERS]-(linked:Entity)
WITH e, collect(DISTINCT up) AS ups, collect(DISTINCT linked) AS linked
UNWIND ups + [x IN linked WHERE NOT x IN ups] AS subject
MATCH (subject)-[:APPROVED_BY]->(approver:Agency)
OPTIONAL MATCH (approver)-[:PART_OF*1..3]->(parent:Agency)
WITH e, ups, subject, approver, parent ORDER BY parent.name
RETURN subject.name AS approved,
       CASE WHEN subject = e THEN 'self' WHEN subject IN ups THEN 'part of' ELSE 'covers' END AS via,
       approver.name AS approver,
       collect(DISTINCT parent.name) AS approver_part_of
ORDER BY approved, approver
