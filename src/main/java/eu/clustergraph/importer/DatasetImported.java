package eu.clustergraph.importer;

import java.nio.file.Path;

/**
 * Published after a dataset was written to the graph, so features that keep data derived from it (such as the
 * cluster cooperation ties) bring it up to date, in the importer's thread, before the import reports success.
 *
 * @param directory the dataset directory
 */
public record DatasetImported(Path directory) {
}
