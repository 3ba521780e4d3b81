package eu.clustergraph.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The packaged reference files read once: their rows, which the reference data step loads into the graph
 * ({@link ReferenceDataLoader}) and the bulk first start writes with its store, and their codes, which the bulk
 * first start validates the default dataset against before the database exists. {@link ReferenceCodes} answers the
 * codes from the graph once the reference data is loaded.
 */
public final class PackagedReference {

	private final List<Map<String, Object>> regions = ReferenceRecords.regions();

	private final List<Map<String, Object>> activities = ReferenceRecords.activities();

	private final Map<String, String> activitySections = sections(this.activities);

	private final List<Map<String, Object>> ecosystemRows = ReferenceRecords.ecosystems();

	private final Set<String> ecosystems = ids(this.ecosystemRows, "id");

	private final List<Map<String, Object>> activityEcosystems;

	private final List<Map<String, Object>> valueChainRows;

	private final Set<String> valueChains;

	private final List<Map<String, Object>> stageRows;

	private final Set<String> stages;

	private final List<Map<String, Object>> programmeRows = ReferenceRecords.partnershipProgrammes();

	private final Set<String> programmes = ids(this.programmeRows, "id");

	public PackagedReference() {
		Set<String> activityCodes = this.activitySections.keySet();
		this.activityEcosystems = ReferenceRecords.activityEcosystems(activityCodes, this.ecosystems);
		this.valueChainRows = ReferenceRecords.valueChains(activityCodes, this.ecosystems);
		this.valueChains = ids(this.valueChainRows, "id");
		Map<String, Integer> chainOrdinals = new HashMap<>();
		for (Map<String, Object> chain : this.valueChainRows) {
			chainOrdinals.put((String) chain.get("id"), (Integer) ((Map<?, ?>) chain.get("properties")).get("ordinal"));
		}
		this.stageRows = ReferenceRecords.stages(activityCodes, chainOrdinals);
		this.stages = ids(this.stageRows, "id");
	}

	/**
	 * The rows the reference data step loads (each kind's {@code merge-} or {@code link-} query under
	 * {@code cypher/queries/reference}) and the bulk first start writes: regions of every NUTS version, with their
	 * parents.
	 */
	public List<Map<String, Object>> regionRows() {
		return this.regions;
	}

	/** NACE activities with their parents. */
	public List<Map<String, Object>> activityRows() {
		return this.activities;
	}

	public List<Map<String, Object>> ecosystemRows() {
		return this.ecosystemRows;
	}

	/** The working map: activity, ecosystem, weight and basis. */
	public List<Map<String, Object>> activityEcosystemRows() {
		return this.activityEcosystems;
	}

	/** Value chains with their ecosystems and key activities. */
	public List<Map<String, Object>> valueChainRows() {
		return this.valueChainRows;
	}

	/** Stages with their value chain, key activities and the stages they follow. */
	public List<Map<String, Object>> stageRows() {
		return this.stageRows;
	}

	public List<Map<String, Object>> partnershipProgrammeRows() {
		return this.programmeRows;
	}

	/** How many of each the reference data step reports, as its marker stores them. */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("regions", this.regions.size());
		counts.put("activities", this.activities.size());
		counts.put("ecosystems", this.ecosystemRows.size());
		counts.put("ecosystemActivities", this.activityEcosystems.size());
		counts.put("valueChains", this.valueChainRows.size());
		counts.put("stages", this.stageRows.size());
		counts.put("partnershipProgrammes", this.programmeRows.size());
		return counts;
	}

	/**
	 * What the reference data step writes from the files, besides the files themselves: when it changes, stores
	 * loaded before see another checksum and load the reference data again. 2: stages carry their value chain.
	 */
	private static final int LOADED_FORM = 2;

	/**
	 * The checksum of the packaged reference files and of the form they are loaded in, by which the reference data
	 * step knows them loaded.
	 */
	public static String checksum() {
		return ReferenceFiles.checksum() + "/form-" + LOADED_FORM;
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
