package eu.clustergraph.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * How values are written into dataset fields, so that the bytes depend only on the data: empty for null, whole
 * numbers in ASCII digits, decimals from the exact binary value at a fixed scale (never {@code Double.toString},
 * whose digits changed across JDKs).
 */
public final class CsvFields {

	private CsvFields() {
	}

	public static String text(String value) {
		return (value == null) ? "" : value;
	}

	public static String number(Number whole) {
		return (whole == null) ? "" : Long.toString(whole.longValue());
	}

	public static String decimal(Double value, int scale) {
		return (value == null) ? "" : new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
	}

	public static String bool(Boolean value) {
		return (value == null) ? "" : value.toString();
	}

	/** A map of query parameters that keeps nulls (Cypher's {@code SET +=} removes a property set to null). */
	static Map<String, Object> map(Object... namesAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}
