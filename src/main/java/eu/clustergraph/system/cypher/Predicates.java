package eu.clustergraph.system.cypher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Builds a WHERE predicate from fixed fragments written in the code, binding every value as a parameter. User
 * input only ever becomes a parameter value, never Cypher text, so a filter cannot inject anything; unlike
 * {@code ($x IS NULL OR n.x = $x)} the compiled predicate names only what is filtered, so the planner can use the
 * indexes behind it.
 */
public final class Predicates {

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private int next;

	/**
	 * Binds a value and returns the fragment with each {@code ?} replaced by the value's parameter, e.g.
	 * {@code bind("n.country = ?", "DE")} gives {@code n.country = $f0}.
	 */
	public String bind(String fragment, Object value) {
		String name = "f" + this.next++;
		this.parameters.put(name, value);
		return fragment.replace("?", "$" + name);
	}

	/** The parameters bound so far, to pass along with the query. */
	public Map<String, Object> parameters() {
		return this.parameters;
	}

	/**
	 * The predicates of nested {@code AND} and {@code OR} filter lists: every AND filter, and one predicate that any
	 * OR filter matches. {@code compile} gets each nested filter and its argument path, such as
	 * {@code filter.OR[1]}, so errors inside name where they are.
	 */
	public static <F> List<String> nested(List<F> and, List<F> or, String path, BiFunction<F, String, String> compile) {
		List<String> predicates = new ArrayList<>();
		if (and != null) {
			for (int i = 0; i < and.size(); i++) {
				predicates.add(compile.apply(and.get(i), path + ".AND[" + i + "]"));
			}
		}
		if (or != null) {
			List<String> any = new ArrayList<>();
			for (int i = 0; i < or.size(); i++) {
				any.add(compile.apply(or.get(i), path + ".OR[" + i + "]"));
			}
			predicates.add(any(any));
		}
		return predicates;
	}

	/** All of the predicates; {@code true} when there are none. */
	public static String all(List<String> predicates) {
		return join(predicates, " AND ", "true");
	}

	/** Any of the predicates; {@code false} when there are none. */
	public static String any(List<String> predicates) {
		return join(predicates, " OR ", "false");
	}

	private static String join(List<String> predicates, String operator, String empty) {
		List<String> parts = new ArrayList<>(predicates);
		if (parts.isEmpty()) {
			return empty;
		}
		return (parts.size() == 1) ? parts.get(0) : "(" + String.join(operator, parts) + ")";
	}

}
