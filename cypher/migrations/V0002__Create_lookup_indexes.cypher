// Range indexes for the filters the API offers on reference data (NUTS level and country, NACE level and section).
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX region_country IF NOT EXISTS FOR (n:Region) ON (n.country);
CREATE INDEX activity_level IF NOT EXISTS FOR (n:Activity) ON (n.level);
CREATE INDEX activity_section IF NOT EXISTS FOR (n:Activity) ON (n.section);
CREATE INDEX stage_ordinal IF NOT EXISTS FOR (n:Stage) ON (n.ordinal);
