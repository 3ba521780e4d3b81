// The checksum of the reference files the graph was last loaded from, if any.
:param {id: 'reference'}
MATCH (d:ReferenceDataset {id: $id})
RETURN d.checksum AS checksum
