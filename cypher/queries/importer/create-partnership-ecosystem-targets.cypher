// As merge-partnership-ecosystem-targets.cypher, for rows whose Partnership the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'PA001', to: 'MOB'}]}
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
MATCH (e:Ecosystem {id: row.to})
CREATE (p)-[:TARGETS]->(e)
