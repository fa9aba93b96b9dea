// name: agency_portfolio
// description: What an agency (or other issuer) approves, issues, coordinates and supervises.
// param: agency: string (example: "国家发展改革委")
MATCH (a:Entity) WHERE a.name = $agency OR $agency IN a.aliases
WITH DISTINCT a
MATCH (subject:Entity)-[r:APPROVED_BY|ISSUED_BY|COORDINATED_BY|SUPERVISED_BY]->(a)
RETURN CASE type(r) WHEN 'APPROVED_BY' THEN 'approves' WHEN 'ISSUED_BY' THEN 'issues'
         WHEN 'COORDINATED_BY' THEN 'coordinates' ELSE 'supervises' END AS role,
       subject.name AS subject, [l IN labels(subject) WHERE l <> 'Entity'][0] AS subject_label
ORDER BY role, subject
