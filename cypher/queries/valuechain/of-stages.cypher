// The value chain of each of a batch of stages.
:param {ids: ['BAT-1', 'H2-2']}
UNWIND $ids AS id
MATCH (v:ValueChain)-[:HAS_STAGE]->(:Stage {id: id})
RETURN id AS key, v
