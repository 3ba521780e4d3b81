// Recounts the members of every cluster after an import, so member-count filters and sorts use an index.
:param {}
MATCH (c:Cluster)
SET c.memberCount = COUNT { (c)<-[:MEMBER_OF]-() },
    c.companyCount = COUNT { (c)<-[:MEMBER_OF]-(:Company) }
