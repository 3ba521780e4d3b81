package eu.clustergraph.activity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.system.graphql.batching.Batches;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for NACE activities; parents and children are batched per response level. */
@Controller
class ActivityController {

	private final ActivityQueries queries;

	ActivityController(ActivityQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Activity activity(@Argument String code) {
		return this.queries.byCode(code.strip().toUpperCase(Locale.ROOT)).orElse(null);
	}

	@BatchMapping
	Map<Activity, Activity> parent(List<Activity> activities) {
		return Batches.toOne(activities, Activity::code,
				this.queries.parents(Batches.keys(activities, Activity::code)));
	}

	@BatchMapping
	Map<Activity, List<Activity>> children(List<Activity> activities) {
		return Batches.toMany(activities, Activity::code,
				this.queries.children(Batches.keys(activities, Activity::code)));
	}

}
