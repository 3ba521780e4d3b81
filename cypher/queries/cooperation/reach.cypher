// The clusters a cluster reaches over the derived ties of at least $minStrength on the chosen channels (their
// strength properties recombined as derive-ties defines), each with its shortest hop count and country. The
// cooperation feature fills the hop bound from a validated argument.
:param {id: 'CL00001', strengthProperties: ['sharedMemberStrength', 'partnershipStrength', 'agreementStrength', 'memberCooperationStrength'], minStrength: 0.6}
MATCH (a:Cluster {id: $id})
MATCH p = SHORTEST 1 (a)
  (()-[t:TIED_WITH WHERE 1 - reduce(rest = 1.0, property IN $strengthProperties | rest * (1 - coalesce(t[property], 0.0))) >= $minStrength]-()){1,/*{maxHops}*/2}
  (b:Cluster)
WHERE b <> a
RETURN b.country AS country, length(p) AS hops, count(*) AS clusters
ORDER BY hops, country
