/**
 * Cooperation gaps: ranked, explained opportunities nobody has taken (complementary stages, stage coverage,
 * unorganised strength, isolated clusters); see DESIGN.md, Cooperation.
 */
package eu.clustergraph.gaps;
