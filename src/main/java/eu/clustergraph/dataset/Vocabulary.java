package eu.clustergraph.dataset;

import java.util.List;

/** The closed value sets of the dataset format (graph model in DESIGN.md). */
public final class Vocabulary {

	public static final List<String> SIZE_CLASSES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	public static final List<String> EXCELLENCE_LABELS = List.of("NONE", "BRONZE", "SILVER", "GOLD");

	public static final List<String> ORGANISATION_TYPES = List.of("RESEARCH", "UNIVERSITY", "PUBLIC", "INTERMEDIARY");

	public static final List<String> PARTNERSHIP_KINDS = List.of("EUROCLUSTER", "ESCP_4I", "ESCP_4X", "ESCP_S3", "OTHER");

	public static final List<String> COOPERATION_TYPES = List.of("PROJECT", "KNOWLEDGE", "SUPPLY");

	public static final List<String> PARTNERSHIP_ROLES = List.of("COORDINATOR", "PARTNER");

	public static final List<String> INDICATORS = List.of("RD_GDP", "PATENTS_PER_MILLION", "HRST_SHARE",
			"DIGITAL_READINESS", "GREEN_READINESS");

	private Vocabulary() {
	}

}
