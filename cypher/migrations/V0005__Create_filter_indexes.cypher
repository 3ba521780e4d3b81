// Range indexes behind the API's filters and sorts on clusters, companies, organisations and partnerships.
// Region and NACE codes nest by prefix, so range indexes also serve "this code or below" (STARTS WITH).
CREATE INDEX cluster_country IF NOT EXISTS FOR (n:Cluster) ON (n.country);
CREATE INDEX cluster_region IF NOT EXISTS FOR (n:Cluster) ON (n.region);
CREATE INDEX cluster_label IF NOT EXISTS FOR (n:Cluster) ON (n.excellenceLabel);
CREATE INDEX cluster_founded IF NOT EXISTS FOR (n:Cluster) ON (n.founded);
CREATE INDEX cluster_member_count IF NOT EXISTS FOR (n:Cluster) ON (n.memberCount);
CREATE INDEX cluster_name IF NOT EXISTS FOR (n:Cluster) ON (n.name);
CREATE INDEX company_country IF NOT EXISTS FOR (n:Company) ON (n.country);
CREATE INDEX company_region IF NOT EXISTS FOR (n:Company) ON (n.region);
CREATE INDEX company_nace IF NOT EXISTS FOR (n:Company) ON (n.nace);
CREATE INDEX company_nace_section IF NOT EXISTS FOR (n:Company) ON (n.naceSection);
CREATE INDEX company_size_class IF NOT EXISTS FOR (n:Company) ON (n.sizeClass);
CREATE INDEX company_employees IF NOT EXISTS FOR (n:Company) ON (n.employees);
CREATE INDEX company_founded IF NOT EXISTS FOR (n:Company) ON (n.founded);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX organisation_type IF NOT EXISTS FOR (n:Organisation) ON (n.type);
CREATE INDEX organisation_country IF NOT EXISTS FOR (n:Organisation) ON (n.country);
CREATE INDEX partnership_kind IF NOT EXISTS FOR (n:Partnership) ON (n.kind);
