#!/usr/bin/env python3
"""An independent implementation of the cluster tie network and its calibration statistics, read straight from a
dataset directory's CSV files with NetworkX (no Neo4j, no Java): the ties are derived again here from the
memberships, partnerships, agreements and company links, with the strength formula of
cypher/queries/cooperation/derive-ties.cypher written out a second time. It prints the statistics of the service's
`report` sub-command, so the two can be compared; NetworkReportIT's expected values come from it:

    python3 benchmarks/network/tie_network.py DATASET_DIR [--min-strength 0.6 ...] [--json]
    # the 5,000-company preset the tests bootstrap:
    java -jar target/cluster-graph.jar generate --companies 5000 --out /tmp/preset5000
    python3 benchmarks/network/tie_network.py /tmp/preset5000 --min-strength 0.6 0.05 --json \
        > src/test/resources/network/preset-5000-report.json
"""
import argparse
import csv
import json
import math
import os
import statistics
from collections import defaultdict

import networkx as nx

# the strength formula of cypher/queries/cooperation/tie-strength.cypher, written again here on purpose
AGREEMENT_P = 0.9
PARTNERSHIP_P = 0.7
SHARED_MEMBER_P = 0.25
MEMBER_COOPERATION_SCALE = 0.05


def read(directory, name):
    with open(os.path.join(directory, name), newline='', encoding='utf-8') as f:
        yield from csv.DictReader(f)


def channel_strengths(shared, partnerships, agreements, links, size_a, size_b):
    p = {}
    if agreements:
        p['AGREEMENT'] = round(1 - (1 - AGREEMENT_P) ** agreements, 6)
    if partnerships:
        p['PARTNERSHIP'] = round(1 - (1 - PARTNERSHIP_P) ** partnerships, 6)
    if shared:
        p['SHARED_MEMBER'] = round(1 - (1 - SHARED_MEMBER_P) ** shared, 6)
    if links:
        p['MEMBER_COOPERATION'] = round(1 - math.exp(-links / math.sqrt(size_a * size_b) / MEMBER_COOPERATION_SCALE), 6)
    return p


def combined(p):
    rest = 1.0
    for value in p.values():
        rest *= 1 - value
    return round(1 - rest, 6)


def load(directory):
    country = {}
    seat = {}
    for row in read(directory, 'clusters.csv'):
        country[row['id']] = row['region'][:2]
        seat[row['id']] = row['region']
    size_class = {}
    company_region = {}
    for row in read(directory, 'companies.csv'):
        size_class[row['id']] = row['size_class']
        company_region[row['id']] = row['region']
    clusters_of = defaultdict(list)
    members = defaultdict(int)
    company_memberships = defaultdict(int)
    locality = [0, 0, 0]
    for row in read(directory, 'memberships.csv'):
        clusters_of[row['member_id']].append(row['cluster_id'])
        members[row['cluster_id']] += 1
        if row['member_id'].startswith('CO'):
            company_memberships[row['member_id']] += 1
            here, there = company_region[row['member_id']], seat[row['cluster_id']]
            locality[0 if here[:4] == there[:4] else 1 if here[:2] == there[:2] else 2] += 1
    evidence = defaultdict(lambda: [0, 0, 0, 0])  # shared, partnerships, agreements, links

    def key(a, b):
        return (a, b) if a < b else (b, a)

    for member, cs in clusters_of.items():
        cs = sorted(set(cs))
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                evidence[(cs[i], cs[j])][0] += 1
    partners = defaultdict(list)
    for row in read(directory, 'partnership_members.csv'):
        partners[row['partnership_id']].append(row['cluster_id'])
    for cs in partners.values():
        cs = sorted(set(cs))
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                evidence[(cs[i], cs[j])][1] += 1
    for row in read(directory, 'agreements.csv'):
        if row['cluster_id'] != row['partner_id']:
            evidence[key(row['cluster_id'], row['partner_id'])][2] += 1
    company_pairs = set()
    for name, a, b in (('cooperations.csv', 'company_id', 'partner_id'), ('supplies.csv', 'supplier_id', 'customer_id')):
        for row in read(directory, name):
            company_pairs.add(key(row[a], row[b]))
    for x, y in company_pairs:
        # a link counts between a cluster of one end and a cluster of the other, not one they share: a member of
        # both clusters is evidence of the SHARED_MEMBER channel, its own links are not a second channel
        of_x = set(clusters_of.get(x, ()))
        of_y = set(clusters_of.get(y, ()))
        tied = set()
        for c in of_x - of_y:
            for d in of_y - of_x:
                tied.add(key(c, d))
        for pair in tied:
            evidence[pair][3] += 1
    counts = {'partnerships': sum(1 for _ in read(directory, 'partnerships.csv')),
              'sizeClass': {c: size_class[c] for c in company_memberships}, 'locality': locality}
    return country, members, company_memberships, evidence, counts


def network(country, members, evidence, min_strength):
    g = nx.Graph()
    g.add_nodes_from(sorted(country))
    for (a, b), (s, pa, ag, l) in evidence.items():
        strength = combined(channel_strengths(s, pa, ag, l, members[a], members[b]))
        if strength >= min_strength:
            g.add_edge(a, b, strength=strength)
    return g


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(math.ceil(q * len(ordered))) - 1)]


def median(values):
    return statistics.median(values) if values else 0


def report(directory, min_strengths):
    country, members, company_memberships, evidence, counts = load(directory)
    reports = []
    for min_strength in min_strengths:
        g = network(country, members, evidence, min_strength)
        n = g.number_of_nodes()
        nodes = sorted(g.nodes())
        degrees = [d for _, d in g.degree()]
        components = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
        # exact distances over all unordered pairs; index 0 counts the pairs not connected
        histogram = defaultdict(int)
        lengths = dict(nx.all_pairs_shortest_path_length(g))
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                histogram[lengths[a].get(b, 0)] += 1
        hops = [histogram.get(h, 0) for h in range(max(histogram) + 1)] if histogram else [0]
        pairs = n * (n - 1) // 2
        connected = pairs - hops[0]
        distances = []
        for h in range(1, len(hops)):
            distances.extend([h] * hops[h])
        sizes = sorted(members[c] for c in nodes)
        in_clusters = len(company_memberships)
        mix = defaultdict(int)
        for company in company_memberships:
            mix[counts['sizeClass'][company]] += 1
        locality = counts['locality']
        memberships = sum(locality)
        kept = [(a, b) for a, b in g.edges()]
        agreements = sum(e[2] for e in evidence.values())
        reports.append({
            'minStrength': min_strength,
            'clusters': n,
            'membersMean': statistics.mean(sizes), 'membersMedian': median(sizes),
            'membersP90': percentile(sizes, 0.9), 'membersMax': max(sizes),
            'multiMembershipShare': sum(1 for v in company_memberships.values() if v >= 2) / in_clusters,
            'sizeMix': {size: mix[size] / in_clusters for size in sorted(mix)},
            'locality': {"in the cluster's NUTS 2": locality[0] / memberships,
                         'elsewhere in its country': locality[1] / memberships, 'abroad': locality[2] / memberships},
            'ties': g.number_of_edges(),
            'tiesByChannel': {ch: sum(1 for a, b in kept if evidence[(a, b) if a < b else (b, a)][i])
                              for i, ch in enumerate(['SHARED_MEMBER', 'PARTNERSHIP', 'AGREEMENT', 'MEMBER_COOPERATION'])},
            'meanDegree': 2 * g.number_of_edges() / n,
            'degreeMedian': median(degrees), 'degreeP90': percentile(degrees, 0.9), 'degreeMax': max(degrees),
            'averageClustering': nx.average_clustering(g),
            'components': len(components),
            'largestComponentShare': components[0] / n,
            'hopHistogram': hops,
            'within2HopsShare': sum(hops[1:3]) / pairs,
            'connectedPairsShare': connected / pairs,
            'medianDistance': median(distances),
            'crossBorderShare': sum(1 for a, b in kept if country[a] != country[b]) / max(1, len(kept)),
            'agreements': agreements,
            'agreementsPerCluster': agreements / n,
            'partnerships': counts['partnerships'],
        })
    return reports


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('directory')
    parser.add_argument('--min-strength', type=float, nargs='+', default=[0.3])
    parser.add_argument('--json', action='store_true')
    args = parser.parse_args()
    reports = report(args.directory, args.min_strength)
    if args.json:
        print(json.dumps(reports, indent=2))
    else:
        for r in reports:
            print(json.dumps(r))
