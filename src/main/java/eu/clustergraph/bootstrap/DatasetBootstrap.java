package eu.clustergraph.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.generator.DatasetGenerator;
import eu.clustergraph.generator.GeneratorOptions;
import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the default dataset when the graph has none: generates it into {@code <data-dir>/datasets/} (unless a
 * complete copy is there) and imports it. An interrupted first start resumes at the next one, because the import
 * marks its dataset only when complete and every write is a MERGE.
 */
@Component
public class DatasetBootstrap {

	private static final Log logger = LogFactory.getLog(DatasetBootstrap.class);

	private final DatasetBootstrapProperties properties;

	private final ClusterGraphProperties application;

	private final DatasetImporter importer;

	private final CypherRunner cypher;

	private final CypherQueries queries;

	DatasetBootstrap(DatasetBootstrapProperties properties, ClusterGraphProperties application,
			DatasetImporter importer, CypherRunner cypher, CypherQueries queries) {
		this.properties = properties;
		this.application = application;
		this.importer = importer;
		this.cypher = cypher;
		this.queries = queries;
	}

	/** Generates and imports the default dataset when the graph holds none and bootstrapping is on. */
	public void loadIfNone() throws IOException {
		if (!this.properties.bootstrap()) {
			return;
		}
		Path directory = this.application.dataDir()
			.resolve("datasets")
			.resolve("synthetic-" + this.properties.companies() + "-" + this.properties.seed()
					+ (this.properties.real() ? "-real" : ""));
		List<String> imported = this.cypher.read(this.queries.get("importer/dataset-ids"), Map.of(),
				record -> record.get("id").asString());
		if (!imported.isEmpty()) {
			logger.info("Dataset(s) in the graph: " + imported + "; nothing to bootstrap");
			return;
		}
		long started = System.nanoTime();
		if (!Files.exists(directory.resolve("manifest.json"))) {
			logger.info("First start: generating the default dataset (" + this.properties.companies()
					+ " companies, seed " + this.properties.seed() + ") into " + directory);
			GeneratorOptions options = GeneratorOptions.of(this.properties.companies(), null, 170,
					this.properties.seed(), this.application.nutsVersion(), Runtime.getRuntime().availableProcessors());
			DatasetGenerator generator = this.properties.real() ? DatasetGenerator.aroundPackagedRealSet(options)
					: new DatasetGenerator(options);
			logger.info(generator.generate(directory).describe());
		}
		logger.info("First start: importing " + directory);
		ImportResult result = this.importer.importDataset(new ImportOptions(directory, false,
				directory.resolve("import-report.json"), this.application.nutsVersion()));
		if (!result.written()) {
			throw new IllegalStateException("The default dataset in " + directory + " did not validate:\n"
					+ result.describe());
		}
		logger.info(result.describe());
		logger.info(String.format(Locale.ROOT, "First start: default dataset ready in %.1f s", (System.nanoTime() - started) / 1e9));
	}

}
