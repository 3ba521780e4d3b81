package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.bool;
import static eu.clustergraph.dataset.CsvFields.decimal;
import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A cluster organisation ({@code clusters.csv}); {@code region} is its seat, NUTS 2 or 3. */
public record ClusterRow(String id, String name, String acronym, String description, Integer founded,
		String legalForm, Double staffFte, String excellenceLabel, String website, String region, boolean synthetic,
		String source) implements NodeRow {

	/** An empty label reads as {@code NONE}. */
	public static ClusterRow read(CsvRow row) {
		String label = row.oneOf("excellence_label", Vocabulary.EXCELLENCE_LABELS);
		return new ClusterRow(row.required("id"), row.required("name"), row.text("acronym"), row.text("description"),
				row.year("founded"), row.text("legal_form"), row.decimal("staff_fte", 0, 100_000),
				(label == null) ? "NONE" : label, row.text("website"), row.required("region"),
				row.bool("synthetic", false), row.text("source"));
	}

	@Override
	public String[] fields() {
		return new String[] { this.id, text(this.name), text(this.acronym), text(this.description),
				number(this.founded), text(this.legalForm), decimal(this.staffFte, 1), text(this.excellenceLabel),
				text(this.website), text(this.region), bool(this.synthetic), text(this.source) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("id", this.id, "region", this.region, "properties",
				map("name", this.name, "acronym", this.acronym, "description", this.description, "founded",
						this.founded, "legalForm", this.legalForm, "staffFte", this.staffFte, "excellenceLabel",
						this.excellenceLabel, "website", this.website, "synthetic", this.synthetic, "source",
						this.source));
	}

}
