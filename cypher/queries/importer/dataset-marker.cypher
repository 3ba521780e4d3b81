// The record of the last completed import of a dataset, if any.
:param {id: 'dataset'}
MATCH (d:Dataset {id: $id})
RETURN d.manifestSha256 AS manifest
