package eu.clustergraph.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import eu.clustergraph.dataset.AgreementRow;
import eu.clustergraph.dataset.ClusterEcosystemRow;
import eu.clustergraph.dataset.ClusterRow;
import eu.clustergraph.dataset.ClusterStageRow;
import eu.clustergraph.dataset.CompanyRow;
import eu.clustergraph.dataset.CompanyStageRow;
import eu.clustergraph.dataset.CooperationRow;
import eu.clustergraph.dataset.CsvFields;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.DatasetRow;
import eu.clustergraph.dataset.IndicatorRow;
import eu.clustergraph.dataset.MembershipRow;
import eu.clustergraph.dataset.OrganisationRow;
import eu.clustergraph.dataset.PartnershipMemberRow;
import eu.clustergraph.dataset.PartnershipRow;
import eu.clustergraph.dataset.PartnershipTargetRow;
import eu.clustergraph.dataset.RegionalActivityRow;
import eu.clustergraph.dataset.SupplyRow;
import eu.clustergraph.dataset.Vocabulary;
import eu.clustergraph.generator.GeneratorReference.Nuts2;
import eu.clustergraph.generator.Rng.Stream;
import eu.clustergraph.generator.TieGenerator.Cooperation;
import eu.clustergraph.generator.TieGenerator.Partnership;
import eu.clustergraph.generator.TieGenerator.Supply;
import eu.clustergraph.generator.TieGenerator.Ties;
import eu.clustergraph.system.Sha256;

/**
 * Writes the dataset files: UTF-8, LF line ends, a header, decimals from the exact binary value with fixed scale
 * (never {@code Double.toString}, whose digits changed across JDKs), so the bytes depend only on the data.
 */
final class DatasetWriter {

	/** The folder of the ground truth, beside the dataset files. */
	static final String TRUTH = "truth";

	private static final String[] UNITS = { "% of GDP", "per million inhabitants", "% of active population", "%",
			"index 0-100" };

	private final Path out;

	private final GeneratorOptions options;

	private final GeneratorReference reference;

	private final Population p;

	private final Ties ties;

	private final Map<String, Map<String, Object>> written = new LinkedHashMap<>();

	private final RealSet real;

	DatasetWriter(Path out, GeneratorOptions options, GeneratorReference reference, Population population, Ties ties,
			RealSet real) {
		this.real = real;
		this.out = out;
		this.options = options;
		this.reference = reference;
		this.p = population;
		this.ties = ties;
	}

	/** Writes every file and the manifest; returns rows per file. */
	Map<String, Long> write() throws IOException {
		Files.createDirectories(this.out);
		clusters();
		companies();
		organisations();
		partnerships();
		indicators();
		regionalActivity();
		memberships();
		clusterEcosystems();
		stages();
		cooperations();
		supplies();
		agreements();
		truth();
		Manifest.write(this.out, this.options, this.real, this.written);
		Map<String, Long> rows = new LinkedHashMap<>();
		this.written.forEach((file, facts) -> rows.put(file, (Long) facts.get("rows")));
		return rows;
	}

	private void clusters() throws IOException {
		String source = "synthetic: cluster-graph generate " + Manifest.GENERATOR_VERSION + ", seed " + this.options.seed();
		try (Csv csv = open(DatasetFile.CLUSTERS)) {
			for (int k = 0; k < this.p.syntheticClusterCount; k++) {
				Nuts2 region = this.reference.allNuts2.get(this.p.clusterNuts2[k]);
				String ecosystem = this.reference.ecosystemNames.get(
						this.reference.ecosystems.get(this.p.clusterEcosystems[k][0]));
				String id = this.p.clusterId(k);
				csv.row(new ClusterRow(id, this.p.clusterName[k], this.p.clusterAcronym[k],
						ecosystem + " cluster organisation in " + region.name() + " (" + region.country() + ") with "
								+ this.p.clusterMembers[k] + " members.",
						this.p.clusterFounded[k], this.p.clusterLegalForm[k], this.p.clusterStaff[k],
						this.p.clusterLabel[k], Names.website(this.p.clusterAcronym[k], id), this.p.clusterNuts3[k], true,
						source));
			}
			// real clusters exactly as the real set has them
			for (RealSet.Row row : this.real.clusters()) {
				csv.row(row.in(DatasetFile.CLUSTERS));
			}
		}
	}

	private void companies() throws IOException {
		try (Csv csv = open(DatasetFile.COMPANIES)) {
			for (int j = 0; j < this.p.companyCount; j++) {
				int size = this.p.companySize[j];
				csv.row(new CompanyRow(Population.companyId(j), this.p.companyName[j], this.p.companyLegalForm[j],
						Vocabulary.SIZE_CLASSES.get(size), (long) this.p.companyEmployees[j],
						(double) this.p.companyTurnover[j], this.p.companyFounded[j], size < 3, this.p.companyNuts3[j],
						this.p.companyNace[j], this.p.companyLon[j], this.p.companyLat[j], true));
			}
		}
	}

	private void organisations() throws IOException {
		try (Csv csv = open(DatasetFile.ORGANISATIONS)) {
			for (int o = 0; o < this.p.organisations.size(); o++) {
				var organisation = this.p.organisations.get(o);
				csv.row(new OrganisationRow(Population.organisationId(o), organisation.name(), organisation.type(),
						organisation.nuts3(), true));
			}
		}
	}

	private void partnerships() throws IOException {
		try (Csv nodes = open(DatasetFile.PARTNERSHIPS);
				Csv members = open(DatasetFile.PARTNERSHIP_MEMBERS);
				Csv targets = open(DatasetFile.PARTNERSHIP_TARGETS)) {
			for (int i = 0; i < this.ties.partnerships.size(); i++) {
				Partnership partnership = this.ties.partnerships.get(i);
				String id = String.format(Locale.ROOT, "PA%03d", i + 1);
				nodes.row(new PartnershipRow(id, partnership.kind(), partnership.name(), partnership.programme(),
						partnership.startYear(), partnership.endYear(), true));
				for (int m = 0; m < partnership.clusters().length; m++) {
					members.row(new PartnershipMemberRow(id, this.p.clusterId(partnership.clusters()[m]),
							(m == 0) ? "COORDINATOR" : "PARTNER"));
				}
				targets.row(new PartnershipTargetRow(id, partnership.ecosystem(), null));
				if (partnership.valueChain() != null) {
					targets.row(new PartnershipTargetRow(id, null, partnership.valueChain()));
				}
			}
			for (RealSet.Row row : this.real.partnerships()) {
				nodes.row(row.in(DatasetFile.PARTNERSHIPS));
			}
			for (RealSet.Row row : this.real.partnershipMembers()) {
				members.row(row.in(DatasetFile.PARTNERSHIP_MEMBERS));
			}
		}
	}

	/** Regional indicators from the latent strength z (GENERATOR.md), 2019-2023, every value synthetic. */
	private void indicators() throws IOException {
		try (Csv csv = open(DatasetFile.INDICATORS)) {
			for (int r = 0; r < this.reference.allNuts2.size(); r++) {
				double z = this.p.regionZ[r];
				for (int i = 0; i < Vocabulary.INDICATORS.size(); i++) {
					for (int year = 2019; year <= 2023; year++) {
						double e = Rng.of(this.options.seed(), Stream.INDICATOR, r * 100L + i * 10L + (year - 2019))
							.normal();
						double value = switch (i) {
							case 0 -> StrictMath.exp(StrictMath.log(1.3) + 0.65 * z + 0.35 * e);
							case 1 -> StrictMath.exp(StrictMath.log(50) + z + 0.6 * e);
							case 2 -> 47 + 6 * z + 4 * e;
							case 3 -> 55 + 8 * z + 6 * e;
							default -> 50 + 8 * z + 12 * e;
						};
						if (i >= 2) {
							value = Math.max(0, Math.min(100, value));
						}
						csv.row(new IndicatorRow(this.reference.allNuts2.get(r).code(), Vocabulary.INDICATORS.get(i),
								year, value, UNITS[i], "synthetic (GENERATOR.md)", true));
					}
				}
			}
		}
	}

	/** Employees and establishments per NUTS 2 region and NACE division, every value synthetic (GENERATOR.md). */
	private void regionalActivity() throws IOException {
		RegionalActivity activity = this.p.activity;
		try (Csv csv = open(DatasetFile.REGIONAL_ACTIVITY)) {
			for (int r = 0; r < this.reference.allNuts2.size(); r++) {
				for (int d = 0; d < this.reference.divisions.size(); d++) {
					csv.row(new RegionalActivityRow(this.reference.allNuts2.get(r).code(), this.reference.divisions.get(d),
							activity.employees[r][d], activity.establishments[r][d], "synthetic (GENERATOR.md)", true));
				}
			}
		}
	}

	/** The ground truth of the gap finders, in {@code truth/}: the importer never reads it. */
	private void truth() throws IOException {
		Files.createDirectories(this.out.resolve(TRUTH));
		GroundTruth truth = new GroundTruth(this.reference, this.p, this.ties, this.real, this.options.seed());
		try (Csv csv = new Csv(TRUTH + "/unorganised_strength.csv", List.of("region", "ecosystem_id",
				"location_quotient", "employees", "establishments", "planted"))) {
			for (GroundTruth.UnorganisedStrength row : truth.unorganisedStrengths()) {
				csv.row(row.region(), row.ecosystem(), CsvFields.decimal(row.quotient(), 6), Long.toString(row.employees()),
						Long.toString(row.establishments()), Boolean.toString(row.planted()));
			}
		}
		try (Csv csv = new Csv(TRUTH + "/missing_stages.csv",
				List.of("country", "stage_id", "active_companies", "planted"))) {
			for (GroundTruth.MissingStageRow row : truth.missingStages()) {
				csv.row(row.country(), row.stage(), Integer.toString(row.activeCompanies()),
						Boolean.toString(row.planted()));
			}
		}
		try (Csv csv = new Csv(TRUTH + "/complementary_pairs.csv",
				List.of("cluster_id", "partner_id", "stage_id", "partner_stage_id", "expected"))) {
			for (GroundTruth.ComplementaryPair row : truth.complementaryPairs(
					Math.max(5, (int) Math.round(this.p.clusterCount / 24.0)))) {
				csv.row(this.p.clusterId(row.cluster()), this.p.clusterId(row.partner()), row.stage(),
						row.partnerStage(), row.tied() ? "TIED" : "UNTIED");
			}
		}
	}

	private void memberships() throws IOException {
		try (Csv csv = open(DatasetFile.MEMBERSHIPS)) {
			for (int k = 0; k < this.p.clusterCount; k++) {
				int founded = this.p.clusterFounded[k];
				int[] companies = this.p.clusterCompanies[k];
				for (int i = 0; i < companies.length; i++) {
					int j = companies[i];
					int from = Math.max(founded, this.p.companyFounded[j]);
					int since = Rng.of(this.options.seed(), Stream.MEMBERSHIP, (long) k << 24 | i).between(from, 2024);
					csv.row(new MembershipRow(Population.companyId(j), this.p.clusterId(k), since, null));
				}
				int[] organisations = this.p.clusterOrganisations[k];
				for (int i = 0; i < organisations.length; i++) {
					int since = Rng.of(this.options.seed(), Stream.MEMBERSHIP, (long) k << 24 | (1 << 23) | i)
						.between(founded, 2024);
					csv.row(new MembershipRow(Population.organisationId(organisations[i]), this.p.clusterId(k), since,
							null));
				}
			}
		}
	}

	private void clusterEcosystems() throws IOException {
		try (Csv csv = open(DatasetFile.CLUSTER_ECOSYSTEMS)) {
			for (int k = 0; k < this.p.clusterCount; k++) {
				int[] ecosystems = this.p.clusterEcosystems[k];
				for (int i = 0; i < ecosystems.length; i++) {
					csv.row(new ClusterEcosystemRow(this.p.clusterId(k), this.reference.ecosystems.get(ecosystems[i]),
							i == 0));
				}
			}
		}
	}

	private void stages() throws IOException {
		try (Csv clusters = open(DatasetFile.CLUSTER_STAGES); Csv companies = open(DatasetFile.COMPANY_STAGES)) {
			for (int k = 0; k < this.p.clusterCount; k++) {
				for (int s : this.ties.clusterStages[k]) {
					clusters.row(new ClusterStageRow(this.p.clusterId(k), this.reference.stages.get(s).id()));
				}
			}
			for (int j = 0; j < this.p.companyCount; j++) {
				for (int s : this.ties.companyStages[j]) {
					companies.row(new CompanyStageRow(Population.companyId(j), this.reference.stages.get(s).id()));
				}
			}
		}
	}

	private void cooperations() throws IOException {
		try (Csv csv = open(DatasetFile.COOPERATIONS)) {
			for (Cooperation cooperation : this.ties.cooperations) {
				csv.row(new CooperationRow(Population.companyId(cooperation.first()),
						Population.companyId(cooperation.second()), cooperation.type(), cooperation.since()));
			}
		}
	}

	private void supplies() throws IOException {
		try (Csv csv = open(DatasetFile.SUPPLIES)) {
			for (Supply supply : this.ties.supplies) {
				csv.row(new SupplyRow(Population.companyId(supply.supplier()), Population.companyId(supply.customer()),
						this.reference.stages.get(supply.stage()).id(), supply.since()));
			}
		}
	}

	private void agreements() throws IOException {
		try (Csv csv = open(DatasetFile.AGREEMENTS)) {
			for (int[] agreement : this.ties.agreements) {
				csv.row(new AgreementRow(this.p.clusterId(agreement[0]), this.p.clusterId(agreement[1]), "MOU",
						agreement[2]));
			}
			for (RealSet.Row row : this.real.agreements()) {
				csv.row(row.in(DatasetFile.AGREEMENTS));
			}
		}
	}

	private Csv open(DatasetFile file) throws IOException {
		return new Csv(file.fileName(), file.header());
	}

	/** One output file, hashed while it is written. */
	private final class Csv implements AutoCloseable {

		private final String fileName;

		private final DigestOutputStream digest;

		private final CsvWriter writer;

		private long rows;

		Csv(String fileName, List<String> header) throws IOException {
			this.fileName = fileName;
			OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out.resolve(fileName)), 1 << 16);
			this.digest = new DigestOutputStream(stream, Sha256.digest());
			this.writer = CsvWriter.builder()
				.lineDelimiter(LineDelimiter.LF)
				.build(this.digest, StandardCharsets.UTF_8);
			this.writer.writeRecord(header);
		}

		void row(DatasetRow row) {
			row(row.fields());
		}

		void row(String... fields) {
			this.writer.writeRecord(fields);
			this.rows++;
		}

		@Override
		public void close() throws IOException {
			this.writer.close();
			Map<String, Object> facts = new LinkedHashMap<>();
			facts.put("rows", this.rows);
			facts.put("sha256", Sha256.hex(this.digest.getMessageDigest()));
			written.put(this.fileName, facts);
		}

	}

}
