package eu.clustergraph.company;

import java.util.List;
import java.util.Map;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.Batches;
import eu.clustergraph.system.graphql.Connection;
import eu.clustergraph.system.graphql.PageRequest;
import eu.clustergraph.valuechain.Stage;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for companies; every tie is one statement per response level. */
@Controller
class CompanyController {

	private final CompanyQueries queries;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	CompanyController(CompanyQueries queries, ReferenceCodes codes, ClusterGraphProperties properties) {
		this.queries = queries;
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
		PageRequest page = PageRequest.of(first, after, selection);
		CompanySort order = (sort == null) ? CompanySort.ID : sort;
		List<CompanyQueries.Row> rows = page.rowsWanted()
				? this.queries.page(where, predicates, order.order, page.afterKey(), page.limit()) : List.of();
		Map<Company, String> keys = new java.util.HashMap<>();
		rows.forEach(row -> keys.put(row.company(), row.cursorKey()));
		return Connection.of(rows.stream().map(CompanyQueries.Row::company).toList(), page, keys::get,
				() -> this.queries.count(where, predicates));
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
