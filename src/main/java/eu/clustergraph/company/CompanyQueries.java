package eu.clustergraph.company;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** The company feature's named queries ({@code cypher/queries/company}). */
@Component
class CompanyQueries {

	private final CypherRunner cypher;

	private final CypherQueries queries;

	CompanyQueries(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	Map<String, List<Region>> regions(List<String> ids) {
		return grouped("regions", ids, record -> Region.from(record.get("r")));
	}

	Map<String, List<Activity>> activities(List<String> ids) {
		return grouped("activities", ids, record -> Activity.from(record.get("a")));
	}

	Map<String, List<Stage>> stages(List<String> ids) {
		return grouped("stages", ids, Stage::from);
	}

	Map<String, List<Ties.Cooperation>> cooperations(List<String> ids) {
		return grouped("cooperations", ids, record -> new Ties.Cooperation(Company.from(record.get("partner")),
				record.get("type").asString(), integer(record.get("since")), record.get("synthetic").asBoolean(false)));
	}

	Map<String, List<Ties.SupplyLink>> suppliers(List<String> ids) {
		return grouped("suppliers", ids, CompanyQueries::supplyLink);
	}

	Map<String, List<Ties.SupplyLink>> customers(List<String> ids) {
		return grouped("customers", ids, CompanyQueries::supplyLink);
	}

	private static Ties.SupplyLink supplyLink(Record record) {
		Stage stage = record.get("s").isNull() ? null : Stage.from(record);
		return new Ties.SupplyLink(Company.from(record.get("other")), stage, integer(record.get("since")),
				record.get("synthetic").asBoolean(false));
	}

	private static Integer integer(Value value) {
		return value.computeOrDefault(Value::asInt, null);
	}

	private <V> Map<String, List<V>> grouped(String name, List<String> ids, Function<Record, V> mapper) {
		return this.cypher.readByIds(query(name), ids, mapper);
	}

	NamedQuery query(String name) {
		return this.queries.get("company/" + name);
	}

}
