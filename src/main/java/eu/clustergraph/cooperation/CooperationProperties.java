package eu.clustergraph.cooperation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cooperation network's settings.
 *
 * @param minStrength the strength a tie needs to count as "tied" in paths, reach, gaps and subgraphs when a request
 * names none; 0.6 gives the full-scale network the shape GENERATOR.md sets out (see docs/decisions/0001)
 * @param cachedProjections how many weighted tie projections (one per channel choice and minimum strength) the path
 * search keeps in the GDS catalog
 */
@ConfigurationProperties("clustergraph.cooperation")
public record CooperationProperties(@DefaultValue("0.6") double minStrength,
		@DefaultValue("16") int cachedProjections) {
}
