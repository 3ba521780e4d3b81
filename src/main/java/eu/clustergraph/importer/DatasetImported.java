package eu.clustergraph.importer;

import java.nio.file.Path;
import java.util.Set;

/**
 * Published after a dataset was written to the graph, so features that keep data derived from it (such as the
 * cluster cooperation ties) bring it up to date, in the importer's thread, before the import reports success. It
 * names what the import wrote, so derived data can be brought up to date for those parts only.
 *
 * @param directory the dataset directory
 * @param clusters the clusters the import wrote, gave members or agreements, or added to partnerships
 * @param companies the companies whose cooperation or supply links it wrote
 * @param partnerships the partnerships it wrote or added partners to
 */
public record DatasetImported(Path directory, Set<String> clusters, Set<String> companies, Set<String> partnerships) {
}
