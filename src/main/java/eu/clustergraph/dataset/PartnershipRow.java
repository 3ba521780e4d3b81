package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.bool;
import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A partnership of clusters ({@code partnerships.csv}), such as a Euroclusters project, with its programme. */
public record PartnershipRow(String id, String kind, String name, String programme, Integer startYear,
		Integer endYear, boolean synthetic) implements NodeRow {

	public static PartnershipRow read(CsvRow row) {
		String kind = row.requiredOneOf("kind", Vocabulary.PARTNERSHIP_KINDS);
		Integer start = row.year("start_year");
		Integer end = row.year("end_year");
		if (start != null && end != null && end < start) {
			row.problem("end_year", "ends (" + end + ") before it starts (" + start + ")");
		}
		return new PartnershipRow(row.required("id"), kind, row.required("name"), row.text("programme"), start, end,
				row.bool("synthetic", false));
	}

	@Override
	public String[] fields() {
		return new String[] { this.id, text(this.kind), text(this.name), text(this.programme), number(this.startYear),
				number(this.endYear), bool(this.synthetic) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("id", this.id, "programme", this.programme, "properties",
				map("kind", this.kind, "name", this.name, "startYear", this.startYear, "endYear", this.endYear,
						"synthetic", this.synthetic));
	}

}
