package eu.clustergraph.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default dataset loaded on first start.
 *
 * @param bootstrap whether to generate and import it when the graph holds no dataset
 * @param companies its scale in member companies (170,000 is the real scale; the tests use 5,000)
 * @param seed its seed
 * @param real whether the synthetic dataset is built around the packaged real set of cluster organisations and
 * partnerships (issue 13); the end-to-end tests switch it off to keep their 35-cluster preset
 * @param bulk whether an embedded database whose store does not exist yet gets the dataset from Neo4j's batch
 * importer before it starts (much faster than the online import; the same graph)
 */
@ConfigurationProperties("clustergraph.dataset")
public record DatasetBootstrapProperties(@DefaultValue("true") boolean bootstrap,
		@DefaultValue("170000") int companies, @DefaultValue("20240507") long seed, @DefaultValue("true") boolean real,
		@DefaultValue("true") boolean bulk) {
}
