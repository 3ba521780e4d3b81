package eu.clustergraph.organisation;

import java.util.List;
import java.util.Map;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.Batches;
import eu.clustergraph.system.graphql.Connection;
import eu.clustergraph.system.graphql.FilteredPages;
import eu.clustergraph.system.graphql.PageRequest;
import eu.clustergraph.system.graphql.SortOrder;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for organisations; their region is one statement per response level. */
@Controller
class OrganisationController {

	private static final Map<String, SortOrder> SORTS = Map.of("ID", new SortOrder("o.id", false, false), "NAME",
			new SortOrder("o.name", false, false));

	private final OrganisationQueries queries;

	private final FilteredPages pages;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	OrganisationController(OrganisationQueries queries, FilteredPages pages, ReferenceCodes codes,
			ClusterGraphProperties properties) {
		this.queries = queries;
		this.pages = pages;
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return this.queries.byId(id.strip()).orElse(null);
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument OrganisationFilter filter, @Argument String sort,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		Predicates predicates = new Predicates();
		String where = (filter == null) ? "true" : filter.compile(predicates, this.codes, this.nutsVersion, "filter");
		return this.pages.fetch(this.queries.query("page"), this.queries.query("count"), "o", where, predicates,
				SORTS.get((sort == null) ? "ID" : sort), PageRequest.of(first, after, selection), Organisation::from,
				Organisation::id);
	}

	@BatchMapping
	Map<Organisation, Region> region(List<Organisation> organisations) {
		return Batches.toOne(organisations, Organisation::id,
				this.queries.regions(Batches.keys(organisations, Organisation::id)));
	}

}
