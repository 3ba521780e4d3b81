package eu.clustergraph.curation;

import java.util.List;
import java.util.Map;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.RecordNotFoundException;

import org.springframework.stereotype.Component;

/** What deleting a cluster or partnership removes: listed for a dry run, removed (version checked) for a delete. */
@Component
class Removals {

	private final CypherRunner cypher;

	private final NamedQuery list;

	private final NamedQuery delete;

	Removals(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.list = queries.get("curation/node-removals");
		this.delete = queries.get("curation/delete-node");
	}

	/** What a delete would remove, changing nothing. */
	List<CurationResult.Removal> preview(String label, String id, String argument) {
		List<List<CurationResult.Removal>> rows = this.cypher.read(this.list, Map.of("label", label, "id", id),
				row -> row.get("removes").asList(value -> new CurationResult.Removal(value.get("kind").asString(),
						value.get("count").asLong())));
		if (rows.isEmpty()) {
			throw new RecordNotFoundException(argument, "names no " + label.toLowerCase() + " ('" + id + "')");
		}
		return rows.get(0);
	}

	/** Deletes the node if it is at {@code version}; what it removed. */
	List<CurationResult.Removal> delete(CypherRunner.Transaction transaction, String label, String id, int version,
			long current) {
		List<CurationResult.Removal> removed = transaction
			.run(this.list, Map.of("label", label, "id", id),
					row -> row.get("removes").asList(value -> new CurationResult.Removal(value.get("kind").asString(),
							value.get("count").asLong())))
			.get(0);
		if (transaction.run(this.delete, Map.of("label", label, "id", id, "version", version), row -> row).isEmpty()) {
			throw AuditedChanges.conflict(label + " " + id, version, current);
		}
		return removed;
	}

}
