package eu.clustergraph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import eu.clustergraph.dataset.RegionalSpecialisation;
import eu.clustergraph.gaps.CooperationGap.Fact;
import eu.clustergraph.gaps.CooperationGap.ScorePart;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * {@code UNORGANISED_STRENGTH}: NUTS 2 regions specialised in an ecosystem with no cluster organisation of that
 * ecosystem. Specialised means {@link RegionalSpecialisation}: the location quotient of employment in the ecosystem's
 * NACE divisions (the region's share of its employment over the EU's share) is at least 1.5, over a floor on
 * employees and establishments, read from the regional activity layer ({@code regional_activity.csv}): the whole
 * regional economy, so a region can be strong where no cluster recruits. A dataset without that layer falls back to
 * cluster member employment (a floor of {@value #MIN_MEMBER_COMPANIES} member companies), and every gap says which
 * basis it used. Scored 1 - 1 / LQ. Two statements; the quotients are computed in memory.
 */
@Component
class UnorganisedStrength implements GapFinder {

	static final int MIN_MEMBER_COMPANIES = 3;

	private final CypherRunner cypher;

	private final NamedQuery regional;

	private final NamedQuery members;

	private final NamedQuery presence;

	UnorganisedStrength(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.regional = queries.get("gaps/regional-employment");
		this.members = queries.get("gaps/member-employment");
		this.presence = queries.get("gaps/ecosystem-presence");
	}

	@Override
	public GapKind kind() {
		return GapKind.UNORGANISED_STRENGTH;
	}

	/** What the quotients are computed from, and how it names its units. */
	enum Basis {

		REGIONAL_ACTIVITY("regional employment (regional_activity.csv)", "establishments"),
		CLUSTER_MEMBERS("cluster member employment (no regional activity loaded)", "member companies");

		private final String description;

		private final String units;

		Basis(String description, String units) {
			this.description = description;
			this.units = units;
		}

	}

	/** Employees and establishments (member companies on the member basis) of one region in one activity or ecosystem. */
	private record Cell(long employees, long units) {

		Cell plus(Cell other) {
			return new Cell(this.employees + other.employees, this.units + other.units);
		}

	}

	private record Row(String region, String code, Cell cell) {
	}

	@Override
	public List<CooperationGap> find(GapQuery query, GapReference reference) {
		record Presence(Set<String> regionEcosystems, List<String[]> map) {
		}
		Presence presence = this.cypher.read(this.presence, Map.of(), record -> new Presence(
				new HashSet<>(record.get("presence").asList(Value::asString)),
				record.get("map").asList(pair -> new String[] { pair.get(0).asString(), pair.get(1).asString() })))
			.get(0);
		Basis basis = Basis.REGIONAL_ACTIVITY;
		List<Row> rows = this.cypher.read(this.regional, Map.of(), record -> new Row(record.get("region").asString(),
				record.get("division").asString(),
				new Cell(record.get("employees").asLong(), record.get("establishments").asLong())));
		// a division lies in an ecosystem when a mapped code lies in it; a member's class when it lies under one
		BiPredicate<String, String> inEcosystem = (division, mapped) -> mapped.startsWith(division);
		if (rows.isEmpty()) {
			basis = Basis.CLUSTER_MEMBERS;
			rows = this.cypher.read(this.members, Map.of(), record -> new Row(record.get("region").asString(),
					record.get("nace").asString(""),
					new Cell(record.get("employees").asLong(), record.get("companies").asLong())));
			inEcosystem = (nace, mapped) -> !nace.isEmpty() && nace.startsWith(mapped);
		}
		Map<String, Cell> byRegionAndEcosystem = new HashMap<>();
		Map<String, Long> byRegion = new HashMap<>();
		Map<String, Long> byEcosystem = new HashMap<>();
		long total = 0;
		Map<String, Set<String>> ecosystemsOfCode = new HashMap<>();
		for (Row row : rows) {
			byRegion.merge(row.region(), row.cell().employees(), Long::sum);
			total += row.cell().employees();
			BiPredicate<String, String> covers = inEcosystem;
			for (String ecosystem : ecosystemsOfCode.computeIfAbsent(row.code(),
					code -> ecosystems(code, presence.map(), covers))) {
				byRegionAndEcosystem.merge(row.region() + " " + ecosystem, row.cell(), Cell::plus);
				byEcosystem.merge(ecosystem, row.cell().employees(), Long::sum);
			}
		}
		List<CooperationGap> gaps = new ArrayList<>();
		for (Map.Entry<String, Cell> entry : byRegionAndEcosystem.entrySet()) {
			String key = entry.getKey();
			Cell cell = entry.getValue();
			String region = key.substring(0, key.indexOf(' '));
			String ecosystem = key.substring(key.indexOf(' ') + 1);
			if (!wanted(query, reference, region, ecosystem) || presence.regionEcosystems().contains(key)
					|| byRegion.get(region) == 0) {
				continue;
			}
			double regionShare = (double) cell.employees() / byRegion.get(region);
			double euShare = (double) byEcosystem.get(ecosystem) / total;
			double quotient = regionShare / euShare;
			boolean specialised = (basis == Basis.REGIONAL_ACTIVITY)
					? RegionalSpecialisation.holds(quotient, cell.employees(), cell.units())
					: quotient >= RegionalSpecialisation.MIN_QUOTIENT && cell.units() >= MIN_MEMBER_COMPANIES;
			if (specialised) {
				gaps.add(gap(reference, basis, region, ecosystem, cell, regionShare, euShare, quotient));
			}
		}
		return gaps;
	}

	/**
	 * Whether a region's cell is asked for: in the area at any NUTS level (a country or NUTS 1 code contains the
	 * region; a NUTS 3 code lies in it, and the region's figures are the nearest there are).
	 */
	private static boolean wanted(GapQuery query, GapReference reference, String region, String ecosystem) {
		String area = query.area();
		boolean inArea = area == null || region.startsWith(area) || area.startsWith(region);
		return inArea && (query.ecosystem() == null || query.ecosystem().equals(ecosystem))
				&& (query.valueChain() == null || reference.drawsOn(query.valueChain(), ecosystem));
	}

	private static Set<String> ecosystems(String code, List<String[]> map, BiPredicate<String, String> covers) {
		Set<String> ecosystems = new HashSet<>();
		for (String[] entry : map) {
			if (covers.test(code, entry[0])) {
				ecosystems.add(entry[1]);
			}
		}
		return ecosystems;
	}

	private static CooperationGap gap(GapReference reference, Basis basis, String region, String ecosystem, Cell cell,
			double regionShare, double euShare, double quotient) {
		Region nuts2 = reference.regions().get(region);
		String regionName = (nuts2 == null) ? region : nuts2.name() + " (" + region + ")";
		String ecosystemName = reference.ecosystems().containsKey(ecosystem)
				? reference.ecosystems().get(ecosystem).name() : ecosystem;
		return CooperationGap.scored(GapKind.UNORGANISED_STRENGTH,
				List.of(ScorePart.of("specialisation, 1 - 1 / location quotient", 1, 1 - 1 / quotient)),
				regionName + " is specialised in " + ecosystemName + " (location quotient "
						+ String.format(Locale.ROOT, "%.2f", quotient) + ") but has no cluster organisation in it.",
				List.of(Fact.of("location quotient", quotient), Fact.of("basis", basis.description),
						Fact.of("employees in the ecosystem", cell.employees()),
						Fact.of(basis.units + " in the ecosystem", cell.units()),
						Fact.of("share of the region's employment", regionShare),
						Fact.of("share of EU employment", euShare),
						Fact.of("cluster organisations of the ecosystem in the region", 0)),
				List.of(), List.of(), null, reference.ecosystems().get(ecosystem), nuts2, region.substring(0, 2),
				region + "/" + ecosystem);
	}

}
