// The clusters a cluster reaches over the derived ties through the chosen channels, each with its shortest hop
// count and country. The cooperation feature fills the hop bound from a validated argument.
:param {id: 'CL00001', channels: ['SHARED_MEMBER', 'PARTNERSHIP', 'AGREEMENT', 'MEMBER_COOPERATION']}
MATCH (a:Cluster {id: $id})
MATCH p = SHORTEST 1 (a)
  (()-[t:TIED_WITH WHERE any(channel IN t.channels WHERE channel IN $channels)]-()){1,/*{maxHops}*/2}
  (b:Cluster)
WHERE b <> a
RETURN b.country AS country, length(p) AS hops, count(*) AS clusters
ORDER BY hops, country
