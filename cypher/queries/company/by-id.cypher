// One member company by id.
:param {id: 'CO000001'}
MATCH (c:Company {id: $id})
RETURN c
