package eu.clustergraph.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.Connection;
import eu.clustergraph.system.graphql.FilteredPages;
import eu.clustergraph.system.graphql.PageRequest;
import eu.clustergraph.system.graphql.SortOrder;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for the list of organisations. */
@Controller
class OrganisationController {

	private static final Map<String, SortOrder> SORTS = Map.of("ID", new SortOrder("o.id", false, false), "NAME",
			new SortOrder("o.name", false, false));

	private final CypherQueries queries;

	private final FilteredPages pages;

	OrganisationController(CypherQueries queries, FilteredPages pages) {
		this.queries = queries;
		this.pages = pages;
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument Filter filter, @Argument String sort, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		Predicates predicates = new Predicates();
		String where = (filter == null) ? "true" : filter.compile(predicates);
		return this.pages.fetch(this.queries.get("organisation/page"), this.queries.get("organisation/count"), "o",
				where, predicates, SORTS.get((sort == null) ? "ID" : sort), PageRequest.of(first, after, selection),
				Organisation::from, Organisation::id);
	}

	/** The {@code OrganisationFilter} input. */
	record Filter(String type, String country, String cluster) {

		String compile(Predicates p) {
			List<String> all = new ArrayList<>();
			if (this.type != null) {
				all.add(p.bind("o.type = ?", this.type));
			}
			if (this.country != null) {
				all.add(p.bind("o.country = ?", ReferenceCodes.requireCountry(this.country, "filter.country")));
			}
			if (this.cluster != null) {
				all.add(p.bind("EXISTS { (o)-[:MEMBER_OF]->(:Cluster {id: ?}) }", this.cluster.strip()));
			}
			return Predicates.all(all);
		}

	}

}
