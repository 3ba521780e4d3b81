package eu.clustergraph.system.neo4j;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Fills the embedded database's store before its very first start, while it does not exist yet: Neo4j's batch
 * importer writes only a store that does not exist. Called at most once per store, with the Neo4j home directory,
 * after the directory and the Bolt port have been checked.
 */
public interface StoreSeed {

	void seed(Path neo4jHome) throws IOException;

}
