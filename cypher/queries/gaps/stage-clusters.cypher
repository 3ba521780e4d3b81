// The clusters contributing to each stage of the chosen value chains (all when $valueChain is null), with how many
// of their member companies work in the stage and their ecosystems: the candidates for complementary stages.
:param {valueChain: 'BAT'}
MATCH (v:ValueChain)-[:HAS_STAGE]->(s:Stage)<-[:CONTRIBUTES_TO]-(c:Cluster)
WHERE $valueChain IS NULL OR v.id = $valueChain
RETURN v.id AS valueChain, s {.*, valueChain: v.id} AS stage, c,
       COUNT { (c)<-[:MEMBER_OF]-(:Company)-[:ACTIVE_IN]->(s) } AS activeMembers,
       COLLECT { MATCH (c)-[:IN_ECOSYSTEM]->(e:Ecosystem) RETURN e.id ORDER BY e.id } AS ecosystems
ORDER BY s.id, c.id
