// The path finder: the k strongest cooperation paths between two clusters (or to any cluster of a country), drawn,
// with every hop's strength, its channels' parts and the evidence behind it.
import { graphql, graphiqlLink } from './api.js';
import { h, fill, number, status } from './dom.js';
import { go, href, list } from './routes.js';
import { picker } from './picker.js';

const PATHS = `query Paths($from: ID!, $to: ID, $toFilter: ClusterFilter, $channels: [CooperationChannel!], $minStrength: Float, $maxHops: Int, $k: Int) {
  cooperationPaths(from: $from, to: $to, toFilter: $toFilter, channels: $channels, minStrength: $minStrength, maxHops: $maxHops, k: $k) {
    length strength cost
    nodes { __typename ... on Cluster { id name country } ... on Company { id name country } }
    hops {
      from { ... on Cluster { id } ... on Company { id } }
      to { ... on Cluster { id } ... on Company { id } }
      channels strength synthetic
      strengthParts { channel evidence strength }
      evidence {
        channel agreementKind link since
        member { ... on Company { id name } ... on Organisation { id name } }
        partnership { id name }
        company { id name }
        partner { id name }
        stage { name }
      }
    }
  }
}`;

const CHANNELS = { SHARED_MEMBER: 'shared member', PARTNERSHIP: 'partnership', AGREEMENT: 'agreement',
  MEMBER_COOPERATION: 'member cooperation', MEMBERSHIP: 'membership' };
const PATH_COLOURS = ['#c2410c', '#1f77b4', '#2a9d4a', '#7b3294', '#b8860b', '#c51b7d', '#17becf', '#4d4d4d', '#8c564b', '#e31a1c'];

let cy = null;

function stateOf(params) {
  return {
    from: params.get('from') ?? '', to: params.get('to') ?? '', country: (params.get('country') ?? '').toUpperCase(),
    channels: list(params, 'channels'), minStrength: params.get('minStrength') ?? '',
    maxHops: params.get('maxHops') ?? '4', k: params.get('k') ?? '3',
  };
}

export async function show(main, params) {
  const state = stateOf(params);
  const from = picker('From', { id: state.from, hint: 'a cluster or company' });
  const to = picker('To', { id: state.to, hint: 'a cluster or company, or leave empty and give a country' });
  const form = h('form', { class: 'query', 'aria-label': 'Find cooperation paths',
    onsubmit: (event) => {
      event.preventDefault();
      const data = new FormData(event.target);
      go('paths', { from: from.value(), to: to.value(), country: data.get('country').trim().toUpperCase(),
        channels: data.getAll('channels').length === 4 ? [] : data.getAll('channels'),
        minStrength: data.get('minStrength'), maxHops: data.get('maxHops'), k: data.get('k') });
    } },
  h('h2', {}, 'Path finder'),
  from.element, to.element,
  h('label', {}, 'or to any cluster in country', h('span', { class: 'hint' }, 'two-letter NUTS code, such as PL'),
    h('input', { type: 'text', name: 'country', maxlength: 2, value: state.country, size: 3 })),
  h('fieldset', {}, h('legend', {}, 'Channels'), Object.entries(CHANNELS).filter(([key]) => key !== 'MEMBERSHIP')
    .map(([key, text]) => h('label', {}, h('input', { type: 'checkbox', name: 'channels', value: key,
      checked: !state.channels.length || state.channels.includes(key) }), text))),
  h('label', {}, 'Minimum tie strength', h('span', { class: 'hint' }, 'above 0, at most 1; the service default when empty'),
    h('input', { type: 'number', name: 'minStrength', min: 0.01, max: 1, step: 0.01, value: state.minStrength })),
  h('label', {}, 'Most hops', h('input', { type: 'number', name: 'maxHops', min: 1, max: 6, value: state.maxHops })),
  h('label', {}, 'Paths', h('input', { type: 'number', name: 'k', min: 1, max: 10, value: state.k })),
  h('button', { type: 'submit', class: 'primary' }, 'Find paths'));
  const results = h('div', { class: 'paths', id: 'path-results', 'aria-live': 'polite' });
  const canvas = h('div', { class: 'cy', id: 'paths-cy', role: 'img', 'aria-label': 'The paths found, drawn; the list beside them describes every hop' });
  main.append(h('div', { class: 'split' }, h('aside', { class: 'side' }, form),
    h('section', { class: 'stage' }, canvas, results)));
  await find(state, { from, to, results, canvas });
}

export function leave() {
  cy?.destroy();
  cy = null;
}

async function find(state, { from, to, results, canvas }) {
  if (!state.from || (!state.to && !state.country)) {
    fill(results, h('p', {}, 'Choose where the paths start, and where they end: a cluster or company, or a country.'));
    return;
  }
  const variables = {
    from: state.from,
    to: state.to || null,
    toFilter: state.to ? null : { country: state.country },
    channels: state.channels.length ? state.channels : null,
    minStrength: state.minStrength === '' ? null : Number(state.minStrength),
    maxHops: Number(state.maxHops), k: Number(state.k),
  };
  let data;
  try {
    ({ data } = await graphql(PATHS, variables));
  } catch (failure) {
    status(failure.message, { error: true });
    fill(results, h('p', {}, 'No paths: see the message above.'));
    return;
  }
  const paths = data.cooperationPaths;
  const names = new Map(paths.flatMap((path) => path.nodes).map((node) => [node.id, node]));
  from.named(names.get(state.from)?.name);
  if (state.to) to.named(names.get(state.to)?.name);
  fill(results,
    h('h3', {}, paths.length ? `${paths.length} path${paths.length > 1 ? 's' : ''}, strongest first` : 'No path within these limits'),
    paths.length ? null : h('p', {}, 'Try more hops, a lower minimum strength or more channels.'),
    h('ol', {}, paths.map((path, index) => h('li', { 'data-path': index },
      h('span', { class: 'swatch', style: `background:${PATH_COLOURS[index % PATH_COLOURS.length]}`, 'aria-hidden': 'true' }),
      h('strong', {},
        `strength ${number(path.strength, 4)}, ${path.length} hop${path.length === 1 ? '' : 's'}`),
      path.hops.map((hop) => hopView(hop, names))))),
    h('p', {}, h('a', { href: graphiqlLink(PATHS, variables), target: '_blank', rel: 'noopener' }, 'Open this query in GraphiQL')));
  drawPaths(paths, canvas);
}

function hopView(hop, names) {
  const party = (id) => h('a', { href: href('graph', { seeds: id }) }, names.get(id)?.name ?? id);
  return h('div', { class: 'hop' },
    party(hop.from.id), ' → ', party(hop.to.id), `: strength ${number(hop.strength, 3)}`,
    hop.synthetic ? ' (synthetic evidence)' : ' (real evidence)',
    hop.strengthParts.length ? h('div', {}, hop.strengthParts.map((part) =>
      `${CHANNELS[part.channel]} ×${part.evidence} gives ${number(part.strength, 3)}`).join('; ')) : null,
    h('ul', { class: 'evidence' }, hop.evidence.map((fact) => h('li', {}, evidenceText(fact)))));
}

function evidenceText(fact) {
  const since = fact.since ? ` since ${fact.since}` : '';
  switch (fact.channel) {
    case 'SHARED_MEMBER': return `member of both: ${fact.member?.name ?? '?'}${since}`;
    case 'PARTNERSHIP': return `common partnership: ${fact.partnership?.name ?? '?'}`;
    case 'AGREEMENT': return `agreement (${fact.agreementKind ?? 'kind unknown'})${since}`;
    case 'MEMBER_COOPERATION': return `${fact.company?.name ?? '?'} ${(fact.link ?? 'links').toLowerCase().replace('_', ' ')} ${fact.partner?.name ?? '?'}${fact.stage ? ` (${fact.stage.name})` : ''}${since}`;
    case 'MEMBERSHIP': return `membership${since}`;
    default: return fact.channel;
  }
}

function drawPaths(paths, canvas) {
  cy?.destroy();
  const nodes = new Map();
  const edges = [];
  paths.forEach((path, index) => {
    path.nodes.forEach((node, at) => {
      const known = nodes.get(node.id);
      const role = at === 0 ? 'start' : at === path.nodes.length - 1 ? 'end' : '';
      nodes.set(node.id, { group: 'nodes', data: { id: node.id, label: `${node.name} (${node.country})`, kind: node.__typename },
        classes: known?.classes || role });
    });
    path.hops.forEach((hop, at) => edges.push({ group: 'edges', data: { id: `p${index}h${at}`, source: hop.from.id,
      target: hop.to.id, label: number(hop.strength, 2), colour: PATH_COLOURS[index % PATH_COLOURS.length] } }));
  });
  cy = cytoscape({
    container: canvas,
    elements: [...nodes.values(), ...edges],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#1f77b4', 'text-valign': 'bottom',
        'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2, color: '#1b1f24', width: 22, height: 22 } },
      { selector: 'node[kind = "Company"]', style: { shape: 'round-rectangle', 'background-color': '#6b7785' } },
      { selector: 'node.start, node.end', style: { 'border-width': 4, 'border-color': '#1b1f24', width: 30, height: 30 } },
      { selector: 'edge', style: { width: 3, 'line-color': 'data(colour)', 'curve-style': 'bezier', label: 'data(label)',
        'font-size': 9, 'text-background-color': '#fff', 'text-background-opacity': 1, color: '#1b1f24',
        'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)' } },
    ],
  });
  cy.layout({ name: 'breadthfirst', directed: true, roots: cy.nodes('.start'), spacingFactor: 1.1, animate: false, padding: 30 }).run();
  window.explorer = { ...(window.explorer ?? {}), pathsCy: cy, paths };
}
