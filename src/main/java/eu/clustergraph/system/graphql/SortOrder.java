package eu.clustergraph.system.graphql;

import java.util.Map;

import eu.clustergraph.system.cypher.Predicates;

/**
 * Keyset pagination over any sort: rows are ordered by (sort value, id) and a page continues strictly after the
 * (value, id) of the previous page's last row, so deep pages cost what the first page costs and no row is skipped or
 * repeated when rows are added between requests.
 *
 * @param expression the sort value in Cypher over the row variable (fixed text from the code), e.g.
 * {@code coalesce(c.founded, -1)}
 * @param numeric whether the value is a whole number (else text)
 * @param descending whether larger values come first
 */
public record SortOrder(String expression, boolean numeric, boolean descending) {

	private static final char SEPARATOR = '\u001f';

	/** The slots of a paging query: {@code sort} and {@code direction}. */
	public Map<String, String> slots() {
		return Map.of("sort", this.expression, "direction", this.descending ? "DESC" : "ASC");
	}

	/**
	 * The predicate that starts a page after a cursor key, over the projected {@code sortValue} and the row's id
	 * expression; {@code true} on the first page.
	 */
	public String after(String cursorKey, String idExpression, Predicates predicates) {
		if (cursorKey == null) {
			return "true";
		}
		int split = cursorKey.lastIndexOf(SEPARATOR);
		if (split < 0) {
			throw new InvalidArgumentException("after", "is not a cursor of this sort order: page from the start again");
		}
		Object value;
		try {
			value = this.numeric ? (Object) Long.parseLong(cursorKey.substring(0, split)) : cursorKey.substring(0, split);
		}
		catch (NumberFormatException notThisSort) {
			throw new InvalidArgumentException("after", "is not a cursor of this sort order: page from the start again");
		}
		String id = cursorKey.substring(split + 1);
		String beyond = this.descending ? "sortValue < ?" : "sortValue > ?";
		return "(" + predicates.bind(beyond, value) + " OR (" + predicates.bind("sortValue = ?", value) + " AND "
				+ predicates.bind(idExpression + " > ?", id) + "))";
	}

	/** The cursor key of a row. */
	public static String cursorKey(Object sortValue, String id) {
		return sortValue + String.valueOf(SEPARATOR) + id;
	}

}
