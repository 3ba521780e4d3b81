package eu.clustergraph.curation;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.neo4j.driver.Value;

/**
 * An audited change, as the {@code Change} node holds it.
 *
 * @param sequence its number, in the order changes were made
 * @param at when, ISO 8601
 * @param by the API key's name
 * @param action CREATE, UPDATE or DELETE
 * @param kind the kind of record
 * @param target the record's id, or a link's two ids
 * @param before the state before, null for a creation
 * @param after the state after, null for a delete
 */
record Change(long sequence, String at, String by, String action, String kind, String target,
		Map<String, Object> before, Map<String, Object> after) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
	};

	static Change from(Value change) {
		ZonedDateTime at = change.get("at").asZonedDateTime();
		return new Change(change.get("sequence").asLong(), at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
				change.get("by").asString(), change.get("action").asString(), change.get("kind").asString(),
				change.get("target").asString(), state(change.get("before").asString(null)),
				state(change.get("after").asString(null)));
	}

	/** A state as the audit stores it: JSON text, so that any shape of record fits one property. */
	static String json(Map<String, Object> state) {
		return (state == null) ? null : JSON.writeValueAsString(state);
	}

	private static Map<String, Object> state(String json) {
		return (json == null) ? null : JSON.readValue(json, STATE);
	}

}
