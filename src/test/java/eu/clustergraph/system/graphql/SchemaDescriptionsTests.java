package eu.clustergraph.system.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.DescribedNode;
import graphql.language.Document;
import graphql.language.NamedNode;
import graphql.language.Node;
import graphql.language.SDLExtensionDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Researchers learn the API from GraphiQL's schema browser, so every type, field, argument, input field and enum
 * value of the SDL carries a description (an {@code extend type} adds fields, each described, to a type described
 * where it is defined).
 */
class SchemaDescriptionsTests {

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDescribed() throws IOException {
		List<String> undescribed = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(Path.of("graphql"))) {
			files = listing.filter(file -> file.toString().endsWith(".graphqls")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			Document document = Parser.parse(Files.readString(file));
			document.getDefinitions().forEach(definition -> collectUndescribed(definition, file.getFileName() + ": ", undescribed));
		}
		assertThat(undescribed).isEmpty();
	}

	private static void collectUndescribed(Node<?> node, String where, List<String> undescribed) {
		String here = (node instanceof NamedNode<?> named) ? where + named.getName() : where;
		if (node instanceof DescribedNode<?> described && !(node instanceof SDLExtensionDefinition)
				&& (described.getDescription() == null || described.getDescription().getContent().isBlank())) {
			undescribed.add(here + " (line " + node.getSourceLocation().getLine() + ")");
		}
		for (Node<?> child : node.getChildren()) {
			collectUndescribed(child, (node instanceof NamedNode<?>) ? here + "." : where, undescribed);
		}
	}

}
