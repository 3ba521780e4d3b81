package eu.clustergraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layout rules of STYLE.md, executable. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.clustergraph");

	@Test
	void sharedInfrastructureKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage("eu.clustergraph.system..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("eu.clustergraph.system..", "java..", "javax..", "jakarta..", "org..", "com..",
					"graphql..", "reactor..", "io.micrometer..", "io.github.bucket4j..", "de.siegmar..", "picocli..", "tools.jackson..")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("eu.clustergraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void controllersStayInsideTheirFeature() {
		classes().that().areAnnotatedWith(Controller.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void theEngineOverridesStayPrivateToTheirPackage() {
		// they change how Spring GraphQL runs every request; a feature that called one would depend on that detail
		classes().that().resideInAPackage("eu.clustergraph.system.graphql.engine").should().notBePublic().check(CLASSES);
		noClasses().that()
			.resideOutsideOfPackage("eu.clustergraph.system.graphql.engine")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("eu.clustergraph.system.graphql.engine")
			.check(CLASSES);
	}

	@Test
	void onlyTheSharedRunnerTalksToTheDriver() {
		// Features go through CypherRunner and named queries, which count statements and route reads as reads.
		noClasses().that()
			.resideOutsideOfPackage("eu.clustergraph.system..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Driver.class)
			.check(CLASSES);
	}

}
