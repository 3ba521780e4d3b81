package eu.clustergraph.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the default dataset online when the graph has none: the start-up step for a graph that the bulk first start
 * did not fill (an external Neo4j, {@code clustergraph.dataset.bulk=false}, a store that existed without a dataset).
 * An interrupted import resumes at the next start, because it marks its dataset only when complete.
 */
@Component
public class DatasetBootstrap {

	private static final Log logger = LogFactory.getLog(DatasetBootstrap.class);

	private final DefaultDataset dataset;

	private final DatasetImporter importer;

	private final CypherRunner cypher;

	private final CypherQueries queries;

	DatasetBootstrap(DefaultDataset dataset, DatasetImporter importer, CypherRunner cypher, CypherQueries queries) {
		this.dataset = dataset;
		this.importer = importer;
		this.cypher = cypher;
		this.queries = queries;
	}

	/**
	 * Generates and imports the default dataset when the graph holds none and bootstrapping is on. After a bulk first
	 * start the graph already holds it, with its marker, and this finds nothing to do.
	 */
	public void loadIfNone() throws IOException {
		if (!this.dataset.wanted()) {
			return;
		}
		List<String> imported = this.cypher.read(this.queries.get("importer/dataset-ids"), Map.of(),
				record -> record.get("id").asString());
		if (!imported.isEmpty()) {
			logger.info("Dataset(s) in the graph: " + imported + "; nothing to bootstrap");
			return;
		}
		long started = System.nanoTime();
		Path directory = this.dataset.generated();
		logger.info("First start: importing " + directory);
		ImportResult result = this.importer.importDataset(new ImportOptions(directory, false,
				directory.resolve("import-report.json"), this.dataset.nutsVersion()));
		if (!result.written()) {
			throw new IllegalStateException("The default dataset in " + directory + " did not validate:\n"
					+ result.describe());
		}
		logger.info(result.describe());
		logger.info(String.format(Locale.ROOT, "First start: default dataset ready in %.1f s",
				(System.nanoTime() - started) / 1e9));
	}

}
