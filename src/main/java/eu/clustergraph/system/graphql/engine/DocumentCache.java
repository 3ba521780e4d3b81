package eu.clustergraph.system.graphql.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated documents, keyed by their text, so a repeated request skips parsing and validation.
 * Clients send the same few documents with different variables, so a small LRU holds nearly all of them; invalid
 * documents are kept too, their errors depend only on the text and the schema.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 1_000;

	private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > MAX_DOCUMENTS;
		}
	};

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong misses = new AtomicLong();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry cached;
		synchronized (this.documents) {
			cached = this.documents.get(text);
		}
		if (cached != null) {
			this.hits.incrementAndGet();
			return CompletableFuture.completedFuture(cached);
		}
		this.misses.incrementAndGet();
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		synchronized (this.documents) {
			this.documents.put(text, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** Requests answered from the cache. */
	long hits() {
		return this.hits.get();
	}

	/** Requests that had to parse and validate. */
	long misses() {
		return this.misses.get();
	}

	/** Installs the cache in the GraphQL engine Spring Boot builds. */
	@Configuration(proxyBeanMethods = false)
	static class DocumentCacheConfiguration {

		@Bean
		DocumentCache documentCache() {
			return new DocumentCache();
		}

		@Bean
		GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache cache) {
			return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
		}

	}

}
