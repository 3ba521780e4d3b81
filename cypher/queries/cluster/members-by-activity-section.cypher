// The member companies of each of a batch of clusters, counted by NACE section.
:param {ids: ['CL00001', 'CL00002']}
UNWIND $ids AS id
MATCH (:Cluster {id: id})<-[:MEMBER_OF]-(m:Company)
WITH id, m.naceSection AS group
WHERE group IS NOT NULL
RETURN id AS key, group, count(*) AS count
ORDER BY key, group
