package eu.clustergraph.about;

import eu.clustergraph.system.ClusterGraphProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code about} answers from the configuration alone: this slice has no database at all. */
@GraphQlTest(controllers = AboutController.class, properties = "clustergraph.nuts-version=2024")
@EnableConfigurationProperties(ClusterGraphProperties.class)
class AboutControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aboutNamesTheServiceAndItsConfiguredNutsVersion() {
		this.graphQl.document("{ about { name defaultNutsVersion } }")
			.execute()
			.path("about.name")
			.entity(String.class)
			.isEqualTo("ClusterGraph")
			.path("about.defaultNutsVersion")
			.entity(Integer.class)
			.isEqualTo(2024);
	}

}
