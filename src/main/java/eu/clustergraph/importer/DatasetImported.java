package eu.clustergraph.importer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import eu.clustergraph.dataset.AgreementRow;
import eu.clustergraph.dataset.ClusterRow;
import eu.clustergraph.dataset.CooperationRow;
import eu.clustergraph.dataset.DatasetRow;
import eu.clustergraph.dataset.LinkRow;
import eu.clustergraph.dataset.MembershipRow;
import eu.clustergraph.dataset.PartnershipMemberRow;
import eu.clustergraph.dataset.PartnershipRow;
import eu.clustergraph.dataset.SupplyRow;

/**
 * Published after a dataset was written to the graph, so features that keep data derived from it (such as the
 * cluster cooperation ties) bring it up to date, in the importer's thread, before the import reports success. It
 * names what the import wrote, so derived data can be brought up to date for those parts only.
 *
 * @param directory the dataset directory
 * @param clusters the clusters the import wrote, gave members or agreements, or added to partnerships
 * @param companies the companies whose cooperation or supply links it wrote
 * @param partnerships the partnerships it wrote or added partners to
 * @param ties every cooperation tie of the clusters it wrote, when it proved that its rows tie only nodes it created
 * ({@link ImportedTies}); empty when they must be derived in the graph
 */
public record DatasetImported(Path directory, Set<String> clusters, Set<String> companies, Set<String> partnerships,
		Optional<Ties> ties) {

	/** Ties derived from an import's rows, each as {@code from}, {@code to} and {@code properties}, made one at a time. */
	@FunctionalInterface
	public interface Ties {

		void forEach(Consumer<Map<String, Object>> tie);

	}

	/** An import whose ties are derived in the graph. */
	public DatasetImported(Path directory, Set<String> clusters, Set<String> companies, Set<String> partnerships) {
		this(directory, clusters, companies, partnerships, Optional.empty());
	}

	/** Gathers the ids as the rows are written. */
	static final class Collector {

		private final Path directory;

		private final Set<String> clusters = new TreeSet<>();

		private final Set<String> companies = new TreeSet<>();

		private final Set<String> partnerships = new TreeSet<>();

		Collector(Path directory) {
			this.directory = directory;
		}

		void add(DatasetRow row) {
			if (row instanceof ClusterRow cluster) {
				this.clusters.add(cluster.id());
			}
			else if (row instanceof MembershipRow membership) {
				this.clusters.add(membership.clusterId());
			}
			else if (row instanceof AgreementRow || row instanceof CooperationRow || row instanceof SupplyRow) {
				LinkRow link = (LinkRow) row;
				Set<String> ends = (row instanceof AgreementRow) ? this.clusters : this.companies;
				ends.add(link.from());
				ends.add(link.to());
			}
			else if (row instanceof PartnershipRow partnership) {
				this.partnerships.add(partnership.id());
			}
			else if (row instanceof PartnershipMemberRow member) {
				this.partnerships.add(member.partnershipId());
			}
		}

		DatasetImported collected(Optional<Ties> ties) {
			return new DatasetImported(this.directory, this.clusters, this.companies, this.partnerships, ties);
		}

	}

}
