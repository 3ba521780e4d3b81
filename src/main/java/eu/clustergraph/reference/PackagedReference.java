package eu.clustergraph.reference;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The codes of the packaged reference files, read from the files rather than the graph: for the bulk first start,
 * which validates and writes the default dataset before the database exists. {@link ReferenceCodes} answers the same
 * from the graph once the reference data is loaded.
 */
public final class PackagedReference {

	private final List<Map<String, Object>> regions = ReferenceRecords.regions();

	private final Map<String, String> activitySections = sections(ReferenceRecords.activities());

	private final Set<String> ecosystems = ids(ReferenceRecords.ecosystems(), "id");

	private final Set<String> valueChains;

	private final Set<String> stages;

	private final Set<String> programmes = ids(ReferenceRecords.partnershipProgrammes(), "id");

	public PackagedReference() {
		Set<String> activityCodes = this.activitySections.keySet();
		this.valueChains = ids(ReferenceRecords.valueChains(activityCodes, this.ecosystems), "id");
		this.stages = ids(ReferenceRecords.stages(activityCodes, this.valueChains), "id");
	}

	/** The region codes of one NUTS version. */
	public Set<String> regions(int nutsVersion) {
		return this.regions.stream()
			.filter(row -> ((Number) row.get("version")).intValue() == nutsVersion)
			.map(row -> (String) row.get("code"))
			.collect(Collectors.toSet());
	}

	/** Every NACE code with its section letter. */
	public Map<String, String> activitySections() {
		return this.activitySections;
	}

	public Set<String> ecosystems() {
		return this.ecosystems;
	}

	public Set<String> valueChains() {
		return this.valueChains;
	}

	public Set<String> stages() {
		return this.stages;
	}

	public Set<String> partnershipProgrammes() {
		return this.programmes;
	}

	private static Map<String, String> sections(List<Map<String, Object>> activities) {
		Map<String, String> sections = new TreeMap<>();
		for (Map<String, Object> row : activities) {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			sections.put((String) row.get("code"), (String) properties.get("section"));
		}
		return Collections.unmodifiableMap(sections);
	}

	private static Set<String> ids(List<Map<String, Object>> rows, String key) {
		return rows.stream().map(row -> (String) row.get(key)).collect(Collectors.toSet());
	}

}
