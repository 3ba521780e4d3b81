package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.bool;
import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/**
 * Employment of the whole regional economy in one NUTS 2 region and NACE division ({@code regional_activity.csv}),
 * the level Eurostat's regional business statistics publish and the gap finder reads.
 */
public record RegionalActivityRow(String region, String division, Long employees, Long establishments, String source,
		boolean synthetic) implements DatasetRow {

	public static RegionalActivityRow read(CsvRow row) {
		return new RegionalActivityRow(row.required("region"), row.required("division"),
				row.requiredWhole("employees", 0, 100_000_000), row.requiredWhole("establishments", 0, 100_000_000),
				row.text("source"), row.bool("synthetic", false));
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.region), text(this.division), number(this.employees),
				number(this.establishments), text(this.source), bool(this.synthetic) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("region", this.region, "division", this.division, "properties",
				map("employees", this.employees, "establishments", this.establishments, "source", this.source,
						"synthetic", this.synthetic));
	}

}
