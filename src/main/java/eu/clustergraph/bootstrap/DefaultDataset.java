package eu.clustergraph.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.clustergraph.generator.DatasetGenerator;
import eu.clustergraph.generator.GeneratorOptions;
import eu.clustergraph.system.ClusterGraphProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The first-start dataset: where it lives ({@code <data-dir>/datasets/synthetic-<companies>-<seed>[-real]}) and how
 * it is generated when no complete copy is there. Both ways of loading it (the bulk first start and the online
 * bootstrap) start here.
 */
@Component
class DefaultDataset {

	private static final Log logger = LogFactory.getLog(DefaultDataset.class);

	private final DatasetBootstrapProperties properties;

	private final ClusterGraphProperties application;

	DefaultDataset(DatasetBootstrapProperties properties, ClusterGraphProperties application) {
		this.properties = properties;
		this.application = application;
	}

	boolean wanted() {
		return this.properties.bootstrap();
	}

	/** The dataset's directory, generated first unless a complete copy (its manifest written last) is there. */
	Path generated() throws IOException {
		Path directory = this.application.dataDir()
			.resolve("datasets")
			.resolve("synthetic-" + this.properties.companies() + "-" + this.properties.seed()
					+ (this.properties.real() ? "-real" : ""));
		if (!Files.exists(directory.resolve("manifest.json"))) {
			logger.info("First start: generating the default dataset (" + this.properties.companies()
					+ " companies, seed " + this.properties.seed() + ") into " + directory);
			GeneratorOptions options = GeneratorOptions.of(this.properties.companies(), null, 170,
					this.properties.seed(), this.application.nutsVersion(), Runtime.getRuntime().availableProcessors());
			DatasetGenerator generator = this.properties.real() ? DatasetGenerator.aroundPackagedRealSet(options)
					: new DatasetGenerator(options);
			logger.info(generator.generate(directory).describe());
		}
		return directory;
	}

	int nutsVersion() {
		return this.application.nutsVersion();
	}

	boolean bulk() {
		return this.properties.bulk();
	}

}
