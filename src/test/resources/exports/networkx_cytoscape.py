"""Reads a Cytoscape.js JSON export with NetworkX's cytoscape_graph, as a researcher would, and prints what NetworkX
kept: whether the graph is directed and a multigraph, and its node and edge counts. The test compares them with the
export's own element counts: a reader that merged parallel relationships would keep fewer edges."""
import json
import sys

import networkx as nx

with open(sys.argv[1], encoding="utf-8") as f:
    graph = nx.cytoscape_graph(json.load(f))
print(json.dumps({"directed": graph.is_directed(), "multigraph": graph.is_multigraph(),
                  "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}))
