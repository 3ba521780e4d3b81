// The regional indicators loaded: for each, the NUTS levels and years it has values for, how many regions, its
// units and sources, and whether every value is synthetic.
:param {version: 2021}
MATCH (r:Region {version: $version})-[:HAS_INDICATOR]->(i:IndicatorValue)
WITH i.indicator AS indicator, r, i
RETURN indicator, apoc.coll.sort(collect(DISTINCT r.level)) AS levels, apoc.coll.sort(collect(DISTINCT i.year)) AS years,
       count(DISTINCT r) AS regions, apoc.coll.sort(collect(DISTINCT i.unit)) AS units,
       apoc.coll.sort(collect(DISTINCT i.source)) AS sources, all(value IN collect(i.synthetic) WHERE value) AS synthetic
ORDER BY indicator
