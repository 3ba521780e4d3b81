package eu.clustergraph.region;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.system.query.Conditions;
import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.RowFilter;
import org.neo4j.cypherdsl.core.Cypher;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.graphql.batching.Batches;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for NUTS regions; children are resolved in one statement per response level. */
@Controller
class RegionController {

	private final RegionQueries queries;

	private final int defaultVersion;

	private final ReferenceCodes codes;

	/** Codes are unique within a NUTS version, and every list is of one version. */
	static final NodeList<Region> LIST = new NodeList<>("region", "r", Region.SHAPE, row -> row.property("code"),
			Region::code);

	private final Lists lists;

	RegionController(RegionQueries queries, ClusterGraphProperties properties, ReferenceCodes codes,
			Lists lists) {
		this.queries = queries;
		this.defaultVersion = properties.nutsVersion();
		this.codes = codes;
		this.lists = lists;
	}

	@QueryMapping
	Region region(@Argument String code, @Argument Integer version) {
		return this.queries.byCode(code.strip().toUpperCase(Locale.ROOT),
				RegionFilter.version(version, this.defaultVersion)).orElse(null);
	}

	@QueryMapping
	Connection<Region> regions(@Argument RegionFilter filter, @Argument RegionSort sort, @Argument Integer version,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		int nutsVersion = RegionFilter.version(version, this.defaultVersion);
		// the version is always part of the condition: a code names a region only within one version
		RowFilter where = row -> Conditions.equal(row.property("version"), nutsVersion)
			.and((filter == null) ? Cypher.noCondition() : filter.on(row, this.codes, nutsVersion, "filter"));
		return this.lists.page(LIST, where, ((sort == null) ? RegionSort.CODE : sort).key,
				PageRequest.of(first, after, selection), selection);
	}

	@BatchMapping
	Map<Region, Region> parent(List<Region> regions) {
		return Batches.toOne(regions, Region::key, this.queries.parents(Batches.keys(regions, Region::key)));
	}

	@BatchMapping
	Map<Region, List<IndicatorValue>> indicators(List<Region> regions) {
		return Batches.toMany(regions, Region::key, this.queries.indicators(Batches.keys(regions, Region::key)));
	}

	@BatchMapping
	Map<Region, List<Region>> children(List<Region> regions) {
		return Batches.toMany(regions, Region::key, this.queries.children(Batches.keys(regions, Region::key)));
	}

}
