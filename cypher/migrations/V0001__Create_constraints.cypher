// Every node kind has a unique key backed by a constraint: lookups by id use its index, and the loaders'
// MERGE on that key can never create a duplicate, which makes every load safe to repeat.
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_programme_id IF NOT EXISTS FOR (n:PartnershipProgramme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ecosystem_id IF NOT EXISTS FOR (n:Ecosystem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT value_chain_id IF NOT EXISTS FOR (n:ValueChain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stage_id IF NOT EXISTS FOR (n:Stage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_code IF NOT EXISTS FOR (n:Activity) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT indicator_value_id IF NOT EXISTS FOR (n:IndicatorValue) REQUIRE n.id IS UNIQUE;
// NUTS codes repeat across versions (DE11 is in 2021 and in 2024): a region is a code within a version.
CREATE CONSTRAINT region_code_version IF NOT EXISTS FOR (n:Region) REQUIRE (n.code, n.version) IS UNIQUE;
// One marker per loaded reference dataset, holding the checksum of the files it was loaded from.
CREATE CONSTRAINT reference_dataset_id IF NOT EXISTS FOR (n:ReferenceDataset) REQUIRE n.id IS UNIQUE;
