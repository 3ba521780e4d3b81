package eu.clustergraph.system.security;

/** What an API key may do; each role includes the ones before it. */
public enum Role {

	/** Read, where reads need a key. */
	READER,

	/** Create, update and delete records. */
	CURATOR,

	/** Everything, and the health endpoint's details. */
	ADMIN;

	/** The authority Spring Security checks for this role. */
	String authority() {
		return "ROLE_" + name();
	}

}
