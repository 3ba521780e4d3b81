package eu.clustergraph.organisation;

import java.util.List;
import java.util.Map;

import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.RowFilter;
import eu.clustergraph.system.query.SortKey;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.graphql.batching.Batches;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for organisations; their region is one statement per response level. */
@Controller
class OrganisationController {

	private static final Map<String, SortKey> SORTS = Map.of("ID", SortKey.BY_KEY, "NAME", SortKey.byText("name"));

	static final NodeList<Organisation> LIST = NodeList.byId("organisation", "o", Organisation.SHAPE,
			Organisation::id);

	private final OrganisationQueries queries;

	private final Lists lists;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	OrganisationController(OrganisationQueries queries, Lists lists, ReferenceCodes codes,
			ClusterGraphProperties properties) {
		this.queries = queries;
		this.lists = lists;
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
		RowFilter where = (filter == null) ? RowFilter.NONE
				: row -> filter.on(row, this.codes, this.nutsVersion, "filter");
		return this.lists.page(LIST, where, SORTS.get((sort == null) ? "ID" : sort), PageRequest.of(first, after, selection),
				selection);
	}

	@BatchMapping
	Map<Organisation, Region> region(List<Organisation> organisations) {
		return Batches.toOne(organisations, Organisation::id,
				this.queries.regions(Batches.keys(organisations, Organisation::id)));
	}

}
