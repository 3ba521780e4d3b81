// Creates a curated partnership at version 1; the caller has checked that the id is free.
:param {id: 'PAX', properties: {kind: 'OTHER', name: 'Example'}}
CREATE (p:Partnership {id: $id})
SET p += $properties, p.version = 1, p.synthetic = false
RETURN p.version AS version
