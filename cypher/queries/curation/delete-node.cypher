// Deletes a cluster or partnership with its relationships if it is still at the version the caller read; no row when
// another change came first.
:param {label: 'Cluster', id: 'CLX', version: 1}
CALL () {
  MATCH (n:Cluster {id: $id})
  WHERE $label = 'Cluster'
  RETURN n
  UNION ALL
  MATCH (n:Partnership {id: $id})
  WHERE $label = 'Partnership'
  RETURN n
}
WITH n
WHERE coalesce(n.version, 0) = $version
DETACH DELETE n
RETURN true AS deleted
