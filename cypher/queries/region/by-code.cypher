// One NUTS region by code and version.
:param {code: 'DE11', version: 2021}
MATCH (r:Region {code: $code, version: $version})
RETURN r
