package eu.clustergraph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.gaps.CooperationGap.Fact;
import eu.clustergraph.gaps.CooperationGap.ScorePart;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * {@code UNORGANISED_STRENGTH}: NUTS 2 regions specialised in an ecosystem, by the location quotient of cluster member
 * employment (the region's share of its member employment in the ecosystem over the EU's share), at least
 * {@value #MIN_QUOTIENT}, and with no cluster organisation of that ecosystem. A company counts in every ecosystem
 * whose working-map NACE codes cover its class. A cell needs {@value #MIN_COMPANIES} member companies, so one firm
 * cannot make a specialisation. Scored 1 - 1 / LQ. Two statements; the quotients are computed in memory.
 */
@Component
class UnorganisedStrength implements GapFinder {

	static final double MIN_QUOTIENT = 1.25;

	static final int MIN_COMPANIES = 3;

	private final CypherRunner cypher;

	private final NamedQuery employment;

	private final NamedQuery presence;

	UnorganisedStrength(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.employment = queries.get("gaps/member-employment");
		this.presence = queries.get("gaps/ecosystem-presence");
	}

	@Override
	public GapKind kind() {
		return GapKind.UNORGANISED_STRENGTH;
	}

	private record Cell(long employees, long companies) {

		Cell plus(Cell other) {
			return new Cell(this.employees + other.employees, this.companies + other.companies);
		}

	}

	@Override
	public List<CooperationGap> find(GapQuery query, GapReference reference) {
		record Presence(List<String> regionEcosystems, List<String[]> map) {
		}
		Presence presence = this.cypher.read(this.presence, Map.of(), record -> new Presence(
				record.get("presence").asList(Value::asString),
				record.get("map").asList(pair -> new String[] { pair.get(0).asString(), pair.get(1).asString() })))
			.get(0);
		Set<String> present = new HashSet<>(presence.regionEcosystems());
		record Row(String region, String nace, Cell cell) {
		}
		List<Row> rows = this.cypher.read(this.employment, Map.of(),
				record -> new Row(record.get("region").asString(), record.get("nace").asString(""),
						new Cell(record.get("employees").asLong(), record.get("companies").asLong())));
		Map<String, Cell> byRegionAndEcosystem = new HashMap<>();
		Map<String, Cell> byRegion = new HashMap<>();
		Map<String, Cell> byEcosystem = new HashMap<>();
		Cell total = new Cell(0, 0);
		Map<String, Set<String>> ecosystemsOfClass = new HashMap<>();
		for (Row row : rows) {
			byRegion.merge(row.region(), row.cell(), Cell::plus);
			total = total.plus(row.cell());
			for (String ecosystem : ecosystemsOfClass.computeIfAbsent(row.nace(), code -> ecosystems(code, presence.map()))) {
				byRegionAndEcosystem.merge(row.region() + " " + ecosystem, row.cell(), Cell::plus);
				byEcosystem.merge(ecosystem, row.cell(), Cell::plus);
			}
		}
		long totalEmployees = total.employees();
		List<CooperationGap> gaps = new ArrayList<>();
		byRegionAndEcosystem.forEach((key, cell) -> {
			String region = key.substring(0, key.indexOf(' '));
			String ecosystem = key.substring(key.indexOf(' ') + 1);
			if (!wanted(query, reference, region, ecosystem) || present.contains(key) || cell.companies() < MIN_COMPANIES) {
				return;
			}
			double regionShare = (double) cell.employees() / byRegion.get(region).employees();
			double euShare = (double) byEcosystem.get(ecosystem).employees() / totalEmployees;
			double quotient = regionShare / euShare;
			if (quotient >= MIN_QUOTIENT) {
				gaps.add(gap(reference, region, ecosystem, cell, regionShare, euShare, quotient));
			}
		});
		return gaps;
	}

	private static boolean wanted(GapQuery query, GapReference reference, String region, String ecosystem) {
		return query.inArea(region) && (query.ecosystem() == null || query.ecosystem().equals(ecosystem))
				&& (query.valueChain() == null || reference.drawsOn(query.valueChain(), ecosystem));
	}

	/** The ecosystems whose mapped codes cover a NACE class: the mapped code is the class or above it. */
	private static Set<String> ecosystems(String nace, List<String[]> map) {
		Set<String> ecosystems = new HashSet<>();
		for (String[] entry : map) {
			if (!nace.isEmpty() && nace.startsWith(entry[0])) {
				ecosystems.add(entry[1]);
			}
		}
		return ecosystems;
	}

	private static CooperationGap gap(GapReference reference, String region, String ecosystem, Cell cell,
			double regionShare, double euShare, double quotient) {
		Region nuts2 = reference.regions().get(region);
		String regionName = (nuts2 == null) ? region : nuts2.name() + " (" + region + ")";
		String ecosystemName = reference.ecosystems().containsKey(ecosystem)
				? reference.ecosystems().get(ecosystem).name() : ecosystem;
		return CooperationGap.scored(GapKind.UNORGANISED_STRENGTH,
				List.of(ScorePart.of("specialisation, 1 - 1 / location quotient", 1, 1 - 1 / quotient)),
				regionName + " is specialised in " + ecosystemName + " (location quotient "
						+ String.format(java.util.Locale.ROOT, "%.2f", quotient) + ") but has no cluster organisation in it.",
				List.of(Fact.of("location quotient", quotient), Fact.of("member employees in the ecosystem", cell.employees()),
						Fact.of("member companies in the ecosystem", cell.companies()),
						Fact.of("share of the region's member employment", regionShare),
						Fact.of("share of EU member employment", euShare),
						Fact.of("cluster organisations of the ecosystem in the region", 0)),
				List.of(), List.of(), null, reference.ecosystems().get(ecosystem), nuts2, region.substring(0, 2),
				region + "/" + ecosystem);
	}

}
