// The working-map activities of each of a batch of ecosystems, heaviest first.
:param {ids: ['MOB', 'DIGI']}
UNWIND $ids AS id
MATCH (e:Ecosystem {id: id})<-[m:IN_ECOSYSTEM]-(a:Activity)
RETURN id AS key, a, e, m.weight AS weight, m.basis AS basis
ORDER BY id, weight DESC, a.code
