package eu.clustergraph.ecosystem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.Batches;
import eu.clustergraph.system.graphql.Connection;
import eu.clustergraph.system.graphql.FilteredPages;
import eu.clustergraph.system.graphql.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for ecosystems and the ecosystem-NACE working map, seen from either side. */
@Controller
class EcosystemController {

	private final EcosystemQueries queries;

	private final ReferenceCodes codes;

	private final FilteredPages pages;

	EcosystemController(EcosystemQueries queries, ReferenceCodes codes, FilteredPages pages) {
		this.queries = queries;
		this.codes = codes;
		this.pages = pages;
	}

	@QueryMapping
	Ecosystem ecosystem(@Argument String id) {
		return this.queries.byId(id.strip().toUpperCase(Locale.ROOT)).orElse(null);
	}

	@QueryMapping
	Connection<Ecosystem> ecosystems(@Argument EcosystemFilter filter, @Argument EcosystemSort sort,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		Predicates predicates = new Predicates();
		String where = (filter == null) ? "true" : filter.compile(predicates, this.codes, "filter");
		return this.pages.fetch(this.queries.page(), this.queries.count(), "e", where, predicates,
				((sort == null) ? EcosystemSort.ORDINAL : sort).order, PageRequest.of(first, after, selection),
				Ecosystem::from, Ecosystem::id);
	}

	@BatchMapping
	Map<Ecosystem, List<EcosystemActivity>> activities(List<Ecosystem> ecosystems) {
		return Batches.toMany(ecosystems, Ecosystem::id,
				this.queries.activities(Batches.keys(ecosystems, Ecosystem::id)));
	}

	@BatchMapping(typeName = "Activity", field = "ecosystems")
	Map<Activity, List<EcosystemActivity>> ecosystemsOfActivities(List<Activity> activities) {
		return Batches.toMany(activities, Activity::code,
				this.queries.ofActivities(Batches.keys(activities, Activity::code)));
	}

}
