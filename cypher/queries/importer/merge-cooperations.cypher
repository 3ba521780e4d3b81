// Company cooperation, one relationship per pair stored from the smaller id to the larger (read as undirected).
:param {rows: [{from: 'CO000001', to: 'CO000002', properties: {type: 'PROJECT', since: 2020}}]}
UNWIND $rows AS row
MATCH (a:Company {id: row.from})
MATCH (b:Company {id: row.to})
MERGE (a)-[r:COOPERATES_WITH]->(b)
SET r += row.properties
