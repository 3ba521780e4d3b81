package eu.clustergraph.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An undirected graph of clusters and the ties between them, with the statistics the network report needs. Small
 * (a few thousand clusters), so distances are exact over all pairs, by a breadth-first search from every cluster.
 */
final class TieNetwork {

	private final List<String> ids;

	private final String[] countries;

	private final int[][] neighbours;

	private final List<int[]> edges;

	TieNetwork(List<String> ids, List<String> countries, List<String[]> ties) {
		this.ids = List.copyOf(ids);
		this.countries = countries.toArray(String[]::new);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			index.put(ids.get(i), i);
		}
		List<List<Integer>> lists = new ArrayList<>();
		ids.forEach(id -> lists.add(new ArrayList<>()));
		this.edges = new ArrayList<>();
		for (String[] tie : ties) {
			int a = index.get(tie[0]);
			int b = index.get(tie[1]);
			if (a != b && !lists.get(a).contains(b)) {
				lists.get(a).add(b);
				lists.get(b).add(a);
				this.edges.add(new int[] { a, b });
			}
		}
		this.neighbours = lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).sorted().toArray())
			.toArray(int[][]::new);
	}

	int nodes() {
		return this.ids.size();
	}

	int edges() {
		return this.edges.size();
	}

	int[] degrees() {
		return Arrays.stream(this.neighbours).mapToInt(list -> list.length).toArray();
	}

	/** The mean over all clusters of the local clustering coefficient, 0 for fewer than two neighbours (as NetworkX). */
	double averageClustering() {
		double sum = 0;
		for (int[] around : this.neighbours) {
			int d = around.length;
			if (d < 2) {
				continue;
			}
			long triangles = 0;
			for (int i = 0; i < d; i++) {
				for (int j = i + 1; j < d; j++) {
					if (Arrays.binarySearch(this.neighbours[around[i]], around[j]) >= 0) {
						triangles++;
					}
				}
			}
			sum += 2.0 * triangles / ((double) d * (d - 1));
		}
		return (nodes() == 0) ? 0 : sum / nodes();
	}

	/** The share of ties whose two clusters are in different countries. */
	double crossBorderShare() {
		long cross = this.edges.stream().filter(e -> !this.countries[e[0]].equals(this.countries[e[1]])).count();
		return this.edges.isEmpty() ? 0 : (double) cross / this.edges.size();
	}

	/** The sizes of the connected components, largest first. */
	List<Integer> componentSizes() {
		int[] component = new int[nodes()];
		Arrays.fill(component, -1);
		List<Integer> sizes = new ArrayList<>();
		for (int start = 0; start < nodes(); start++) {
			if (component[start] < 0) {
				int size = 0;
				ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
				component[start] = sizes.size();
				while (!queue.isEmpty()) {
					int node = queue.poll();
					size++;
					for (int next : this.neighbours[node]) {
						if (component[next] < 0) {
							component[next] = sizes.size();
							queue.add(next);
						}
					}
				}
				sizes.add(size);
			}
		}
		sizes.sort((a, b) -> Integer.compare(b, a));
		return sizes;
	}

	/** How many unordered cluster pairs lie at each hop distance; index 0 counts the pairs not connected at all. */
	long[] distanceHistogram() {
		long[] histogram = new long[nodes() + 1];
		int[] distance = new int[nodes()];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int start = 0; start < nodes(); start++) {
			Arrays.fill(distance, -1);
			distance[start] = 0;
			queue.add(start);
			while (!queue.isEmpty()) {
				int node = queue.poll();
				for (int next : this.neighbours[node]) {
					if (distance[next] < 0) {
						distance[next] = distance[node] + 1;
						queue.add(next);
					}
				}
			}
			for (int other = start + 1; other < nodes(); other++) {
				histogram[Math.max(0, distance[other])]++;
			}
		}
		int last = histogram.length - 1;
		while (last > 0 && histogram[last] == 0) {
			last--;
		}
		return Arrays.copyOf(histogram, last + 1);
	}

}
