package eu.clustergraph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.gaps.CooperationGap.Fact;
import eu.clustergraph.gaps.CooperationGap.ScorePart;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * {@code STAGE_COVERAGE}: with a country or region, the stages it has no cluster in although its companies work in
 * them (DESIGN.md; a stage nobody there works in is no gap of organisation), scored higher the fewer EU countries
 * have one: the harder the stage is to source; always, the stages fewer than three EU countries have a
 * cluster in (a dependency, scored higher the fewer). One statement.
 */
@Component
class StageCoverage implements GapFinder {

	static final int EU_COUNTRIES = 27;

	static final int DEPENDENCY_BELOW = 3;

	private final CypherRunner cypher;

	private final NamedQuery coverage;

	StageCoverage(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.coverage = queries.get("gaps/stage-coverage");
	}

	@Override
	public GapKind kind() {
		return GapKind.STAGE_COVERAGE;
	}

	private record Row(Stage stage, List<String> countries, int areaClusters, int areaCompanies) {
	}

	@Override
	public List<CooperationGap> find(GapQuery query, GapReference reference) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("valueChain", query.valueChain());
		parameters.put("area", query.area());
		List<Row> rows = this.cypher.read(this.coverage, parameters, record -> {
			Value stage = record.get("stage");
			return new Row(Stage.from(stage, stage.get("valueChain").asString()),
					record.get("countries").asList(Value::asString), record.get("areaClusters").asInt(),
					record.get("areaCompanies").asInt());
		});
		List<CooperationGap> gaps = new ArrayList<>();
		for (Row row : rows) {
			if (query.ecosystem() != null && !reference.drawsOn(row.stage().valueChainId(), query.ecosystem())) {
				continue;
			}
			int covered = row.countries().size();
			String countries = covered == 0 ? "none" : String.join(", ", row.countries());
			if (query.area() != null && row.areaClusters() == 0 && row.areaCompanies() > 0) {
				ScorePart rarity = ScorePart.of("share of EU countries without a cluster in the stage", 1,
						1 - (double) Math.min(covered, EU_COUNTRIES) / EU_COUNTRIES);
				gaps.add(gap(reference, row, rarity,
						query.area() + " has no cluster in " + row.stage().name() + " (" + row.stage().id() + "); "
								+ covered + " EU countries have one.",
						List.of(Fact.of("area", query.area()), Fact.of("clusters in the area", 0),
								Fact.of("companies in the area active in the stage", row.areaCompanies()),
								Fact.of("EU countries with a cluster in the stage", covered),
								Fact.of("those countries", countries)),
						query.area()));
			}
			if (covered < DEPENDENCY_BELOW) {
				ScorePart dependency = ScorePart.of("countries short of " + DEPENDENCY_BELOW + ", as a share", 1,
						(double) (DEPENDENCY_BELOW - covered) / DEPENDENCY_BELOW);
				gaps.add(gap(reference, row, dependency,
						(covered == 0) ? "No EU country has a cluster in " + row.stage().name() + " (" + row.stage().id() + ")."
								: row.stage().name() + " (" + row.stage().id() + ") has clusters in only " + covered
										+ ((covered == 1) ? " EU country (" : " EU countries (") + countries + "): a dependency.",
						List.of(Fact.of("EU countries with a cluster in the stage", covered),
								Fact.of("those countries", countries),
								Fact.of("threshold", "fewer than " + DEPENDENCY_BELOW + " countries")),
						null));
			}
		}
		return gaps;
	}

	/** @param area the country or region that lacks the stage, or {@code null} for an EU-wide dependency */
	private static CooperationGap gap(GapReference reference, Row row, ScorePart part, String summary,
			List<Fact> facts, String area) {
		return CooperationGap.scored(GapKind.STAGE_COVERAGE, List.of(part), summary, facts, List.of(), List.of(row.stage()),
				reference.valueChains().get(row.stage().valueChainId()), null,
				(area != null && area.length() == 4) ? reference.regions().get(area) : null,
				(area == null) ? null : area.substring(0, 2), ((area == null) ? "EU" : area) + "/" + row.stage().id());
	}

}
