package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.bool;
import static eu.clustergraph.dataset.CsvFields.decimal;
import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/**
 * A member company ({@code companies.csv}): its seat (NUTS 2 or 3) and its NACE Rev. 2 class. Coordinates and
 * turnover are written at the scale of the format: four decimals, whole euros.
 */
public record CompanyRow(String id, String name, String legalForm, String sizeClass, Long employees,
		Double turnoverEur, Integer founded, Boolean isSme, String region, String nace, Double lon, Double lat,
		boolean synthetic) implements NodeRow {

	/**
	 * An empty {@code is_sme} reads from the size class. Employees outside the size class's headcount are a warning,
	 * or a problem when {@code strictSizeClasses}.
	 */
	public static CompanyRow read(CsvRow row, boolean strictSizeClasses) {
		String size = row.oneOf("size_class", Vocabulary.SIZE_CLASSES);
		Long employees = row.whole("employees", 0, 10_000_000);
		fitsSizeClass(row, size, employees, strictSizeClasses);
		Boolean sme = row.bool("is_sme", null);
		return new CompanyRow(row.required("id"), row.required("name"), row.text("legal_form"), size, employees,
				row.decimal("turnover_eur", 0, 1e13), row.year("founded"),
				(sme != null) ? sme : (size != null) ? !"LARGE".equals(size) : null, row.required("region"),
				row.required("nace"), row.decimal("lon", -180, 180), row.decimal("lat", -90, 90),
				row.bool("synthetic", false));
	}

	private static void fitsSizeClass(CsvRow row, String size, Long employees, boolean strict) {
		Vocabulary.Headcount headcount = Vocabulary.headcount(size);
		if (headcount == null || employees == null || headcount.contains(employees)) {
			return;
		}
		String reason = employees + " employees do not fit size class " + size + " (" + headcount + ")";
		if (strict) {
			row.problem("employees", reason);
		}
		else {
			row.warning("employees", reason + "; loaded as given (--strict-size-classes rejects the row)");
		}
	}

	@Override
	public String[] fields() {
		return new String[] { this.id, text(this.name), text(this.legalForm), text(this.sizeClass),
				number(this.employees), decimal(this.turnoverEur, 0), number(this.founded), bool(this.isSme),
				text(this.region), text(this.nace), decimal(this.lon, 4), decimal(this.lat, 4), bool(this.synthetic) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("id", this.id, "region", this.region, "nace", this.nace, "properties",
				map("name", this.name, "legalForm", this.legalForm, "sizeClass", this.sizeClass, "employees",
						this.employees, "turnoverEur", this.turnoverEur, "founded", this.founded, "isSme", this.isSme,
						"lon", this.lon, "lat", this.lat, "synthetic", this.synthetic));
	}

}
