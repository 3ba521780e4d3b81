// Full-text search across the name indexes of every kind asked for. $query is the user's text with Lucene's
// special characters escaped, so it is always searched literally; $words are its words. A hit whose name (or another
// name of it) or acronym holds every word ranks above one found only in a description or a note, whatever the
// scores, which Lucene computes per index and per field and so cannot order a name against a NACE note. Each branch
// tests its kind before it calls its index, so an index that is not asked for is not searched at all. Each hit
// returns its key (the property $keys[kind] names: code or id), its name, and the values of $properties[kind] (what
// else the request needs of it) in that order, not the whole node.
:param {query: 'pole vehicule', words: ['pole', 'vehicule'], kinds: ['CLUSTER', 'REGION', 'ACTIVITY'], nutsVersion: 2021, limit: 20, keys: {CLUSTER: 'id', REGION: 'code', ACTIVITY: 'code'}, properties: {CLUSTER: ['acronym'], REGION: ['level'], ACTIVITY: []}}
CALL () {
  WITH $kinds AS kinds WHERE 'CLUSTER' IN kinds
  CALL db.index.fulltext.queryNodes('cluster_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'CLUSTER' AS kind
  UNION ALL
  WITH $kinds AS kinds WHERE 'COMPANY' IN kinds
  CALL db.index.fulltext.queryNodes('company_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'COMPANY' AS kind
  UNION ALL
  WITH $kinds AS kinds WHERE 'ORGANISATION' IN kinds
  CALL db.index.fulltext.queryNodes('organisation_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'ORGANISATION' AS kind
  UNION ALL
  WITH $kinds AS kinds WHERE 'REGION' IN kinds
  CALL db.index.fulltext.queryNodes('region_text', $query, {limit: $limit * 2}) YIELD node, score
  WHERE node.version = $nutsVersion
  RETURN node, score, 'REGION' AS kind
  UNION ALL
  WITH $kinds AS kinds WHERE 'ACTIVITY' IN kinds
  CALL db.index.fulltext.queryNodes('activity_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'ACTIVITY' AS kind
  UNION ALL
  WITH $kinds AS kinds WHERE 'ECOSYSTEM' IN kinds
  CALL db.index.fulltext.queryNodes('ecosystem_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'ECOSYSTEM' AS kind
  UNION ALL
  WITH $kinds AS kinds WHERE 'VALUE_CHAIN' IN kinds OR 'STAGE' IN kinds
  CALL db.index.fulltext.queryNodes('value_chain_text', $query, {limit: $limit}) YIELD node, score
  WITH node, score, CASE WHEN node:Stage THEN 'STAGE' ELSE 'VALUE_CHAIN' END AS kind
  WHERE kind IN $kinds
  RETURN node, score, kind
}
WITH node, score, kind, [word IN $words | apoc.text.clean(word)] AS words,
     apoc.text.clean(coalesce(node.name, '') + ' ' + coalesce(node.nameNational, '') + ' ' + coalesce(node.nameEccp, ''))
       AS names
WITH node, score, kind,
     CASE WHEN all(word IN words WHERE names CONTAINS word) THEN 'NAME'
          WHEN node.acronym IS NOT NULL AND all(word IN words WHERE apoc.text.clean(node.acronym) CONTAINS word) THEN 'ACRONYM'
          ELSE 'TEXT' END AS matched
WITH node, score, kind, matched, node[$keys[kind]] AS key
ORDER BY CASE matched WHEN 'TEXT' THEN 1 ELSE 0 END, score DESC, kind, key
LIMIT $limit
// the key and name the hit has read already, and the further properties the request needs of its kind, in the order
// of $properties[kind]: not the whole node
RETURN kind, score, matched, key, node.name AS name, [property IN $properties[kind] | node[property]] AS values
