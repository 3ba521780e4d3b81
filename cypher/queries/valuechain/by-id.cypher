// One strategic value chain by id.
:param {id: 'BAT'}
MATCH (v:ValueChain {id: $id})
RETURN v
