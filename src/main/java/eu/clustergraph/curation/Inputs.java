package eu.clustergraph.curation;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

/**
 * The checks of curated values, the importer's for the same columns: text stripped (empty reads as none), years
 * 1800 to 2100, ranges, ids of letters, digits, {@code -} and {@code _}, seats of NUTS 2 or 3. Each failure names
 * the field as {@code input.field}.
 */
final class Inputs {

	private static final int MAX_TEXT = 10_000;

	private final Map<String, Object> input;

	private final String argument;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private Inputs(Map<String, Object> input, String argument) {
		this.input = input;
		this.argument = argument;
	}

	static Inputs of(Map<String, Object> input) {
		return new Inputs(input, "input");
	}

	/** An id a new record takes: required, 1 to 32 letters, digits, {@code -} or {@code _}. */
	static String id(String value, String argument) {
		String id = (value == null) ? null : value.strip();
		if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
			throw new InvalidArgumentException(argument,
					"must be 1 to 32 letters, digits, '-' or '_' (was '" + value + "')");
		}
		return id;
	}

	/** A year, 1800 to 2100, or null. */
	static Integer year(Integer year, String argument) {
		if (year != null && (year < 1800 || year > 2100)) {
			throw new InvalidArgumentException(argument, "must be a year from 1800 to 2100 (was " + year + ")");
		}
		return year;
	}

	/** A seat: a NUTS 2 or NUTS 3 region of the service's version. */
	static String seat(String code, ReferenceCodes codes, int nutsVersion, String argument) {
		String region = codes.requireRegion(code.strip(), nutsVersion, argument);
		if (region.length() < 4) {
			throw new InvalidArgumentException(argument, "'" + region + "' is a " + ((region.length() == 2) ? "country"
					: "NUTS 1") + " code; give the NUTS 2 or NUTS 3 region of the seat (such as DE11 or DE111)");
		}
		return region;
	}

	boolean has(String field) {
		return this.input.containsKey(field);
	}

	Object raw(String field) {
		return this.input.get(field);
	}

	String path(String field) {
		return this.argument + "." + field;
	}

	/** Text, stripped, kept when given; required text may not be left empty. */
	Inputs text(String field, boolean required) {
		if (!has(field)) {
			return this;
		}
		Object value = raw(field);
		String text = (value == null) ? null : value.toString().strip();
		if (text != null && text.isEmpty()) {
			text = null;
		}
		if (required && text == null) {
			throw new InvalidArgumentException(path(field), "is required and may not be empty");
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidArgumentException(path(field),
					"is " + text.length() + " characters long; at most " + MAX_TEXT + " are kept");
		}
		this.properties.put(field, text);
		return this;
	}

	/** A year, kept when given. */
	Inputs year(String field) {
		if (has(field)) {
			this.properties.put(field, year((Integer) raw(field), path(field)));
		}
		return this;
	}

	/** A decimal in a range, kept when given. */
	Inputs decimal(String field, double min, double max) {
		if (has(field)) {
			Double value = (raw(field) == null) ? null : ((Number) raw(field)).doubleValue();
			if (value != null && (value.isNaN() || value < min || value > max)) {
				throw new InvalidArgumentException(path(field),
						"must be from " + (long) min + " to " + (long) max + " (was " + value + ")");
			}
			this.properties.put(field, value);
		}
		return this;
	}

	/** An enum value (the schema has checked it), kept when given; required ones may not be null. */
	Inputs value(String field, boolean required) {
		if (has(field)) {
			Object value = raw(field);
			if (required && value == null) {
				throw new InvalidArgumentException(path(field), "is required and may not be null");
			}
			this.properties.put(field, (value == null) ? null : value.toString());
		}
		return this;
	}

	/** The properties read so far, by field: a null value removes the property. */
	Map<String, Object> properties() {
		return this.properties;
	}

}
