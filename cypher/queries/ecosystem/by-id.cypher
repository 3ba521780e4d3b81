// One industrial ecosystem by id.
:param {id: 'MOB'}
MATCH (e:Ecosystem {id: $id})
RETURN e
