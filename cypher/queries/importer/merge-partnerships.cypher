// Creates or updates cluster partnerships, linked to their programme when the programme is a known one.
:param {rows: [{id: 'PAX', programme: 'EUROCLUSTERS_W1', properties: {kind: 'EUROCLUSTER', name: 'Example'}}]}
UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
SET p += row.properties
WITH p, row
OPTIONAL MATCH (programme:PartnershipProgramme {id: row.programme})
FOREACH (known IN CASE WHEN programme IS NULL THEN [] ELSE [programme] END | MERGE (p)-[:OF_PROGRAMME]->(known))
