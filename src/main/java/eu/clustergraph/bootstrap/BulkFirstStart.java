package eu.clustergraph.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import eu.clustergraph.importer.BulkImport;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.system.neo4j.StoreSeed;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The first start on an embedded database whose store does not exist yet: the default dataset, generated if need
 * be, is written into a new store by Neo4j's batch importer before the database starts ({@link BulkImport}). The
 * start-up sequence then runs as always: the migrations create the schema, and the reference data, dataset and tie
 * steps find the store's markers (the import wrote the reference data and the ties too) and have nothing to do. Only
 * the service does this: a command-line job has no web server, and works on the store as it finds it.
 */
@Component
@ConditionalOnWebApplication
class BulkFirstStart implements StoreSeed {

	private static final Log logger = LogFactory.getLog(BulkFirstStart.class);

	private final DefaultDataset dataset;

	BulkFirstStart(DefaultDataset dataset) {
		this.dataset = dataset;
	}

	@Override
	public void seed(Path neo4jHome) throws IOException {
		if (!this.dataset.wanted() || !this.dataset.bulk()) {
			return;
		}
		long started = System.nanoTime();
		Path directory = this.dataset.generated();
		logger.info("First start: batch import of " + directory + " into a new store");
		ImportResult result = BulkImport.intoNewStore(neo4jHome, directory, this.dataset.nutsVersion());
		if (!result.written()) {
			throw new IllegalStateException("The default dataset in " + directory + " did not validate:\n"
					+ result.describe());
		}
		logger.info(String.format(Locale.ROOT, "First start: batch import of the default dataset took %.1f s",
				(System.nanoTime() - started) / 1e9));
	}

}
