package eu.clustergraph.system.graphql.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.DataLoaderRegistrar;

import static org.assertj.core.api.Assertions.assertThat;

class OnDemandDataLoadersTests {

	private final AtomicInteger registrations = new AtomicInteger();

	private final List<List<String>> batches = new CopyOnWriteArrayList<>();

	private final GraphQLContext context = GraphQLContext.newContext().build();

	/** Registers three loaders, as Spring's batch-loader registry registers all of them, and counts the calls. */
	private final DataLoaderRegistrar registrar = (registry, context) -> {
		assertThat(context).isSameAs(this.context);
		this.registrations.incrementAndGet();
		for (String name : List.of("Cluster.region", "Cluster.members", "Company.activity")) {
			BatchLoader<String, String> echo = keys -> {
				this.batches.add(keys);
				return CompletableFuture.completedFuture(keys);
			};
			registry.register(name, DataLoaderFactory.newDataLoader(name, echo));
		}
	};

	@Test
	void aRequestThatAsksForNoLoaderCreatesNoneAndDispatchesNone() {
		OnDemandDataLoaders loaders = new OnDemandDataLoaders(this.registrar, this.context);

		loaders.dispatchAll();

		assertThat(loaders.getDataLoaders()).isEmpty();
		assertThat(this.registrations).hasValue(0);
	}

	@Test
	void onlyTheLoadersAskedForAreInTheRegistryAndTheRequestsLoadersAreCreatedOnce() {
		OnDemandDataLoaders loaders = new OnDemandDataLoaders(this.registrar, this.context);

		DataLoader<String, String> region = loaders.getDataLoader("Cluster.region");
		DataLoader<String, String> activity = loaders.getDataLoader("Company.activity");

		assertThat(loaders.getKeys()).containsExactlyInAnyOrder("Cluster.region", "Company.activity");
		assertThat(loaders.getDataLoaders()).containsExactlyInAnyOrder(region, activity);
		assertThat(this.registrations).hasValue(1);
	}

	@Test
	void everyAskForALoaderWithinARequestGetsTheSameInstanceSoThatItsKeysBatch() throws Exception {
		OnDemandDataLoaders loaders = new OnDemandDataLoaders(this.registrar, this.context);

		DataLoader<String, String> first = loaders.getDataLoader("Cluster.region");
		CompletableFuture<String> a = first.load("DE11");
		CompletableFuture<String> b = loaders.<String, String>getDataLoader("Cluster.region").load("FR10");
		loaders.dispatchAll();

		assertThat(loaders.<String, String>getDataLoader("Cluster.region")).isSameAs(first);
		assertThat(a.get()).isEqualTo("DE11");
		assertThat(b.get()).isEqualTo("FR10");
		assertThat(this.batches).containsExactly(List.of("DE11", "FR10"));
	}

	@Test
	void aNameWithoutALoaderGivesNullAsAnyRegistryDoes() {
		OnDemandDataLoaders loaders = new OnDemandDataLoaders(this.registrar, this.context);

		assertThat(loaders.<String, String>getDataLoader("Cluster.unknown")).isNull();
		assertThat(loaders.getDataLoaders()).isEmpty();
	}

}
