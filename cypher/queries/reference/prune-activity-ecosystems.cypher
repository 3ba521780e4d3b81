// Removes the working-map edges between NACE activities and ecosystems that the packaged map no longer has, so that
// a reload after an update of the map leaves exactly the map's edges (link-activity-ecosystems adds the others).
:param {pairs: [{code: '30.3', ecosystem: 'AERO'}]}
MATCH (a:Activity)-[old:IN_ECOSYSTEM]->(e:Ecosystem)
WHERE NOT {code: a.code, ecosystem: e.id} IN $pairs
DELETE old
