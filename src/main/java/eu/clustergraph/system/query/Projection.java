package eu.clustergraph.system.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.MapProjection;
import org.neo4j.cypherdsl.core.Node;

/**
 * Builds the map projection of a row as its selection asks: the shape's keys, the selected properties, and the
 * selected children the shape knows, each nested as deep as the selection goes. Every node variable of one statement
 * gets its own name ({@code c0}, {@code r1}, ...), so children at any depth never capture each other's variables.
 */
public final class Projection {

	private int next;

	/** A node of the statement under construction, for a child expression to start from. */
	public record Scope(Projection projection, Node node) {

		/** A node with a label and a variable name no other node of the statement has. */
		public Node fresh(String label) {
			return Cypher.node(label).named(label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + this.projection.next++);
		}

		/** The projection of a child node as its selection asks. */
		public MapProjection project(Shape<?> shape, Node child, Selection selection) {
			return this.projection.project(shape, child, selection);
		}

	}

	/**
	 * The fields selected on one object type, merged across aliases, fragments and the {@code nodes} and
	 * {@code edges/node} paths of a connection.
	 */
	public record Selection(Map<String, List<SelectedField>> fields) {

		public static final Selection NONE = new Selection(Map.of());

		/** The fields of the object a lookup field returns. */
		public static Selection of(DataFetchingFieldSelectionSet selection) {
			return (selection == null) ? NONE : of(selection.getImmediateFields());
		}

		/** The fields of the nodes of a connection field. */
		public static Selection ofNodes(DataFetchingFieldSelectionSet selection) {
			if (selection == null) {
				return NONE;
			}
			List<SelectedField> fields = new ArrayList<>();
			for (SelectedField node : selection.getFields("nodes", "edges/node")) {
				fields.addAll(node.getSelectionSet().getImmediateFields());
			}
			return of(fields);
		}

		static Selection of(List<SelectedField> fields) {
			Map<String, List<SelectedField>> byName = new LinkedHashMap<>();
			for (SelectedField field : fields) {
				byName.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field);
			}
			return new Selection(byName);
		}

		public boolean has(String field) {
			return this.fields.containsKey(field);
		}

		/** The merged selection of a field's object, or of a field's connection nodes when it is a connection. */
		public Selection of(String field) {
			List<SelectedField> children = new ArrayList<>();
			for (SelectedField selected : this.fields.getOrDefault(field, List.of())) {
				children.addAll(selected.getSelectionSet().getImmediateFields());
			}
			return of(children);
		}

		/** The argument of a selected field, from its first selection. */
		public Object argument(String field, String argument) {
			List<SelectedField> selected = this.fields.getOrDefault(field, List.of());
			return selected.isEmpty() ? null : selected.get(0).getArguments().get(argument);
		}

		Set<String> names() {
			return this.fields.keySet();
		}

	}

	public MapProjection project(Shape<?> shape, Node node, Selection selection) {
		Set<String> properties = new LinkedHashSet<>(shape.keys());
		for (String field : selection.names()) {
			properties.addAll(shape.properties().getOrDefault(field, List.of()));
		}
		List<Object> entries = new ArrayList<>(properties);
		Scope scope = new Scope(this, node);
		for (String field : selection.names()) {
			Child child = shape.children().get(field);
			if (child != null) {
				entries.add(field);
				entries.add(child.expression().apply(scope, selection.of(field)));
			}
		}
		return node.project(entries.toArray());
	}

	/** A node of the row's label and a variable of its own, the first of the statement. */
	public Node root(String label) {
		return new Scope(this, null).fresh(label);
	}

	/** An expression's first element, for a to-one pattern comprehension. */
	public static Expression first(Expression list) {
		return Cypher.valueAt(list, 0);
	}

}
