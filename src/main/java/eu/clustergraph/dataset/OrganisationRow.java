package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.bool;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A research centre, university, public body or intermediary ({@code organisations.csv}); its region is optional. */
public record OrganisationRow(String id, String name, String type, String region, boolean synthetic)
		implements NodeRow {

	public static OrganisationRow read(CsvRow row) {
		return new OrganisationRow(row.required("id"), row.required("name"),
				row.requiredOneOf("type", Vocabulary.ORGANISATION_TYPES), row.text("region"),
				row.bool("synthetic", false));
	}

	@Override
	public String[] fields() {
		return new String[] { this.id, text(this.name), text(this.type), text(this.region), bool(this.synthetic) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("id", this.id, "region", this.region, "properties",
				map("name", this.name, "type", this.type, "synthetic", this.synthetic));
	}

}
