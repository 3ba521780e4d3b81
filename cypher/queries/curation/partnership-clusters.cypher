// The clusters taking part in a partnership, in id order: those whose ties its change may change.
:param {id: 'PA001'}
MATCH (c:Cluster)-[:PARTICIPATES_IN]->(:Partnership {id: $id})
RETURN c.id AS cluster
ORDER BY cluster
