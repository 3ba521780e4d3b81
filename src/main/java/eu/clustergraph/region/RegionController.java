package eu.clustergraph.region;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.graphql.Batches;
import eu.clustergraph.system.graphql.Connection;
import eu.clustergraph.system.graphql.PageRequest;
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

	RegionController(RegionQueries queries, ClusterGraphProperties properties) {
		this.queries = queries;
		this.defaultVersion = properties.nutsVersion();
	}

	@QueryMapping
	Region region(@Argument String code, @Argument Integer version) {
		return this.queries.byCode(code.strip().toUpperCase(Locale.ROOT),
				RegionFilter.version(version, this.defaultVersion)).orElse(null);
	}

	@QueryMapping
	Connection<Region> regions(@Argument Integer level, @Argument String country, @Argument Integer version,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		RegionFilter filter = RegionFilter.of(version, level, country, this.defaultVersion);
		return Connection.fetch(PageRequest.of(first, after, selection),
				(afterCode, limit) -> this.queries.page(filter, afterCode, limit), Region::code,
				() -> this.queries.count(filter));
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
