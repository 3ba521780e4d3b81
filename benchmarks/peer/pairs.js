// The query pairs: the same question asked of ClusterGraph (ours) and of the Neo4j GraphQL Library (peer), each
// side written as its own users would write it. Ids and codes exist in the default full-scale dataset (seed
// 20240507); `node bench.js --check` shows that both sides answer every pair with the same rows.
export const pairs = [
  {
    name: "lookup with its region",
    ours: `{ cluster(id: "CL00012") { id name region { code name } } }`,
    peer: `{ clusters(where: { id: { eq: "CL00012" } }) { id name seat { code name } } }`,
  },
  {
    name: "lookup with two child levels",
    ours: `{ company(id: "CO000100") { id name clusters { id name region { code name } } } }`,
    peer: `{ companies(where: { id: { eq: "CO000100" } }) { id name clusters { id name seat { code name } } } }`,
  },
  {
    name: "page of 20 with nested children",
    ours: `{ clusters(first: 20) { edges { cursor node { id name region { code name } ecosystems { primary ecosystem { id name } } } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ clustersConnection(first: 20, sort: [{ id: ASC }]) { edges { cursor node { id name seat { code name } ecosystemsConnection { edges { properties { primary } node { id name } } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "page of 100 with nested children",
    ours: `{ companies(first: 100) { edges { cursor node { id name region { code name } activity { code name } } } pageInfo { hasNextPage endCursor } } }`,
    // the peer's connection of all 170,000 companies breaks the database's 1 GiB transaction memory limit (it
    // collects every edge before it cuts the page), so the peer answers with its list form, as a user would
    peer: `{ companies(limit: 100, sort: [{ id: ASC }]) { id name location { code name } activity { code name } } }`,
  },
  {
    name: "property filter, each company's clusters",
    ours: `{ companies(filter: { country: "DE", sizeClass: LARGE }, first: 20) { edges { cursor node { id name clusters { id name } } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ companiesConnection(first: 20, sort: [{ id: ASC }], where: { country: { eq: "DE" }, sizeClass: { eq: "LARGE" } }) { edges { cursor node { id name clusters { id name } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "relationship filter (some)",
    ours: `{ clusters(filter: { ecosystem: "AGRI" }, first: 20) { edges { cursor node { id name country } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ clustersConnection(first: 20, sort: [{ id: ASC }], where: { ecosystems: { some: { id: { eq: "AGRI" } } } }) { edges { cursor node { id name country } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "nested AND/OR",
    ours: `{ clusters(filter: { OR: [{ country: "DK" }, { AND: [{ country: "FR" }, { memberCount: { min: 300 } }] }] }, first: 20) { edges { cursor node { id name country memberCount } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ clustersConnection(first: 20, sort: [{ id: ASC }], where: { OR: [{ country: { eq: "DK" } }, { AND: [{ country: { eq: "FR" } }, { memberCount: { gte: 300 } }] }] }) { edges { cursor node { id name country memberCount } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "sort by a property",
    ours: `{ clusters(sort: NAME, first: 20) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ clustersConnection(first: 20, sort: [{ name: ASC }, { id: ASC }]) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "totalCount alone",
    ours: `{ companies(filter: { country: "FR" }) { totalCount } }`,
    peer: `{ companiesConnection(where: { country: { eq: "FR" } }) { totalCount } }`,
  },
  {
    name: "totalCount with a page",
    ours: `{ clusters(filter: { country: "IT" }, first: 20) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ clustersConnection(first: 20, sort: [{ id: ASC }], where: { country: { eq: "IT" } }) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "full-text search",
    ours: `{ search(text: "mobility", kinds: [CLUSTER], first: 20) { kind score node { ... on Cluster { id name } } } }`,
    peer: `{ clustersByText(phrase: "mobility", first: 20) { edges { score node { id name } } } }`,
  },
  {
    name: "three-level nesting",
    ours: `{ cluster(id: "CL00012") { id name members(first: 20) { edges { cursor node { ... on Company { id name clusters { id name region { code name } } } } } } } }`,
    peer: `{ clusters(where: { id: { eq: "CL00012" } }) { id name companiesConnection(first: 20, sort: [{ node: { id: ASC } }]) { edges { cursor node { id name clusters { id name seat { code name } } } } } } }`,
  },
  {
    name: "aggregation",
    ours: `{ statistics(groupBy: COUNTRY, filter: { country: "AT" }) { group clusters companies employees } }`,
    peer: `{ clustersConnection(where: { country: { eq: "AT" } }) { aggregate { count { nodes } } } companiesConnection(where: { clusters: { some: { country: { eq: "AT" } } } }) { aggregate { count { nodes } node { employees { sum } } } } }`,
  },
];
