// How many clusters match a filter (the cluster feature fills the filter slot; as written, all clusters).
:param {}
MATCH (c:Cluster)
WHERE /*{filter}*/true
RETURN count(c) AS count
