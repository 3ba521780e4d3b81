package eu.clustergraph.partnership;

import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.RowFilter;
import eu.clustergraph.system.query.SortKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.batching.Batches;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.valuechain.ValueChain;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Record;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for partnerships, and for a cluster's partnerships; every tie is one statement per response level. */
@Controller
class PartnershipController {

	private static final Map<String, SortKey> SORTS = Map.of("ID", SortKey.BY_KEY, "NAME", SortKey.byText("name"),
			"START_YEAR_DESC", SortKey.byNumber("startYear", true));

	static final NodeList<Partnership> LIST = NodeList.byId("partnership", "p", Partnership.SHAPE,
			Partnership::id);

	private final CypherRunner cypher;

	private final CypherQueries queries;

	private final Lists lists;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	PartnershipController(CypherRunner cypher, CypherQueries queries, Lists lists, ReferenceCodes codes,
			ClusterGraphProperties properties) {
		this.cypher = cypher;
		this.queries = queries;
		this.lists = lists;
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
	}

	@QueryMapping
	Partnership partnership(@Argument String id) {
		return this.cypher.readOptional(query("by-id"), Map.of("id", id.strip()), r -> Partnership.from(r.get("p")))
			.orElse(null);
	}

	@QueryMapping
	Connection<Partnership> partnerships(@Argument PartnershipFilter filter, @Argument String sort,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		RowFilter where = (filter == null) ? RowFilter.NONE
				: row -> filter.on(row, this.codes, this.nutsVersion, "filter");
		return this.lists.page(LIST, where, SORTS.get((sort == null) ? "ID" : sort), PageRequest.of(first, after, selection),
				selection);
	}

	@BatchMapping
	Map<Partnership, Partnership.Programme> programme(List<Partnership> partnerships) {
		return Batches.toOne(partnerships, Partnership::id,
				grouped("programmes", partnerships, r -> Partnership.Programme.from(r.get("programme"))));
	}

	@BatchMapping
	Map<Partnership, List<Member>> clusters(List<Partnership> partnerships) {
		return Batches.toMany(partnerships, Partnership::id, grouped("members", partnerships,
				r -> new Member(Cluster.from(r.get("c")), r.get("role").asString(null), r.get("synthetic").asBoolean(false))));
	}

	@BatchMapping
	Map<Partnership, List<Ecosystem>> ecosystems(List<Partnership> partnerships) {
		return Batches.toMany(partnerships, Partnership::id,
				grouped("ecosystems", partnerships, r -> Ecosystem.from(r.get("e"))));
	}

	@BatchMapping
	Map<Partnership, List<ValueChain>> valueChains(List<Partnership> partnerships) {
		return Batches.toMany(partnerships, Partnership::id,
				grouped("value-chains", partnerships, r -> ValueChain.from(r.get("v"))));
	}

	@BatchMapping(typeName = "Cluster", field = "partnerships")
	Map<Cluster, List<ClusterPartnership>> partnershipsOfClusters(List<Cluster> clusters) {
		Map<String, List<ClusterPartnership>> byCluster = this.cypher.readByIds(query("of-clusters"),
				Batches.keys(clusters, Cluster::id),
				r -> new ClusterPartnership(Partnership.from(r.get("p")), r.get("role").asString(null),
						r.get("synthetic").asBoolean(false)));
		return Batches.toMany(clusters, Cluster::id, byCluster);
	}

	private <V> Map<String, List<V>> grouped(String name, List<Partnership> partnerships, Function<Record, V> mapper) {
		return this.cypher.readByIds(query(name), Batches.keys(partnerships, Partnership::id), mapper);
	}

	private NamedQuery query(String name) {
		return this.queries.get("partnership/" + name);
	}

	/** The {@code PartnershipMember} type. */
	record Member(Cluster cluster, String role, boolean synthetic) {
	}

	/** The {@code ClusterPartnership} type. */
	record ClusterPartnership(Partnership partnership, String role, boolean synthetic) {
	}

}
