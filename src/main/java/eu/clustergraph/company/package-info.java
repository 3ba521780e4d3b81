/**
 * Member companies: lookups, filtered and sorted pages, and their ties (region, activity, stages, cooperation
 * partners, suppliers and customers), every tie batched per response level.
 */
package eu.clustergraph.company;
