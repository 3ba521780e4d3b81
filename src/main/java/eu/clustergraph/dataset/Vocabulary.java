package eu.clustergraph.dataset;

import java.util.List;

/** The closed value sets of the dataset format (graph model in DESIGN.md). */
public final class Vocabulary {

	public static final List<String> SIZE_CLASSES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	/**
	 * The headcount of each size class, in {@link #SIZE_CLASSES} order, by the EU's definition (Recommendation
	 * 2003/361/EC): what the generator draws and what the importer checks.
	 */
	public static final List<Headcount> SIZE_CLASS_HEADCOUNTS = List.of(new Headcount(0, 9), new Headcount(10, 49),
			new Headcount(50, 249), new Headcount(250, Integer.MAX_VALUE));

	public static final List<String> EXCELLENCE_LABELS = List.of("NONE", "BRONZE", "SILVER", "GOLD");

	public static final List<String> ORGANISATION_TYPES = List.of("RESEARCH", "UNIVERSITY", "PUBLIC", "INTERMEDIARY");

	public static final List<String> PARTNERSHIP_KINDS = List.of("EUROCLUSTER", "ESCP_4I", "ESCP_4X", "ESCP_S3", "OTHER");

	public static final List<String> COOPERATION_TYPES = List.of("PROJECT", "KNOWLEDGE", "SUPPLY");

	public static final List<String> PARTNERSHIP_ROLES = List.of("COORDINATOR", "PARTNER");

	public static final List<String> INDICATORS = List.of("RD_GDP", "PATENTS_PER_MILLION", "HRST_SHARE",
			"DIGITAL_READINESS", "GREEN_READINESS");

	private Vocabulary() {
	}

	/** The headcount of a size class, or null for a value outside {@link #SIZE_CLASSES}. */
	public static Headcount headcount(String sizeClass) {
		int index = SIZE_CLASSES.indexOf(sizeClass);
		return (index < 0) ? null : SIZE_CLASS_HEADCOUNTS.get(index);
	}

	/** An inclusive range of employees; {@code max} is {@link Integer#MAX_VALUE} for "or more". */
	public record Headcount(int min, int max) {

		public boolean contains(long employees) {
			return employees >= this.min && employees <= this.max;
		}

		@Override
		public String toString() {
			return (this.max == Integer.MAX_VALUE) ? this.min + " or more" : this.min + " to " + this.max;
		}

	}

}
