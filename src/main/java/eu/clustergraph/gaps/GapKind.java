package eu.clustergraph.gaps;

/** The kinds of cooperation gap; see {@code graphql/gaps.graphqls}. */
enum GapKind {

	COMPLEMENTARY_STAGES, STAGE_COVERAGE, UNORGANISED_STRENGTH, ISOLATED

}
