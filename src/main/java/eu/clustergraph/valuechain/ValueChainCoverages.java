package eu.clustergraph.valuechain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.valuechain.ValueChainCoverage.Cell;
import eu.clustergraph.valuechain.ValueChainCoverage.CountryPair;
import eu.clustergraph.valuechain.ValueChainCoverage.CountryShare;
import eu.clustergraph.valuechain.ValueChainCoverage.Dependency;
import eu.clustergraph.valuechain.ValueChainCoverage.Supply;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Value-chain coverage in four statements (the chain, its stages, the matrix, the supply links), whatever the level. */
@Component
class ValueChainCoverages {

	private static final Map<String, Integer> CODE_LENGTH = Map.of("COUNTRY", 2, "NUTS2", 4);

	private final ValueChainQueries queries;

	private final int nutsVersion;

	ValueChainCoverages(ValueChainQueries queries, ClusterGraphProperties properties) {
		this.queries = queries;
		this.nutsVersion = properties.nutsVersion();
	}

	/** The coverage at a level ({@code COUNTRY} or {@code NUTS2}), or {@code null} for an unknown value chain. */
	ValueChainCoverage of(String valueChain, String level) {
		ValueChain chain = this.queries.byId(valueChain.strip().toUpperCase(Locale.ROOT)).orElse(null);
		if (chain == null) {
			return null;
		}
		List<Cell> cells = this.queries.coverageCells(chain.id(), CODE_LENGTH.get(level), this.nutsVersion,
				record -> new Cell(stage(record.get("stage")), record.get("area").asString(),
						record.get("areaName").asString(null), record.get("clusters").asInt(),
						record.get("companies").asInt(), record.get("employees").asDouble()));
		Map<String, Stage> stages = new LinkedHashMap<>();
		this.queries.stages(List.of(chain.id())).getOrDefault(chain.id(), List.of()).forEach(s -> stages.put(s.id(), s));
		record Link(Stage from, Stage to, String supplier, String customer, int links) {
		}
		List<Link> links = this.queries.coverageSupply(chain.id(),
				record -> new Link(stage(record.get("from")), stage(record.get("to")), record.get("supplier").asString(""),
						record.get("customer").asString(""), record.get("links").asInt()));
		Map<List<String>, List<Link>> byStagePair = new LinkedHashMap<>();
		links.forEach(link -> byStagePair.computeIfAbsent(List.of(link.from().id(), link.to().id()), k -> new ArrayList<>())
			.add(link));
		List<Supply> supply = new ArrayList<>();
		byStagePair.forEach((pair, pairLinks) -> supply.add(new Supply(pairLinks.get(0).from(), pairLinks.get(0).to(),
				pairLinks.stream().mapToInt(Link::links).sum(),
				pairLinks.stream().filter(l -> !l.supplier().equals(l.customer())).mapToInt(Link::links).sum(),
				pairLinks.stream()
					.filter(l -> !l.supplier().equals(l.customer()))
					.map(l -> new CountryPair(l.supplier(), l.customer(), l.links()))
					.toList())));
		Map<String, Map<String, Integer>> suppliersOf = new TreeMap<>();
		links.forEach(link -> suppliersOf.computeIfAbsent(link.to().id(), k -> new TreeMap<>())
			.merge(link.supplier(), link.links(), Integer::sum));
		List<Dependency> dependencies = new ArrayList<>();
		stages.values().forEach(stage -> {
			Map<String, Integer> suppliers = suppliersOf.get(stage.id());
			if (suppliers != null) {
				dependencies.add(dependency(stage, suppliers));
			}
		});
		return new ValueChainCoverage(chain, level, List.copyOf(stages.values()),
				List.copyOf(new TreeSet<>(cells.stream().map(Cell::area).toList())), cells, supply, dependencies);
	}

	private static Dependency dependency(Stage stage, Map<String, Integer> suppliers) {
		int total = suppliers.values().stream().mapToInt(Integer::intValue).sum();
		List<CountryShare> shares = suppliers.entrySet()
			.stream()
			.map(entry -> new CountryShare(entry.getKey(), entry.getValue(), (double) entry.getValue() / total))
			.sorted(java.util.Comparator.comparingInt(CountryShare::links).reversed().thenComparing(CountryShare::country))
			.toList();
		double concentration = shares.stream().mapToDouble(share -> share.share() * share.share()).sum();
		return new Dependency(stage, total, concentration, shares);
	}

	private static Stage stage(Value map) {
		return Stage.from(map, map.get("valueChain").asString());
	}

}
