package eu.clustergraph.region;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
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

/** GraphQL for NUTS regions; children are resolved in one statement per response level. */
@Controller
class RegionController {

	private final RegionQueries queries;

	private final int defaultVersion;

	private final ReferenceCodes codes;

	private final FilteredPages pages;

	RegionController(RegionQueries queries, ClusterGraphProperties properties, ReferenceCodes codes,
			FilteredPages pages) {
		this.queries = queries;
		this.defaultVersion = properties.nutsVersion();
		this.codes = codes;
		this.pages = pages;
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
		Predicates predicates = new Predicates();
		// the version is always part of the predicate: a code names a region only within one version
		String where = Predicates.all(List.of(predicates.bind("r.version = ?", nutsVersion),
				(filter == null) ? "true" : filter.compile(predicates, this.codes, nutsVersion, "filter")));
		return this.pages.fetch(this.queries.page(), this.queries.count(), "r", "r.code", where, predicates,
				((sort == null) ? RegionSort.CODE : sort).order, PageRequest.of(first, after, selection), Region::from,
				Region::code);
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
