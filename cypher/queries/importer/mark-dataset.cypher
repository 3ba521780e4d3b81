// Records a completed import: which dataset, when, and how many rows of each kind it loaded.
:param {id: 'dataset', properties: {directory: '/tmp/ds', completed: true}}
MERGE (d:Dataset {id: $id})
SET d += $properties, d.completedAt = datetime()
