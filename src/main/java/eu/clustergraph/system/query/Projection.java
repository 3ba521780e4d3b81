package eu.clustergraph.system.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.MapProjection;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

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

		/** A node of any label with a variable name no other node of the statement has. */
		public Node freshAny(String prefix) {
			return Cypher.anyNode(prefix + this.projection.next++);
		}

		/** The projection of a child node as its selection asks. */
		public MapProjection project(Shape<?> shape, Node child, Selection selection) {
			return this.projection.project(shape, child, selection);
		}

	}

	/**
	 * The fields selected on one object type, merged across aliases, fragments and the {@code nodes} and
	 * {@code edges/node} paths of a connection; {@code owners} are the selected fields whose selections these are.
	 */
	public record Selection(Map<String, List<SelectedField>> fields, List<SelectedField> owners) {

		public static final Selection NONE = new Selection(Map.of(), List.of());

		/** The fields of the object a lookup field returns. */
		public static Selection of(DataFetchingFieldSelectionSet selection) {
			return (selection == null) ? NONE : of(selection.getImmediateFields(), List.of());
		}

		/**
		 * The fields one object type of a union field selects, such as the {@code Cluster} fields of a search hit's
		 * {@code node}, through inline fragments and fragment spreads alike.
		 */
		public static Selection ofMember(DataFetchingFieldSelectionSet selection, String field, String type) {
			if (selection == null) {
				return NONE;
			}
			List<SelectedField> fields = new ArrayList<>();
			// the glob's "*" stops at "/": the field's own children only
			for (SelectedField child : selection.getFields(field + "/*")) {
				if (child.getObjectTypeNames().contains(type)) {
					fields.add(child);
				}
			}
			return of(fields, List.of());
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
			return of(fields, List.of());
		}

		static Selection of(List<SelectedField> fields, List<SelectedField> owners) {
			Map<String, List<SelectedField>> byName = new LinkedHashMap<>();
			for (SelectedField field : fields) {
				byName.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field);
			}
			return new Selection(byName, owners);
		}

		public boolean has(String field) {
			return this.fields.containsKey(field);
		}

		/** The merged selection of a field's object (of a connection field: its edges, nodes, totals). */
		public Selection of(String field) {
			List<SelectedField> owners = this.fields.getOrDefault(field, List.of());
			List<SelectedField> children = new ArrayList<>();
			for (SelectedField selected : owners) {
				children.addAll(selected.getSelectionSet().getImmediateFields());
			}
			return of(children, owners);
		}

		/** Of a connection's selection: the merged selection of its nodes, through {@code nodes} and {@code edges}. */
		public Selection nodes() {
			List<SelectedField> children = new ArrayList<>();
			for (SelectedField selected : this.fields.getOrDefault("nodes", List.of())) {
				children.addAll(selected.getSelectionSet().getImmediateFields());
			}
			for (SelectedField edge : this.fields.getOrDefault("edges", List.of())) {
				for (SelectedField node : edge.getSelectionSet().getImmediateFields()) {
					if (node.getName().equals("node")) {
						children.addAll(node.getSelectionSet().getImmediateFields());
					}
				}
			}
			return of(children, List.of());
		}

		/**
		 * The arguments of the field this selection belongs to; null when its selections (under several aliases)
		 * disagree, so one statement cannot answer them all.
		 */
		public Map<String, Object> arguments() {
			List<Map<String, Object>> distinct = this.owners.stream().map(SelectedField::getArguments).distinct().toList();
			return (distinct.size() == 1) ? distinct.get(0) : null;
		}

		Set<String> names() {
			return this.fields.keySet();
		}

	}

	/**
	 * A row's projection whose children are computed first, each as a value of its own ({@code children}, for a
	 * {@code WITH}), and then referred to by {@code row}.
	 *
	 * @param children the row node and its children's values, named
	 * @param row the map of the row, its properties read where it is built
	 */
	public record Staged(List<IdentifiableElement> children, MapProjection row) {
	}

	/**
	 * The projection of a row with its children computed before the map is built. A child that stays a nested
	 * expression inside the map (a to-one pattern comprehension) keeps the planner from using the row's key as
	 * the index seek cached it, so the map read it from the store again: one dbHit more per row (decision 0004).
	 */
	public Staged staged(Shape<?> shape, Node node, Selection selection) {
		List<IdentifiableElement> children = new ArrayList<>(List.of(node.getRequiredSymbolicName()));
		MapProjection row = project(shape, node, selection, (field, value) -> {
			// a field name never clashes with a node variable, which always ends in a digit
			SymbolicName name = Cypher.name(field);
			children.add(value.as(name));
			return name;
		});
		return new Staged(children, row);
	}

	public MapProjection project(Shape<?> shape, Node node, Selection selection) {
		return project(shape, node, selection, (field, value) -> value);
	}

	/**
	 * The properties a row's map needs for a selection when the statement reads none of its children: its keys, the
	 * selected properties, and the keys its children are batched by when any is selected.
	 */
	public static List<String> propertiesWithoutChildren(Shape<?> shape, Selection selection) {
		return List.copyOf(properties(shape, selection, false));
	}

	/**
	 * A row's keys, its selected properties, and the keys its batched children start from when a selected field is
	 * batched: one that is neither a property nor, when the statement reads children, a child the shape knows.
	 */
	private static Set<String> properties(Shape<?> shape, Selection selection, boolean childrenRead) {
		Set<String> properties = new LinkedHashSet<>(shape.keys());
		for (String field : selection.names()) {
			properties.addAll(shape.properties().getOrDefault(field, List.of()));
			boolean batched = !shape.keys().contains(field) && !shape.properties().containsKey(field)
					&& !(childrenRead && shape.children().containsKey(field)) && !field.startsWith("__");
			if (batched) {
				properties.addAll(shape.batchKeys());
			}
		}
		return properties;
	}

	private MapProjection project(Shape<?> shape, Node node, Selection selection,
			BiFunction<String, Expression, Expression> childValue) {
		List<Object> entries = new ArrayList<>(properties(shape, selection, true));
		Scope scope = new Scope(this, node);
		for (String field : selection.names()) {
			Child child = shape.children().get(field);
			Expression value = (child != null) ? child.expression().apply(scope, selection.of(field)) : null;
			// a child may decline (arguments it leaves to its own field to check): that field then batches it
			if (value != null) {
				entries.add(field);
				entries.add(childValue.apply(field, value));
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
