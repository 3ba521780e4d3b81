// The audited state of a cluster: what curation may change (its properties, seat, ecosystems and stages) and its
// version; no row when there is no such cluster.
:param {id: 'CL00001'}
MATCH (c:Cluster {id: $id})
RETURN c {.id, .name, .acronym, .description, .founded, .legalForm, .staffFte, .excellenceLabel, .website, .region,
          .source, .synthetic, version: coalesce(c.version, 0),
          ecosystems: COLLECT { MATCH (c)-[e:IN_ECOSYSTEM]->(x:Ecosystem) RETURN x.id + CASE WHEN e.primary THEN ' (primary)' ELSE '' END AS ecosystem ORDER BY ecosystem },
          stages: COLLECT { MATCH (c)-[:CONTRIBUTES_TO]->(s:Stage) RETURN s.id AS stage ORDER BY stage }} AS state
