// As merge-cooperations.cypher, for rows whose Company the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'CO000001', to: 'CO000002', properties: {type: 'PROJECT', since: 2020}}]}
UNWIND $rows AS row
MATCH (a:Company {id: row.from})
MATCH (b:Company {id: row.to})
CREATE (a)-[r:COOPERATES_WITH]->(b)
SET r += row.properties
