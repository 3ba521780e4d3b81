// Records that the reference data was loaded from files with this checksum: a start with the same files skips it.
:param {id: 'reference', checksum: 'abc', counts: {regions: 1}}
MERGE (d:ReferenceDataset {id: $id})
SET d.checksum = $checksum, d.loadedAt = datetime(), d += $counts
