package eu.clustergraph.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by several features.
 *
 * @param dataDir where the service keeps what it writes: the embedded database ({@code neo4j/}) and generated
 * datasets
 * @param nutsVersion the NUTS version (2021 or 2024) that region lookups use when a query does not name one
 */
@ConfigurationProperties("clustergraph")
public record ClusterGraphProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("2021") int nutsVersion) {
}
