// Updates a partnership if it is still at the version the caller read; no row when another change came first.
:param {id: 'PA001', version: 0, properties: {name: 'New name'}}
MATCH (p:Partnership {id: $id})
WHERE coalesce(p.version, 0) = $version
SET p += $properties, p.version = $version + 1
RETURN p.version AS version
