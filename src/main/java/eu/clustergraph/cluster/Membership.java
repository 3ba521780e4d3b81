package eu.clustergraph.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import eu.clustergraph.company.Company;
import eu.clustergraph.organisation.Organisation;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * One member of a cluster with the year it joined: the node of a {@code MemberConnection} edge. The member itself is
 * a Company or an Organisation record, so GraphQL resolves the {@code Member} union by class.
 */
record Membership(Object member, Integer since, boolean synthetic, String id) {

	static Membership from(Value row) {
		return from(row, Company::from);
	}

	/**
	 * From a row whose company member is mapped by {@code companies} (with what its statement read, say); an
	 * organisation member's own keys may come apart from the rest, as {@code organisation}.
	 */
	static Membership from(Value row, Function<Value, Company> companies) {
		Value member = row.get("member");
		Object node = row.get("company").asBoolean() ? companies.apply(member)
				: Organisation.from(withOwnKeys(member, row.get("organisation")));
		return new Membership(node, row.get("since").computeOrDefault(Value::asInt, null),
				row.get("synthetic").asBoolean(false), member.get("id").asString());
	}

	private static Value withOwnKeys(Value member, Value ownKeys) {
		if (ownKeys.isNull()) {
			return member;
		}
		Map<String, Object> all = new HashMap<>(member.asMap());
		all.putAll(ownKeys.asMap());
		return Values.value(all);
	}

}
