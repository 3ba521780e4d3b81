// The audit of curation: one node per change, numbered by the one change log node.
CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (c:Change) REQUIRE c.sequence IS UNIQUE;
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
