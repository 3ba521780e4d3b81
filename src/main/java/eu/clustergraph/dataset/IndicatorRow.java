package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.bool;
import static eu.clustergraph.dataset.CsvFields.decimal;
import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A regional indicator's value in a year ({@code indicators.csv}), written with three decimals. */
public record IndicatorRow(String region, String indicator, Integer year, Double value, String unit, String source,
		boolean synthetic) implements DatasetRow {

	public static IndicatorRow read(CsvRow row) {
		return new IndicatorRow(row.required("region"), row.required("indicator"), row.requiredYear("year"),
				row.requiredDecimal("value", -1e15, 1e15), row.text("unit"), row.text("source"),
				row.bool("synthetic", false));
	}

	/** What identifies the value: one per region, indicator and year. */
	public String id() {
		return this.region + "|" + this.indicator + "|" + this.year;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.region), text(this.indicator), number(this.year), decimal(this.value, 3),
				text(this.unit), text(this.source), bool(this.synthetic) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("id", id(), "region", this.region, "properties",
				map("indicator", this.indicator, "year", this.year, "value", this.value, "unit", this.unit,
						"source", this.source, "synthetic", this.synthetic));
	}

}
