package eu.clustergraph.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the reference data is loaded at start-up.
 *
 * @param load {@code if-changed} (default: on first start and when the packaged files changed), {@code always} or
 * {@code never}
 */
@ConfigurationProperties("clustergraph.reference")
public record ReferenceProperties(@DefaultValue("if-changed") LoadMode load) {

	/** When to load at start-up. */
	public enum LoadMode {

		IF_CHANGED, ALWAYS, NEVER

	}

}
