package eu.clustergraph.system.query;

import java.util.function.Function;

import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;

/**
 * One order of a list, for keyset pagination: rows are ordered by (sort value, id) and a page continues strictly
 * after the (value, id) of the previous page's last row, so deep pages cost what the first page costs and no row is
 * skipped or repeated when rows are added between requests.
 *
 * @param value the sort value of a row, such as {@code coalesce(c.founded, 0)}; null for the row's unique key
 * @param numeric whether the value is a whole number (else text)
 * @param descending whether larger values come first
 */
public record SortKey(Function<Node, Expression> value, boolean numeric, boolean descending) {

	/** By the row's unique key (its {@link NodeList#id()}), which breaks no ties because it has none. */
	public static final SortKey BY_KEY = new SortKey(null, false, false);

	private static final char SEPARATOR = '\u001f';

	/** Text ascending by a property. */
	public static SortKey byText(String property) {
		return new SortKey(row -> row.property(property), false, false);
	}

	/** Whole numbers by a property, missing ones as 0. */
	public static SortKey byNumber(String property, boolean descending) {
		return new SortKey(row -> Cypher.coalesce(row.property(property), Cypher.literalOf(0)), true, descending);
	}

	/** Decimals by a property, missing ones as 0. */
	public static SortKey byDecimal(String property, boolean descending) {
		return new SortKey(row -> Cypher.coalesce(row.property(property), Cypher.literalOf(0.0)), true, descending);
	}

	/** The condition that starts a page after a cursor key, over the row's sort value; none on the first page. */
	Condition after(String cursorKey, Expression rowValue, Expression id) {
		if (cursorKey == null) {
			return Cypher.noCondition();
		}
		int split = cursorKey.lastIndexOf(SEPARATOR);
		Object sortValue;
		try {
			if (split < 0) {
				throw new NumberFormatException();
			}
			sortValue = this.numeric ? number(cursorKey.substring(0, split)) : cursorKey.substring(0, split);
		}
		catch (NumberFormatException notThisSort) {
			throw new InvalidArgumentException("after", "is not a cursor of this sort order: page from the start again");
		}
		if (this.value == null) {
			return id.gt(Cypher.anonParameter(cursorKey.substring(split + 1)));
		}
		Expression at = Cypher.anonParameter(sortValue);
		Condition beyond = this.descending ? rowValue.lt(at) : rowValue.gt(at);
		return beyond.or(rowValue.isEqualTo(at).and(id.gt(Cypher.anonParameter(cursorKey.substring(split + 1)))));
	}

	/** A whole number as it was written into the cursor, else the decimal ({@code Double.toString} round-trips). */
	private static Object number(String text) {
		return (text.indexOf('.') < 0 && text.indexOf('E') < 0 && !text.contains("NaN") && !text.contains("Infinity"))
				? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
	}

	/** The sort value of a row of a list. */
	Expression of(NodeList<?> list, Node row) {
		return (this.value == null) ? list.id().apply(row) : this.value.apply(row);
	}

	/** The cursor key of a row. */
	static String cursorKey(Object sortValue, String id) {
		return sortValue + String.valueOf(SEPARATOR) + id;
	}

}
