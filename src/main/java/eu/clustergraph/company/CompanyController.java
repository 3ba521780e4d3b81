package eu.clustergraph.company;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.Batches;
import eu.clustergraph.system.graphql.ChildPages;
import eu.clustergraph.system.graphql.Connection;
import eu.clustergraph.system.graphql.FilteredPages;
import eu.clustergraph.system.graphql.PageRequest;
import eu.clustergraph.valuechain.Stage;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL for companies; every tie is one statement per response level. */
@Controller
class CompanyController {

	private final CompanyQueries queries;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	private final FilteredPages pages;

	CompanyController(CompanyQueries queries, ReferenceCodes codes, ClusterGraphProperties properties,
			FilteredPages pages, ChildPages childPages, BatchLoaderRegistry loaders) {
		this.queries = queries;
		this.pages = pages;
		loaders.<ChildPages.Key, Connection<Company>>forName("regionCompanies")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
					() -> childPages.load(keys, queries.query("of-regions"), Company::from, Company::id)));
		loaders.<ChildPages.Key, Connection<Company>>forName("stageCompanies")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
					() -> childPages.load(keys, queries.query("of-stages"), Company::from, Company::id)));
		loaders.<ChildPages.Key, Connection<Company>>forName("activityCompanies")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
					() -> childPages.load(keys, queries.query("of-activities"), Company::from, Company::id)));
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
	}

	@QueryMapping
	Company company(@Argument String id) {
		return this.queries.byId(id.strip()).orElse(null);
	}

	@QueryMapping
	Connection<Company> companies(@Argument CompanyFilter filter, @Argument CompanySort sort, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		Predicates predicates = new Predicates();
		String where = (filter == null) ? "true" : filter.compile(predicates, this.codes, this.nutsVersion, "filter");
		return this.pages.fetch(this.queries.query("page"), this.queries.query("count"), "c", where, predicates,
				((sort == null) ? CompanySort.ID : sort).order, PageRequest.of(first, after, selection), Company::from,
				Company::id);
	}

	@SchemaMapping(typeName = "Region", field = "companies")
	CompletableFuture<Connection<Company>> companiesOfRegion(Region region, @Argument Integer first,
			@Argument String after, DataLoader<ChildPages.Key, Connection<Company>> regionCompanies) {
		return regionCompanies.load(ChildPages.Key.of(region.code(), first, after));
	}

	@SchemaMapping(typeName = "Stage", field = "companies")
	CompletableFuture<Connection<Company>> companiesOfStage(Stage stage, @Argument Integer first,
			@Argument String after, DataLoader<ChildPages.Key, Connection<Company>> stageCompanies) {
		return stageCompanies.load(ChildPages.Key.of(stage.id(), first, after));
	}

	@SchemaMapping(typeName = "Activity", field = "companies")
	CompletableFuture<Connection<Company>> companiesOfActivity(Activity activity, @Argument Integer first,
			@Argument String after, DataLoader<ChildPages.Key, Connection<Company>> activityCompanies) {
		return activityCompanies.load(ChildPages.Key.of(activity.code(), first, after));
	}

	@BatchMapping
	Map<Company, Region> region(List<Company> companies) {
		return Batches.toOne(companies, Company::id, this.queries.regions(Batches.keys(companies, Company::id)));
	}

	@BatchMapping
	Map<Company, Activity> activity(List<Company> companies) {
		return Batches.toOne(companies, Company::id, this.queries.activities(Batches.keys(companies, Company::id)));
	}

	@BatchMapping
	Map<Company, List<Stage>> stages(List<Company> companies) {
		return Batches.toMany(companies, Company::id, this.queries.stages(Batches.keys(companies, Company::id)));
	}

	@BatchMapping
	Map<Company, List<Ties.Cooperation>> cooperationPartners(List<Company> companies) {
		return Batches.toMany(companies, Company::id, this.queries.cooperations(Batches.keys(companies, Company::id)));
	}

	@BatchMapping
	Map<Company, List<Ties.SupplyLink>> suppliers(List<Company> companies) {
		return Batches.toMany(companies, Company::id, this.queries.suppliers(Batches.keys(companies, Company::id)));
	}

	@BatchMapping
	Map<Company, List<Ties.SupplyLink>> customers(List<Company> companies) {
		return Batches.toMany(companies, Company::id, this.queries.customers(Batches.keys(companies, Company::id)));
	}

}
