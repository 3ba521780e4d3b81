package eu.clustergraph.ecosystem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.graphql.batching.Batches;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.RowFilter;
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

	static final NodeList<Ecosystem> LIST = NodeList.byId("ecosystem", "e", Ecosystem.SHAPE, Ecosystem::id);

	private final Lists lists;

	EcosystemController(EcosystemQueries queries, ReferenceCodes codes, Lists lists) {
		this.queries = queries;
		this.codes = codes;
		this.lists = lists;
	}

	@QueryMapping
	Ecosystem ecosystem(@Argument String id) {
		return this.queries.byId(id.strip().toUpperCase(Locale.ROOT)).orElse(null);
	}

	@QueryMapping
	Connection<Ecosystem> ecosystems(@Argument EcosystemFilter filter, @Argument EcosystemSort sort,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		RowFilter where = (filter == null) ? RowFilter.NONE : row -> filter.on(row, this.codes, "filter");
		return this.lists.page(LIST, where, ((sort == null) ? EcosystemSort.ORDINAL : sort).key,
				PageRequest.of(first, after, selection), selection);
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
