// Every NUTS code of one version: what a dataset's region columns may name.
:param {version: 2021}
MATCH (r:Region {version: $version})
RETURN r.code AS code
