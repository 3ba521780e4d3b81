// As merge-company-stages.cypher, for rows whose Company the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'CO000001', to: 'BAT-3', properties: {}}]}
UNWIND $rows AS row
MATCH (c:Company {id: row.from})
MATCH (s:Stage {id: row.to})
CREATE (c)-[:ACTIVE_IN]->(s)
