package eu.clustergraph.system.cypher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/**
 * Reads that run inside this process's embedded database, without the Bolt round trip: present only when the
 * database is embedded and in-process reads are on; {@link CypherRunner} uses it for every read when it is there,
 * and the driver for everything else. Rows come back as driver records, so mappers do not know which path ran.
 */
public interface InProcessReads {

	/**
	 * Runs one read in its own transaction.
	 *
	 * @param timeout the transaction's timeout, or null for none
	 * @throws StatementTimeoutException when the database stops it at its timeout
	 */
	List<Record> read(NamedQuery query, Map<String, Object> parameters, Duration timeout);

}
