// Up to k shortest cooperation paths between two parties over the derived cluster ties, using only the chosen
// channels. The cooperation feature fills the slots from validated arguments: the end labels (Cluster or Company),
// the end patterns (a company reaches the cluster network through its memberships), k and the hop bounds. The
// SHORTEST operator searches breadth-first from both ends, never enumerating every path.
:param {from: 'CL00001', to: 'CL00002', channels: ['SHARED_MEMBER', 'PARTNERSHIP', 'AGREEMENT', 'MEMBER_COOPERATION']}
MATCH (a:/*{fromLabel}*/Cluster {id: $from}), (b:/*{toLabel}*/Cluster {id: $to})
MATCH p = SHORTEST /*{k}*/3 /*{start}*/(a)
  (()-[t:TIED_WITH WHERE any(channel IN t.channels WHERE channel IN $channels)]-()){/*{minHops}*/1,/*{maxHops}*/4}
  /*{end}*/(b)
RETURN [n IN nodes(p) | n {.*, label: CASE WHEN n:Company THEN 'Company' ELSE 'Cluster' END}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r)}] AS links
