/** Non-company cluster members: research centres, universities, public bodies and intermediaries. */
package eu.clustergraph.organisation;
