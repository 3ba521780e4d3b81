// Every cluster with its country and number of members (companies and organisations), in id order: the nodes of the
// network report.
:param {}
MATCH (c:Cluster)
RETURN c.id AS id, c.country AS country, COUNT { (c)<-[:MEMBER_OF]-() } AS members
ORDER BY id
