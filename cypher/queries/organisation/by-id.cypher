// One non-company member by id.
:param {id: 'OR00001'}
MATCH (o:Organisation {id: $id})
RETURN o
