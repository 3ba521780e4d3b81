package eu.clustergraph.system.graphql.engine;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import org.springframework.graphql.execution.DataLoaderRegistrar;

/**
 * A request's data loaders, each one put in the request's registry when a field first asks for it.
 *
 * <p>Spring GraphQL fills every request's registry with all its loaders up front, and graphql-java dispatches each
 * at every level of the result, used or not (measured in {@code docs/decisions/0005}). Here the registry starts
 * empty: the first loader asked for creates the request's loaders once, from the same registrar and with the same
 * request context, and only the loaders the request asks for are dispatched. Batching is unchanged: all fields of a
 * level that ask for a loader get the same instance.
 */
final class OnDemandDataLoaders extends DataLoaderRegistry {

	private final DataLoaderRegistrar registrar;

	private final GraphQLContext context;

	/** Every loader of this request, created on the first ask; guarded by this. */
	private DataLoaderRegistry created;

	OnDemandDataLoaders(DataLoaderRegistrar registrar, GraphQLContext context) {
		this.registrar = registrar;
		this.context = context;
	}

	@Override
	public <K, V> DataLoader<K, V> getDataLoader(String key) {
		DataLoader<K, V> loader = super.getDataLoader(key);
		return (loader != null) ? loader : activate(key);
	}

	@SuppressWarnings("unchecked")
	private synchronized <K, V> DataLoader<K, V> activate(String key) {
		if (this.created == null) {
			this.created = new DataLoaderRegistry();
			this.registrar.registerDataLoaders(this.created, this.context);
		}
		DataLoader<?, ?> loader = this.created.getDataLoader(key);
		if (loader == null) {
			return null;
		}
		// put as created: register() would rename or re-instrument the loader
		return (DataLoader<K, V>) this.dataLoaders.computeIfAbsent(key, k -> loader);
	}

}
