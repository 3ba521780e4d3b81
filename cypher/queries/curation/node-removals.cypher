// What deleting a node removes: the node, and its relationships by type (what DETACH DELETE takes with it); no row
// when there is no such node. For clusters and partnerships, the two kinds curation deletes.
:param {label: 'Cluster', id: 'CL00001'}
CALL () {
  MATCH (n:Cluster {id: $id})
  WHERE $label = 'Cluster'
  RETURN n
  UNION ALL
  MATCH (n:Partnership {id: $id})
  WHERE $label = 'Partnership'
  RETURN n
}
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS kind, count(r) AS count
  ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS links
}
RETURN [{kind: $label, count: 1}] + links AS removes
