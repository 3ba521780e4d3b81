package eu.clustergraph.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import eu.clustergraph.company.Company;
import eu.clustergraph.company.CompanyShape;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.organisation.Organisation;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.graphql.batching.Batches;
import eu.clustergraph.system.neo4j.GraphDataScience;
import eu.clustergraph.system.graphql.paging.ChildPages;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.system.query.Conditions;
import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.query.Prefetched;
import eu.clustergraph.system.query.RowFilter;
import eu.clustergraph.valuechain.Stage;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL for clusters, and for a member's clusters; every tie is one statement per response level. */
@Controller
class ClusterController {

	private final ClusterQueries queries;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	private final Lists lists;

	private final GraphDataScience gds;

	ClusterController(ClusterQueries queries, ReferenceCodes codes, ClusterGraphProperties properties,
			BatchLoaderRegistry loaders, Lists lists, ChildPages childPages, GraphDataScience gds) {
		this.queries = queries;
		this.gds = gds;
		this.lists = lists;
		// a company's clusters are this feature's to read; the company feature cannot depend on it
		CompanyShape.SHAPE.addChild(ClusterShape.OF_COMPANY);
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
		// children the statement may already have read: each answers from it, or batches the rest per level
		Batches.registerToOne(loaders, "clusterRegion", Cluster::id, queries::regions);
		Batches.registerToMany(loaders, "clusterEcosystems", Cluster::id, queries::ecosystems);
		Batches.registerToMany(loaders, "clusterStages", Cluster::id, queries::stages);
		Batches.registerToMany(loaders, "companyClusters", Company::id, queries::ofCompanies);
		// child connections take arguments, so they batch through loaders keyed by parent and page
		loaders.<ChildPages.Key, Connection<Membership>>forName("clusterMembers")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
					() -> childPages.load(keys, queries.query("members"), Membership::from, Membership::id)));
		loaders.<ChildPages.Key, Connection<Cluster>>forName("regionClusters")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
					() -> childPages.load(keys, queries.query("of-regions"), Cluster::from, Cluster::id)));
		loaders.<ChildPages.Key, Connection<Cluster>>forName("stageClusters")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
					() -> childPages.load(keys, queries.query("of-stages"), Cluster::from, Cluster::id)));
		loaders.<ChildPages.Key, Connection<Cluster>>forName("ecosystemClusters")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
					() -> childPages.load(keys, queries.query("of-ecosystems"), Cluster::from, Cluster::id)));
	}

	@QueryMapping
	Cluster cluster(@Argument String id, DataFetchingFieldSelectionSet selection) {
		String key = id.strip();
		return this.lists.lookup(ClusterShape.LIST, row -> Conditions.equal(row.property("id"), key), selection)
			.orElse(null);
	}

	@QueryMapping
	Connection<Cluster> clusters(@Argument ClusterFilter filter, @Argument ClusterSort sort, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		RowFilter where = (filter == null) ? RowFilter.NONE
				: row -> filter.on(row, this.codes, this.nutsVersion, "filter");
		return this.lists.page(ClusterShape.LIST, where, ClusterShape.sort(sort), PageRequest.of(first, after, selection),
				selection);
	}

	/** Read with the cluster; the error, once per cluster, says the database lacks what computes them. */
	@SchemaMapping
	NetworkMetrics networkMetrics(Cluster cluster) {
		this.gds.require("Cluster.networkMetrics");
		return cluster.networkMetrics();
	}

	@SchemaMapping
	Object region(Cluster cluster, DataFetchingEnvironment environment) {
		return Prefetched.orLoad(cluster, cluster.prefetched(), "region", environment, "clusterRegion");
	}

	@SchemaMapping
	Object ecosystems(Cluster cluster, DataFetchingEnvironment environment) {
		return Prefetched.orLoad(cluster, cluster.prefetched(), "ecosystems", environment, "clusterEcosystems");
	}

	@SchemaMapping
	Object stages(Cluster cluster, DataFetchingEnvironment environment) {
		return Prefetched.orLoad(cluster, cluster.prefetched(), "stages", environment, "clusterStages");
	}

	@BatchMapping
	Map<Cluster, List<ClusterQueries.Agreement>> agreements(List<Cluster> clusters) {
		return Batches.toMany(clusters, Cluster::id, this.queries.agreements(Batches.keys(clusters, Cluster::id)));
	}

	@BatchMapping
	Map<Cluster, List<ClusterQueries.GroupCount>> membersBySizeClass(List<Cluster> clusters) {
		return Batches.toMany(clusters, Cluster::id, this.queries.membersBy("size-class", Batches.keys(clusters, Cluster::id)));
	}

	@BatchMapping
	Map<Cluster, List<ClusterQueries.GroupCount>> membersByCountry(List<Cluster> clusters) {
		return Batches.toMany(clusters, Cluster::id, this.queries.membersBy("country", Batches.keys(clusters, Cluster::id)));
	}

	@BatchMapping
	Map<Cluster, List<ClusterQueries.GroupCount>> membersByActivitySection(List<Cluster> clusters) {
		return Batches.toMany(clusters, Cluster::id,
				this.queries.membersBy("activity-section", Batches.keys(clusters, Cluster::id)));
	}

	@SchemaMapping
	Object members(Cluster cluster, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection, DataFetchingEnvironment environment) {
		if (cluster.prefetched().has("members")) {
			return cluster.prefetched().get("members");
		}
		return environment.getDataLoader("clusterMembers").load(ChildPages.Key.of(cluster.id(), first, after, selection));
	}

	@SchemaMapping(typeName = "MemberConnection", field = "nodes")
	List<Object> memberNodes(Connection<Membership> members) {
		return members.nodes().stream().map(Membership::member).toList();
	}

	@SchemaMapping(typeName = "MemberEdge", field = "node")
	Object memberNode(Connection.Edge<Membership> edge) {
		return edge.node().member();
	}

	@SchemaMapping(typeName = "MemberEdge", field = "since")
	Integer memberSince(Connection.Edge<Membership> edge) {
		return edge.node().since();
	}

	@SchemaMapping(typeName = "MemberEdge", field = "synthetic")
	boolean memberSynthetic(Connection.Edge<Membership> edge) {
		return edge.node().synthetic();
	}

	@SchemaMapping(typeName = "Region", field = "clusters")
	CompletableFuture<Connection<Cluster>> clustersOfRegion(Region region, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, DataLoader<ChildPages.Key, Connection<Cluster>> regionClusters) {
		return regionClusters.load(ChildPages.Key.of(region.code(), first, after, selection));
	}

	@SchemaMapping(typeName = "Stage", field = "clusters")
	CompletableFuture<Connection<Cluster>> clustersOfStage(Stage stage, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection, DataLoader<ChildPages.Key, Connection<Cluster>> stageClusters) {
		return stageClusters.load(ChildPages.Key.of(stage.id(), first, after, selection));
	}

	@SchemaMapping(typeName = "Ecosystem", field = "clusters")
	CompletableFuture<Connection<Cluster>> clustersOfEcosystem(Ecosystem ecosystem, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, DataLoader<ChildPages.Key, Connection<Cluster>> ecosystemClusters) {
		return ecosystemClusters.load(ChildPages.Key.of(ecosystem.id(), first, after, selection));
	}

	@SchemaMapping(typeName = "Company", field = "clusters")
	Object clustersOfCompany(Company company, DataFetchingEnvironment environment) {
		return Prefetched.orLoad(company, company.prefetched(), "clusters", environment, "companyClusters");
	}

	@BatchMapping(typeName = "Organisation", field = "clusters")
	Map<Organisation, List<Cluster>> clustersOfOrganisations(List<Organisation> organisations) {
		return Batches.toMany(organisations, Organisation::id,
				this.queries.ofOrganisations(Batches.keys(organisations, Organisation::id)));
	}

}
