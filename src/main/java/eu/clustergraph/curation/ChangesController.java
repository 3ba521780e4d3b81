package eu.clustergraph.curation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for the audit of changes, oldest first, paged by sequence number. */
@Controller
class ChangesController {

	private final CypherRunner cypher;

	private final NamedQuery changes;

	ChangesController(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.changes = queries.get("curation/changes");
	}

	@QueryMapping
	Connection<Change> changes(@Argument String since, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		String from = since(since);
		PageRequest page = PageRequest.of(first, after, selection);
		long afterSequence = afterSequence(page.afterKey());
		return Connection.fetch(page, (key, limit) -> {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("after", afterSequence);
			// a plain null: in-process reads take Java values, not the driver's
			parameters.put("since", from);
			parameters.put("limit", limit);
			return this.cypher.read(this.changes, parameters, row -> Change.from(row.get("change")));
		}, change -> Long.toString(change.sequence()), () -> {
			throw new UnsupportedOperationException("a change connection has no totalCount");
		});
	}

	private static String since(String since) {
		if (since == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(since.strip()).toString();
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidArgumentException("since",
					"must be an ISO 8601 date-time with an offset, such as 2026-12-01T00:00:00Z (was '" + since + "')");
		}
	}

	private static long afterSequence(String key) {
		if (key == null) {
			return 0;
		}
		try {
			return Long.parseLong(key);
		}
		catch (NumberFormatException invalid) {
			throw new InvalidArgumentException("after", "is not a cursor of this connection");
		}
	}

}
