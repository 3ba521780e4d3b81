// The audited state of a partnership: its properties, version and clusters with their roles; no row when there is
// none.
:param {id: 'PA001'}
MATCH (p:Partnership {id: $id})
RETURN p {.id, .kind, .name, .startYear, .endYear, .programme, .synthetic, version: coalesce(p.version, 0),
          clusters: COLLECT { MATCH (c:Cluster)-[r:PARTICIPATES_IN]->(p) RETURN c.id + ' ' + coalesce(r.role, 'PARTNER') AS member ORDER BY member }} AS state
