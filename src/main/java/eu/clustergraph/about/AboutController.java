package eu.clustergraph.about;

import eu.clustergraph.system.ClusterGraphProperties;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code about}: answers without touching the database. */
@Controller
class AboutController {

	private final ClusterGraphProperties properties;

	AboutController(ClusterGraphProperties properties) {
		this.properties = properties;
	}

	@QueryMapping
	About about() {
		return new About("ClusterGraph", this.properties.nutsVersion());
	}

	record About(String name, int defaultNutsVersion) {
	}

}
