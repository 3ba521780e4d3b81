// One marker per imported dataset, written when its import completes: the first-start bootstrap and re-runs
// read it to know whether a dataset is fully in the graph.
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
