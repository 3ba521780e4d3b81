package eu.clustergraph.dataset;

import java.util.Map;

/**
 * One row of a dataset file, typed: the generator writes its {@link #fields()}, the importer reads it from a
 * {@link CsvRow} (each record's {@code read}) and loads its {@link #parameters()} with its file's
 * {@link DatasetFile#mergeQuery() merge query}.
 */
public sealed interface DatasetRow permits NodeRow, LinkRow, IndicatorRow, RegionalActivityRow {

	/** The fields in the order of {@link DatasetFile#header()}. */
	String[] fields();

	/** The row as one element of the merge query's {@code $rows}. */
	Map<String, Object> parameters();

}
