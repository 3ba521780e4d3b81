// One cluster partnership by id.
:param {id: 'PA001'}
MATCH (p:Partnership {id: $id})
RETURN p
