package eu.clustergraph.system.graphql.errors;

/** Checks of whole-number arguments shared by the features: a default when absent, an inclusive range. */
public final class Arguments {

	private Arguments() {
	}

	/** The value, or the default when absent; outside {@code min} to {@code max} an error naming the argument. */
	public static int bounded(Integer value, int defaultValue, int min, int max, String argument) {
		int checked = (value == null) ? defaultValue : value;
		if (checked < min || checked > max) {
			throw new InvalidArgumentException(argument,
					"must be between " + min + " and " + max + " (was " + checked + ")");
		}
		return checked;
	}

}
