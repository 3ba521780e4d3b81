package eu.clustergraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clustergraph.system.query.Projection;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Selections written as nested lists, such as {@code of("id", "name", field("region", "code"))}: what a GraphQL
 * document selects, for tests of the statements a selection produces, without a schema.
 */
public final class Selections {

	private Selections() {
	}

	/** The selection of an object: field names, and {@link #field} for fields with their own selection. */
	public static Projection.Selection of(Object... fields) {
		return Projection.Selection.of(set(fields));
	}

	/** A field with a selection of its own. */
	public static SelectedField field(String name, Object... fields) {
		return field(name, Map.of(), fields);
	}

	/** A field with arguments and a selection of its own. */
	public static SelectedField field(String name, Map<String, Object> arguments, Object... fields) {
		List<SelectedField> immediate = mockAll(fields);
		SelectedField field = mock(SelectedField.class);
		DataFetchingFieldSelectionSet set = mock(DataFetchingFieldSelectionSet.class);
		when(set.getImmediateFields()).thenReturn(immediate);
		when(field.getName()).thenReturn(name);
		when(field.getSelectionSet()).thenReturn(set);
		when(field.getArguments()).thenReturn(arguments);
		return field;
	}

	private static DataFetchingFieldSelectionSet set(Object... fields) {
		// the fields' own stubbing must finish before this one starts
		List<SelectedField> immediate = mockAll(fields);
		DataFetchingFieldSelectionSet set = mock(DataFetchingFieldSelectionSet.class);
		when(set.getImmediateFields()).thenReturn(immediate);
		return set;
	}

	private static List<SelectedField> mockAll(Object... fields) {
		List<SelectedField> all = new ArrayList<>();
		for (Object field : fields) {
			all.add((field instanceof SelectedField selected) ? selected : field((String) field));
		}
		return all;
	}

}
