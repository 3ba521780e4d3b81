// As merge-partnerships.cypher, for partnerships the graph does not hold yet (the importer has looked).
:param {rows: [{id: 'PAX', programme: 'EUROCLUSTERS_W1', properties: {kind: 'EUROCLUSTER', name: 'Example'}}]}
UNWIND $rows AS row
CREATE (p:Partnership {id: row.id})
SET p += row.properties
WITH p, row
OPTIONAL MATCH (programme:PartnershipProgramme {id: row.programme})
FOREACH (known IN CASE WHEN programme IS NULL THEN [] ELSE [programme] END | CREATE (p)-[:OF_PROGRAMME]->(known))
