package eu.clustergraph.valuechain;

import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.RowFilter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.graphql.batching.Batches;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for value chains and stages; every child list is one statement per response level. */
@Controller
class ValueChainController {

	private final ValueChainQueries queries;

	private final ReferenceCodes codes;

	static final NodeList<ValueChain> LIST = NodeList.byId("valuechain", "v", ValueChain.SHAPE, ValueChain::id);

	private final Lists lists;

	ValueChainController(ValueChainQueries queries, ReferenceCodes codes, Lists lists) {
		this.queries = queries;
		this.codes = codes;
		this.lists = lists;
	}

	@QueryMapping
	ValueChain valueChain(@Argument String id) {
		return this.queries.byId(id.strip().toUpperCase(Locale.ROOT)).orElse(null);
	}

	@QueryMapping
	Connection<ValueChain> valueChains(@Argument ValueChainFilter filter, @Argument ValueChainSort sort,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		RowFilter where = (filter == null) ? RowFilter.NONE : row -> filter.on(row, this.codes, "filter");
		return this.lists.page(LIST, where, ((sort == null) ? ValueChainSort.ORDINAL : sort).key,
				PageRequest.of(first, after, selection), selection);
	}

	@BatchMapping
	Map<ValueChain, List<Stage>> stages(List<ValueChain> chains) {
		return Batches.toMany(chains, ValueChain::id, this.queries.stages(Batches.keys(chains, ValueChain::id)));
	}

	@BatchMapping(typeName = "ValueChain", field = "ecosystems")
	Map<ValueChain, List<Ecosystem>> ecosystems(List<ValueChain> chains) {
		return Batches.toMany(chains, ValueChain::id, this.queries.ecosystems(Batches.keys(chains, ValueChain::id)));
	}

	@BatchMapping(typeName = "ValueChain", field = "keyActivities")
	Map<ValueChain, List<Activity>> keyActivities(List<ValueChain> chains) {
		return Batches.toMany(chains, ValueChain::id,
				this.queries.keyActivities(Batches.keys(chains, ValueChain::id)));
	}

	@BatchMapping(typeName = "Ecosystem", field = "valueChains")
	Map<Ecosystem, List<ValueChain>> valueChainsOfEcosystems(List<Ecosystem> ecosystems) {
		return Batches.toMany(ecosystems, Ecosystem::id,
				this.queries.ofEcosystems(Batches.keys(ecosystems, Ecosystem::id)));
	}

	@BatchMapping(typeName = "Stage", field = "valueChain")
	Map<Stage, ValueChain> valueChainOfStages(List<Stage> stages) {
		return Batches.toOne(stages, Stage::id, this.queries.ofStages(Batches.keys(stages, Stage::id)));
	}

	@BatchMapping(typeName = "Stage", field = "feeds")
	Map<Stage, List<Stage>> feeds(List<Stage> stages) {
		return Batches.toMany(stages, Stage::id, this.queries.feeds(Batches.keys(stages, Stage::id)));
	}

	@BatchMapping(typeName = "Stage", field = "fedBy")
	Map<Stage, List<Stage>> fedBy(List<Stage> stages) {
		return Batches.toMany(stages, Stage::id, this.queries.fedBy(Batches.keys(stages, Stage::id)));
	}

	@BatchMapping(typeName = "Stage", field = "keyActivities")
	Map<Stage, List<Activity>> stageKeyActivities(List<Stage> stages) {
		return Batches.toMany(stages, Stage::id, this.queries.stageKeyActivities(Batches.keys(stages, Stage::id)));
	}

}
