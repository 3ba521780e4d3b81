/** NACE Rev. 2 activities: lookups, notes and the section-division-group-class hierarchy. */
package eu.clustergraph.activity;
