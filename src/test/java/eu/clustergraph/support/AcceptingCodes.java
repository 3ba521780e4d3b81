package eu.clustergraph.support;

import eu.clustergraph.reference.ReferenceCodes;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Reference codes that accept every code as given: for tests of what a filter compiles to, without a graph. */
public final class AcceptingCodes {

	private AcceptingCodes() {
	}

	public static ReferenceCodes all() {
		ReferenceCodes codes = mock(ReferenceCodes.class);
		when(codes.requireCountry(any(), anyInt(), any())).thenAnswer(call -> call.getArgument(0));
		when(codes.requireRegion(any(), anyInt(), any())).thenAnswer(call -> call.getArgument(0));
		when(codes.requireEcosystem(any(), any())).thenAnswer(call -> call.getArgument(0));
		when(codes.requireActivity(any(), any())).thenAnswer(call -> call.getArgument(0));
		when(codes.requireStage(any(), any())).thenAnswer(call -> call.getArgument(0));
		when(codes.requireValueChain(any(), any())).thenAnswer(call -> call.getArgument(0));
		return codes;
	}

}
