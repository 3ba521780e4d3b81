// The graph view: a node's neighbourhood from `subgraph`, expanded on click, filtered by relationship type and label,
// coloured and sized by what the API knows of each node, exported as PNG or through the service's exports.
import { graphql, strictGraphql, describe, exportLink, graphiqlLink } from './api.js';
import { h, fill, number, status, categoryColour } from './dom.js';
import { go, href, list } from './routes.js';
import { card } from './card.js';

const SUBGRAPH = `query Neighbourhood($seeds: [ID!], $community: Int, $types: [String!], $labels: [String!], $limit: Int) {
  subgraph(seeds: $seeds, community: $community, depth: 1, relationshipTypes: $types, labels: $labels, limit: $limit) {
    truncated limit edgesTruncated edgeLimit
    nodes { id labels name properties }
    edges { id source target type properties }
  }
}`;

const CLUSTER_ECOSYSTEMS = `query ClusterEcosystems($ids: [ID!]) {
  clusters(filter: { ids: $ids }, first: 100) { nodes { id ecosystems { primary ecosystem { id name } } } }
}`;

const STARTING_POINTS = `{ clusters(sort: PAGE_RANK_DESC, first: 12) { nodes { id name country } } }`;

export const RELATIONSHIP_TYPES = ['MEMBER_OF', 'LOCATED_IN', 'TIED_WITH', 'AGREEMENT_WITH', 'PARTICIPATES_IN',
  'IN_ECOSYSTEM', 'CONTRIBUTES_TO', 'ACTIVE_IN', 'HAS_ACTIVITY', 'COOPERATES_WITH', 'SUPPLIES', 'PART_OF', 'TARGETS',
  'HAS_STAGE', 'FEEDS', 'KEY_ACTIVITY', 'HAS_INDICATOR'];
export const LABELS = ['Cluster', 'Company', 'Organisation', 'Region', 'Partnership', 'Ecosystem', 'ValueChain',
  'Stage', 'Activity', 'IndicatorValue'];
const COLOURINGS = { label: 'kind of node', country: 'country', ecosystem: 'primary ecosystem', community: 'community' };
const SIZINGS = { none: 'the same size', members: 'members', pagerank: 'PageRank' };
const BASE_LIMIT = 120;
const PER_EXPANSION = 60;

/** The view's state, read from the URL. */
function stateOf(params) {
  return {
    seeds: list(params, 'seeds'),
    expand: list(params, 'expand'),
    community: params.get('community'),
    types: list(params, 'types'),
    labels: list(params, 'labels'),
    colour: COLOURINGS[params.get('color')] ? params.get('color') : 'label',
    size: SIZINGS[params.get('size')] ? params.get('size') : 'members',
    card: params.get('card'),
  };
}

function paramsOf(state) {
  return { seeds: state.seeds, expand: state.expand, community: state.community, types: state.types,
    labels: state.labels, color: state.colour === 'label' ? null : state.colour,
    size: state.size === 'members' ? null : state.size, card: state.card };
}

function selection(state) {
  return {
    seeds: [...state.seeds, ...state.expand],
    community: state.community == null ? null : Number(state.community),
    types: state.types.length ? state.types : null,
    labels: state.labels.length ? state.labels : null,
    limit: Math.min(1000, BASE_LIMIT + PER_EXPANSION * state.expand.length),
  };
}

let view = null;

export async function show(main, params) {
  const state = stateOf(params);
  const side = h('aside', { class: 'side', 'aria-label': 'Details' });
  const stage = h('section', { class: 'stage', 'aria-label': 'Graph' });
  main.append(h('div', { class: 'split' }, side, stage));
  view = { side, stage, state: null, graph: null, ecosystems: new Map(), cy: null, generation: 0 };
  await render(state);
}

export async function update(params) {
  await render(stateOf(params));
}

export function leave() {
  view?.cy?.destroy();
  view = null;
  window.explorer = { ...(window.explorer ?? {}), cy: null, graph: null };
}

async function render(state) {
  const before = view.state;
  view.state = state;
  if (!state.seeds.length && state.community == null) {
    await showStartingPoints();
    return;
  }
  const same = (name) => before && JSON.stringify(before[name]) === JSON.stringify(state[name]);
  const reload = !before || !['seeds', 'expand', 'community', 'types', 'labels'].every(same) || !view.cy;
  const generation = ++view.generation;
  if (reload) {
    const variables = selection(state);
    const { data, errors } = await graphql(SUBGRAPH, variables);
    if (generation !== view.generation) return;
    if (errors.length) status(errors.map(describe).join(' '), { error: true });
    view.graph = data.subgraph;
    view.variables = variables;
    await loadEcosystems(view.graph.nodes);
    if (generation !== view.generation) return;
    draw(state, before);
  } else {
    restyle(state);
  }
  if (!same('card') || reload) await showCard(state);
}

async function showStartingPoints() {
  view.cy?.destroy();
  view.cy = null;
  const data = await strictGraphql(STARTING_POINTS);
  fill(view.side, h('h2', {}, 'Graph'),
    h('p', {}, 'Search for a cluster, company or region above, or start from one of the best-connected clusters:'),
    h('ul', {}, data.clusters.nodes.map((cluster) => h('li', {},
      h('a', { href: href('graph', { seeds: cluster.id }) }, cluster.name), ` (${cluster.country})`))));
  fill(view.stage, h('p', { class: 'home' }, 'Nothing chosen yet.'));
}

/** The primary ecosystem of every cluster in view, a hundred at a time, for colouring by ecosystem. */
async function loadEcosystems(nodes) {
  const missing = nodes.filter((node) => node.labels.includes('Cluster') && !view.ecosystems.has(node.properties.id))
    .map((node) => node.properties.id);
  for (let start = 0; start < missing.length; start += 100) {
    const data = await strictGraphql(CLUSTER_ECOSYSTEMS, { ids: missing.slice(start, start + 100) });
    for (const cluster of data.clusters.nodes) {
      const primary = cluster.ecosystems.find((entry) => entry.primary)?.ecosystem;
      view.ecosystems.set(cluster.id, primary ?? null);
    }
  }
}

function seedOf(node) {
  return node.properties?.id ?? node.properties?.code ?? null;
}

function elements(graph, state) {
  const seeds = new Set([...state.seeds, ...state.expand]);
  const nodes = graph.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id, label: node.name, kind: node.labels[0], seed: seedOf(node),
      country: node.properties.country ?? null,
      ecosystem: node.labels.includes('Cluster') ? view.ecosystems.get(node.properties.id)?.id ?? null : null,
      community: node.properties.networkCommunity ?? null,
      members: node.properties.memberCount ?? null,
      pagerank: node.properties.networkPageRank ?? null,
    },
    classes: seeds.has(seedOf(node)) ? 'seed' : '',
  }));
  const edges = graph.edges.map((edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type,
      strength: edge.properties.strength ?? null },
    classes: edge.type === 'TIED_WITH' ? 'tie' : '',
  }));
  return [...nodes, ...edges];
}

function draw(state, before) {
  const graph = view.graph;
  const positions = new Map();
  view.cy?.nodes().forEach((node) => positions.set(node.id(), { ...node.position() }));
  view.cy?.destroy();
  fill(view.stage, toolbar(state), flags(graph));
  const canvas = h('div', { class: 'cy', id: 'cy', role: 'img',
    'aria-label': `Graph of ${graph.nodes.length} nodes and ${graph.edges.length} relationships; the list beside it names them` });
  view.legend = h('div', { class: 'legend' });
  view.stage.append(canvas, view.legend);
  const cy = cytoscape({
    container: canvas,
    elements: elements(graph, state),
    style: STYLE,
    minZoom: 0.1,
    maxZoom: 4,
  });
  // keep what was already placed where it was; new nodes start beside the node they were expanded from
  const expanded = state.expand.at(-1);
  const origin = cy.nodes().filter((node) => node.data('seed') === expanded).first();
  let kept = 0;
  cy.nodes().forEach((node) => {
    const known = positions.get(node.id());
    if (known) {
      node.position(known);
      kept++;
    } else if (origin.nonempty() && positions.has(origin.id())) {
      const at = positions.get(origin.id());
      node.position({ x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 });
    }
  });
  cy.layout({ name: 'cose', animate: false, randomize: kept === 0, fit: true, padding: 30, nodeRepulsion: () => 9000,
    idealEdgeLength: () => 70, numIter: 1500 }).run();
  cy.on('tap', 'node', (event) => expand(event.target));
  view.cy = cy;
  restyle(state);
  window.explorer = { ...(window.explorer ?? {}), cy, graph, variables: view.variables };
  view.stage.dataset.nodes = String(graph.nodes.length);
}

function flags(graph) {
  const notes = [];
  if (graph.truncated) {
    notes.push(`The node limit (${graph.limit}) cut this view: more nodes lie one hop away. Filter by relationship type or label, or expand a node to see more around it.`);
  }
  if (graph.edgesTruncated) {
    notes.push(`The relationship limit (${graph.edgeLimit}) left out relationships among these nodes.`);
  }
  return notes.map((note) => h('p', { class: 'flag', 'data-flag': 'truncated' }, note));
}

function toolbar(state) {
  const types = new Set(state.types);
  const labels = new Set(state.labels);
  const checkboxes = (names, chosen, name) => names.map((value) => h('label', {},
    h('input', { type: 'checkbox', name, value, checked: chosen.size === 0 || chosen.has(value) }), ' ', value));
  const applyFilter = (name, all) => (event) => {
    const boxes = [...event.currentTarget.closest('details').querySelectorAll('input')];
    const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
    go('graph', { ...paramsOf(view.state), [name]: chosen.length === all.length ? [] : chosen });
  };
  const select = (label, name, options, value) => h('label', {}, `${label} `,
    h('select', { name, onchange: (event) => go('graph', { ...paramsOf(view.state), [name]: event.target.value }) },
      Object.entries(options).map(([key, text]) => h('option', { value: key, selected: key === value }, text))));
  const selectionNow = { seeds: view.variables.seeds, community: view.variables.community, depth: 1,
    relationshipTypes: view.variables.types, labels: view.variables.labels, limit: view.variables.limit };
  return h('div', { class: 'toolbar' },
    h('details', {}, h('summary', {}, 'Relationship types'), h('div', {},
      checkboxes(RELATIONSHIP_TYPES, types, 'types'),
      h('button', { type: 'button', onclick: applyFilter('types', RELATIONSHIP_TYPES) }, 'Apply'))),
    h('details', {}, h('summary', {}, 'Labels'), h('div', {},
      checkboxes(LABELS, labels, 'labels'),
      h('button', { type: 'button', onclick: applyFilter('labels', LABELS) }, 'Apply'))),
    select('Colour by', 'color', COLOURINGS, state.colour),
    select('Size by', 'size', SIZINGS, state.size),
    h('span', {}, 'Export: ',
      h('button', { type: 'button', class: 'linklike', onclick: downloadPng }, 'PNG'), ' · ',
      h('a', { href: exportLink('graphml', selectionNow), 'data-export': 'subgraph.graphml' }, 'GraphML'), ' · ',
      h('a', { href: exportLink('gexf', selectionNow), 'data-export': 'subgraph.gexf' }, 'GEXF'), ' · ',
      h('a', { href: exportLink('json', selectionNow), 'data-export': 'subgraph.json' }, 'Cytoscape JSON'), ' · ',
      h('a', { href: graphiqlLink(SUBGRAPH, view.variables), target: '_blank', rel: 'noopener' }, 'query')));
}

function downloadPng() {
  const blob = view.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
  const link = h('a', { href: URL.createObjectURL(blob), download: 'clustergraph-view.png' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function expand(node) {
  const seed = node.data('seed');
  const state = view.state;
  const expand = (seed && !state.seeds.includes(seed) && !state.expand.includes(seed)) ? [...state.expand, seed] : state.expand;
  go('graph', { ...paramsOf(state), expand, card: node.id() });
}

/** Colours and sizes from the state, and the legend that says what they mean. */
function restyle(state) {
  const cy = view.cy;
  if (!cy) return;
  const key = (node) => ({ label: node.data('kind'), country: node.data('country'), ecosystem: node.data('ecosystem'),
    community: node.data('community') })[state.colour];
  const counts = new Map();
  cy.nodes().forEach((node) => {
    const value = key(node);
    if (value != null) counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  // kinds of node keep their colours from view to view; other categories are ranked by how many nodes have them
  const order = state.colour === 'label' ? LABELS.filter((label) => counts.has(label))
    : [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([value]) => value);
  const palette = state.colour === 'label' ? LABELS : order;
  const measure = (node) => (state.size === 'members' ? node.data('members') : state.size === 'pagerank' ? node.data('pagerank') : null);
  const values = cy.nodes().map(measure).filter((value) => value != null);
  const max = Math.max(...values, 0);
  cy.batch(() => cy.nodes().forEach((node) => {
    const value = measure(node);
    const size = (value == null || max === 0) ? 16 : 16 + 44 * Math.sqrt(value / max);
    node.style({ 'background-color': categoryColour(key(node), palette), width: size, height: size });
  }));
  const shown = order.slice(0, 16);
  const names = new Map([...view.ecosystems.values()].filter(Boolean).map((ecosystem) => [ecosystem.id, ecosystem.name]));
  fill(view.legend, h('strong', {}, `Colour: ${COLOURINGS[state.colour]}.`),
    shown.map((value) => h('span', {}, h('span', { class: 'swatch', style: `background:${categoryColour(value, palette)}` }),
      state.colour === 'ecosystem' ? names.get(value) ?? value : state.colour === 'community' ? `community ${value}` : value)),
    order.length > shown.length ? h('span', {}, `and ${order.length - shown.length} more`) : null,
    cy.nodes().some((node) => key(node) == null) ? h('span', {}, h('span', { class: 'swatch', style: 'background:#9aa5b1' }), 'none') : null,
    h('span', {}, `Size: ${SIZINGS[state.size]}. Click a node to expand it; a thick border marks the seeds.`));
}

async function showCard(state) {
  const graph = view.graph;
  const chosen = graph.nodes.find((node) => node.id === state.card)
    ?? graph.nodes.find((node) => seedOf(node) === state.seeds[0]);
  const parts = [];
  if (chosen) {
    parts.push(await card(chosen));
  } else if (state.community != null) {
    parts.push(h('section', { class: 'card' }, h('h2', {}, `Community ${state.community}`),
      h('p', {}, `${graph.nodes.filter((node) => node.labels.includes('Cluster')).length} clusters in view.`)));
  } else {
    parts.push(h('p', {}, `No node has the id ${state.seeds.join(', ')}.`));
  }
  parts.push(h('h3', {}, `In view: ${number(graph.nodes.length)} nodes, ${number(graph.edges.length)} relationships`),
    h('ol', { class: 'nodes-list', 'aria-label': 'Nodes in view' }, graph.nodes.map((node) => h('li', {},
      h('button', { type: 'button', class: 'linklike', title: 'Show its card and expand it',
        onclick: () => expand(view.cy.getElementById(node.id)) }, node.name), ` (${node.labels[0]})`))));
  fill(view.side, parts);
  view.side.dataset.card = chosen?.id ?? '';
}

const STYLE = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3,
    color: '#1b1f24', 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'border-width': 1, 'border-color': '#ffffff',
    'text-max-width': 120, 'text-wrap': 'ellipsis', 'min-zoomed-font-size': 7 } },
  { selector: 'node[kind = "Cluster"], node[kind = "Region"]', style: { 'font-size': 11, 'font-weight': 'bold' } },
  // member companies are many: their names show once zoomed in
  { selector: 'node[kind = "Company"]', style: { 'font-size': 8, 'min-zoomed-font-size': 9 } },
  { selector: 'node.seed', style: { 'border-width': 4, 'border-color': '#1b1f24' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#c2410c' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#b8c2cc', 'curve-style': 'bezier', opacity: 0.8 } },
  { selector: 'edge.tie', style: { width: 'mapData(strength, 0, 1, 1, 6)', 'line-color': '#c2410c' } },
  { selector: 'edge[type = "AGREEMENT_WITH"]', style: { 'line-color': '#7b3294', width: 2 } },
];
