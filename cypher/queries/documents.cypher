// name: documents
// description: The loaded documents (pages and articles) with title, kind, source, authors and how many entities each mentions.
// param: limit: int = 1000
// page and article (the article's index on its page) exist on articles only.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
RETURN d.id AS document, d.title AS title, d.kind AS kind, d.source AS source, d.authors AS authors,
       d.page AS page, d.index AS article, count(e) AS entities
ORDER BY document
LIMIT $limit
