// Full-text indexes for names and descriptions. The standard-folding analyzer folds accents and case, so
// "pole", "Pole", "POLE" and "Pôle" all find "Pôle"; the default analyzer does not. Changing an analyzer
// later needs DROP and CREATE in a new migration: IF NOT EXISTS ignores analyzer differences.
CREATE FULLTEXT INDEX cluster_text IF NOT EXISTS FOR (n:Cluster) ON EACH [n.name, n.acronym, n.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX company_text IF NOT EXISTS FOR (n:Company) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX organisation_text IF NOT EXISTS FOR (n:Organisation) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX region_text IF NOT EXISTS FOR (n:Region) ON EACH [n.name, n.nameNational]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX activity_text IF NOT EXISTS FOR (n:Activity) ON EACH [n.name, n.includes, n.alsoIncludes, n.rulings, n.excludes]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX ecosystem_text IF NOT EXISTS FOR (n:Ecosystem) ON EACH [n.name, n.nameEccp]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX value_chain_text IF NOT EXISTS FOR (n:ValueChain|Stage) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
