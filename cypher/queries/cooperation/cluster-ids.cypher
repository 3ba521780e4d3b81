// Every cluster id in id order: a cluster's position in this list is its number in the weighted projections of the
// tie network (project-ties), which the path search reads and answers in. Read once per tie network version and
// cluster count, as the projections are named.
:param {}
MATCH (c:Cluster)
RETURN c.id AS id
ORDER BY id
