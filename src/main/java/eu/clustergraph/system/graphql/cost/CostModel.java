package eu.clustergraph.system.graphql.cost;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clustergraph.system.graphql.paging.PageRequest;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Turns a document's operation into its {@link CostPlan}, by the rules of the cost directives in
 * {@code graphql/schema.graphqls}:
 * <ul>
 * <li>a field returning an object costs 1, a scalar or enum 0, unless {@code @cost(weight:)} says otherwise;</li>
 * <li>a field with a slicing argument ({@code first}, {@code k}, {@code limit}, or those {@code @listSize} names)
 * multiplies what it selects by that argument (its default when the request leaves it out); a connection multiplies
 * only its {@code edges} and {@code nodes}, a field with {@code @listSize(sizedFields:)} only those fields;</li>
 * <li>any other list multiplies what it selects by {@code @listSize(assumedSize:)}, or the configured assumed size;</li>
 * <li>an introspection field costs a fixed amount with all it selects;</li>
 * <li>every alias and every fragment spread counts: a document pays for each time it asks.</li>
 * </ul>
 */
final class CostModel {

	private static final List<String> SLICING_ARGUMENTS = List.of("first", "k", "limit");

	private static final Set<String> CONNECTION_ITEMS = Set.of("edges", "nodes");

	private final GraphQLSchema schema;

	private final CostProperties properties;

	CostModel(GraphQLSchema schema, CostProperties properties) {
		this.schema = schema;
		this.properties = properties;
	}

	/** The plan of the operation named (or the document's only one); validation has made sure it exists. */
	CostPlan plan(Document document, OperationDefinition operation) {
		Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
			.stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
		GraphQLObjectType root = switch (operation.getOperation()) {
			case MUTATION -> this.schema.getMutationType();
			case SUBSCRIPTION -> this.schema.getSubscriptionType();
			default -> this.schema.getQueryType();
		};
		return CostPlan.operation(new Walk(fragments).fields(root, operation.getSelectionSet(), Set.of()));
	}

	private final class Walk {

		private final Map<String, FragmentDefinition> fragments;

		Walk(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		/** The plans of every field a selection set asks for, fragments spread in place. */
		List<CostPlan> fields(GraphQLCompositeType parent, SelectionSet selections, Set<String> spreading) {
			List<CostPlan> plans = new ArrayList<>();
			if (selections == null) {
				return plans;
			}
			for (Selection<?> selection : selections.getSelections()) {
				if (selection instanceof Field field) {
					plans.add(field(parent, field, spreading));
				}
				else if (selection instanceof InlineFragment inline) {
					GraphQLCompositeType type = (inline.getTypeCondition() == null) ? parent
							: (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
					plans.addAll(fields(type, inline.getSelectionSet(), spreading));
				}
				else if (selection instanceof FragmentSpread spread && !spreading.contains(spread.getName())) {
					// validation rejects fragment cycles before execution; the guard keeps this walk finite anyway
					FragmentDefinition fragment = this.fragments.get(spread.getName());
					if (fragment != null) {
						Set<String> inside = new HashSet<>(spreading);
						inside.add(spread.getName());
						GraphQLCompositeType type = (GraphQLCompositeType) schema
							.getType(fragment.getTypeCondition().getName());
						plans.addAll(fields(type, fragment.getSelectionSet(), inside));
					}
				}
			}
			return plans;
		}

		private CostPlan field(GraphQLCompositeType parent, Field field, Set<String> spreading) {
			return field(parent, field, spreading, false);
		}

		/**
		 * One field's plan; a field its parent sizes (a connection's {@code edges}, a field {@code sizedFields}
		 * names) holds one item per item of the parent, however it is typed.
		 */
		private CostPlan field(GraphQLCompositeType parent, Field field, Set<String> spreading, boolean sizedByParent) {
			String name = field.getName();
			if (name.equals("__typename")) {
				return new CostPlan(0, CostPlan.Size.ONE, List.of(), List.of());
			}
			if (name.startsWith("__")) {
				return new CostPlan(properties.introspection(), CostPlan.Size.ONE, List.of(), List.of());
			}
			GraphQLFieldDefinition definition = (parent instanceof GraphQLFieldsContainer container)
					? container.getFieldDefinition(name) : null;
			if (definition == null) {
				return new CostPlan(0, CostPlan.Size.ONE, List.of(), List.of());
			}
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
			GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
			long weight = directiveInt(definition, "cost", "weight", (named instanceof GraphQLCompositeType) ? 1 : 0);
			if (!(named instanceof GraphQLCompositeType composite)) {
				return new CostPlan(weight, CostPlan.Size.ONE, List.of(), List.of());
			}
			CostPlan.Size size = sizedByParent ? CostPlan.Size.ONE
					: size(definition, field, GraphQLTypeUtil.isList(type));
			Set<String> sized = sizedFields(definition, composite);
			if (sized.isEmpty()) {
				return new CostPlan(weight, size, fields(composite, field.getSelectionSet(), spreading), List.of());
			}
			// the size multiplies the sized fields (a connection's edges and nodes), not the others (totalCount)
			List<CostPlan> perItem = new ArrayList<>();
			List<CostPlan> once = new ArrayList<>();
			for (Field child : childFields(composite, field.getSelectionSet(), spreading)) {
				boolean item = sized.contains(child.getName());
				(item ? perItem : once).add(field(composite, child, spreading, item));
			}
			return new CostPlan(weight, size, perItem, once);
		}

		/** The fields a selection set asks for directly, fragments spread in place (for sized fields). */
		private List<Field> childFields(GraphQLCompositeType parent, SelectionSet selections, Set<String> spreading) {
			List<Field> children = new ArrayList<>();
			for (Selection<?> selection : selections.getSelections()) {
				if (selection instanceof Field field) {
					children.add(field);
				}
				else if (selection instanceof InlineFragment inline) {
					children.addAll(childFields(parent, inline.getSelectionSet(), spreading));
				}
				else if (selection instanceof FragmentSpread spread && !spreading.contains(spread.getName())
						&& this.fragments.containsKey(spread.getName())) {
					Set<String> inside = new HashSet<>(spreading);
					inside.add(spread.getName());
					children.addAll(childFields(parent, this.fragments.get(spread.getName()).getSelectionSet(), inside));
				}
			}
			return children;
		}

		private static Set<String> sizedFields(GraphQLFieldDefinition definition, GraphQLCompositeType type) {
			List<String> named = directiveStrings(definition, "listSize", "sizedFields");
			if (!named.isEmpty()) {
				return Set.copyOf(named);
			}
			return isConnection(type) ? CONNECTION_ITEMS : Set.of();
		}

		private CostPlan.Size size(GraphQLFieldDefinition definition, Field field, boolean list) {
			List<String> slicing = directiveStrings(definition, "listSize", "slicingArguments");
			for (String argument : slicing.isEmpty() ? SLICING_ARGUMENTS : slicing) {
				GraphQLArgument declared = definition.getArgument(argument);
				if (declared != null) {
					return slicedBy(declared, field.getArguments());
				}
			}
			if (!list) {
				return CostPlan.Size.ONE;
			}
			return CostPlan.Size.fixed(directiveInt(definition, "listSize", "assumedSize", properties.assumedListSize()));
		}

		private static CostPlan.Size slicedBy(GraphQLArgument declared, List<Argument> given) {
			long fallback = defaultOf(declared);
			for (Argument argument : given) {
				if (argument.getName().equals(declared.getName())) {
					if (argument.getValue() instanceof IntValue literal) {
						return new CostPlan.Size(literal.getValue().longValue(), null, fallback);
					}
					if (argument.getValue() instanceof VariableReference variable) {
						return new CostPlan.Size(null, variable.getName(), fallback);
					}
				}
			}
			return CostPlan.Size.fixed(fallback);
		}

		private static long defaultOf(GraphQLArgument argument) {
			if (argument.hasSetDefaultValue()) {
				Object value = argument.getArgumentDefaultValue().getValue();
				if (value instanceof IntValue literal) {
					return literal.getValue().longValue();
				}
				if (value instanceof Number number) {
					return number.longValue();
				}
			}
			return PageRequest.DEFAULT_FIRST;
		}

		private static boolean isConnection(GraphQLCompositeType type) {
			return type instanceof GraphQLObjectType object && object.getName().endsWith("Connection")
					&& object.getFieldDefinition("edges") != null;
		}

	}

	private static long directiveInt(GraphQLFieldDefinition definition, String directive, String argument,
			long otherwise) {
		GraphQLAppliedDirective applied = definition.getAppliedDirective(directive);
		GraphQLAppliedDirectiveArgument value = (applied == null) ? null : applied.getArgument(argument);
		Object number = (value == null) ? null : value.getValue();
		return (number instanceof Number n) ? n.longValue() : otherwise;
	}

	private static List<String> directiveStrings(GraphQLFieldDefinition definition, String directive,
			String argument) {
		GraphQLAppliedDirective applied = definition.getAppliedDirective(directive);
		GraphQLAppliedDirectiveArgument value = (applied == null) ? null : applied.getArgument(argument);
		Object list = (value == null) ? null : value.getValue();
		return (list instanceof List<?> items) ? items.stream().map(String::valueOf).toList() : List.of();
	}

}
