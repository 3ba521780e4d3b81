package eu.clustergraph.curation;

import java.security.Principal;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL for curation: every mutation needs a curator's key; the work is in the three curation services. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class CurationController {

	private final ClusterCuration clusters;

	private final LinkCuration links;

	private final PartnershipCuration partnerships;

	CurationController(ClusterCuration clusters, LinkCuration links, PartnershipCuration partnerships) {
		this.clusters = clusters;
		this.links = links;
		this.partnerships = partnerships;
	}

	@MutationMapping
	CurationResult createCluster(@Argument Map<String, Object> input, Principal caller) {
		return this.clusters.create(caller.getName(), input);
	}

	@MutationMapping
	CurationResult updateCluster(@Argument String id, @Argument int version, @Argument Map<String, Object> input,
			Principal caller) {
		return this.clusters.update(caller.getName(), id, version, input);
	}

	@MutationMapping
	CurationResult deleteCluster(@Argument String id, @Argument int version, @Argument Boolean dryRun,
			Principal caller) {
		return this.clusters.delete(caller.getName(), id, version, Boolean.TRUE.equals(dryRun));
	}

	@MutationMapping
	CurationResult addMembership(@Argument String member, @Argument String cluster, @Argument Integer since,
			Principal caller) {
		return this.links.addMembership(caller.getName(), member, cluster, since);
	}

	@MutationMapping
	CurationResult removeMembership(@Argument String member, @Argument String cluster, @Argument Boolean dryRun,
			Principal caller) {
		return this.links.removeMembership(caller.getName(), member, cluster, Boolean.TRUE.equals(dryRun));
	}

	@MutationMapping
	CurationResult addAgreement(@Argument String cluster, @Argument String partner, @Argument String kind,
			@Argument Integer since, Principal caller) {
		return this.links.addAgreement(caller.getName(), cluster, partner, kind, since);
	}

	@MutationMapping
	CurationResult removeAgreement(@Argument String cluster, @Argument String partner, @Argument Boolean dryRun,
			Principal caller) {
		return this.links.removeAgreement(caller.getName(), cluster, partner, Boolean.TRUE.equals(dryRun));
	}

	@MutationMapping
	CurationResult createPartnership(@Argument Map<String, Object> input, Principal caller) {
		return this.partnerships.create(caller.getName(), input);
	}

	@MutationMapping
	CurationResult updatePartnership(@Argument String id, @Argument int version, @Argument Map<String, Object> input,
			Principal caller) {
		return this.partnerships.update(caller.getName(), id, version, input);
	}

	@MutationMapping
	CurationResult deletePartnership(@Argument String id, @Argument int version, @Argument Boolean dryRun,
			Principal caller) {
		return this.partnerships.delete(caller.getName(), id, version, Boolean.TRUE.equals(dryRun));
	}

	@MutationMapping
	CurationResult addPartnershipMember(@Argument String partnership, @Argument String cluster,
			@Argument String role, Principal caller) {
		return this.links.addPartnershipMember(caller.getName(), partnership, cluster, role);
	}

	@MutationMapping
	CurationResult removePartnershipMember(@Argument String partnership, @Argument String cluster,
			@Argument Boolean dryRun, Principal caller) {
		return this.links.removePartnershipMember(caller.getName(), partnership, cluster, Boolean.TRUE.equals(dryRun));
	}

}
