// The one node that carries the derived tie network's version, counted up each time ties are derived: weighted
// projections are named after it, so none of an older network is used again.
CREATE CONSTRAINT tie_network_id IF NOT EXISTS FOR (n:TieNetwork) REQUIRE n.id IS UNIQUE;
