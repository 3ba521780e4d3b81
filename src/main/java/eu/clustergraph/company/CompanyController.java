package eu.clustergraph.company;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.graphql.batching.Batches;
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

/** GraphQL for companies; every tie is one statement per response level. */
@Controller
class CompanyController {

	private final CompanyQueries queries;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	private final Lists lists;

	CompanyController(CompanyQueries queries, ReferenceCodes codes, ClusterGraphProperties properties,
			Lists lists, ChildPages childPages, BatchLoaderRegistry loaders) {
		this.queries = queries;
		this.lists = lists;
		// children the statement may already have read: each answers from it, or batches the rest per level
		Batches.registerToOne(loaders, "companyRegion", Company::id, queries::regions);
		Batches.registerToOne(loaders, "companyActivity", Company::id, queries::activities);
		Batches.registerToMany(loaders, "companyStages", Company::id, queries::stages);
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
	Company company(@Argument String id, DataFetchingFieldSelectionSet selection) {
		String key = id.strip();
		return this.lists.lookup(CompanyShape.LIST, row -> Conditions.equal(row.property("id"), key), selection)
			.orElse(null);
	}

	@QueryMapping
	Connection<Company> companies(@Argument CompanyFilter filter, @Argument CompanySort sort, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		RowFilter where = (filter == null) ? RowFilter.NONE
				: row -> filter.on(row, this.codes, this.nutsVersion, "filter");
		return this.lists.page(CompanyShape.LIST, where, CompanyShape.sort(sort), PageRequest.of(first, after, selection),
				selection);
	}

	@SchemaMapping(typeName = "Region", field = "companies")
	CompletableFuture<Connection<Company>> companiesOfRegion(Region region, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, DataLoader<ChildPages.Key, Connection<Company>> regionCompanies) {
		return regionCompanies.load(ChildPages.Key.of(region.code(), first, after, selection));
	}

	@SchemaMapping(typeName = "Stage", field = "companies")
	CompletableFuture<Connection<Company>> companiesOfStage(Stage stage, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, DataLoader<ChildPages.Key, Connection<Company>> stageCompanies) {
		return stageCompanies.load(ChildPages.Key.of(stage.id(), first, after, selection));
	}

	@SchemaMapping(typeName = "Activity", field = "companies")
	CompletableFuture<Connection<Company>> companiesOfActivity(Activity activity, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, DataLoader<ChildPages.Key, Connection<Company>> activityCompanies) {
		return activityCompanies.load(ChildPages.Key.of(activity.code(), first, after, selection));
	}

	@SchemaMapping
	Object region(Company company, DataFetchingEnvironment environment) {
		return Prefetched.orLoad(company, company.prefetched(), "region", environment, "companyRegion");
	}

	@SchemaMapping
	Object activity(Company company, DataFetchingEnvironment environment) {
		return Prefetched.orLoad(company, company.prefetched(), "activity", environment, "companyActivity");
	}

	@SchemaMapping
	Object stages(Company company, DataFetchingEnvironment environment) {
		return Prefetched.orLoad(company, company.prefetched(), "stages", environment, "companyStages");
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
