// One cluster organisation by id.
:param {id: 'CL00001'}
MATCH (c:Cluster {id: $id})
RETURN c
