// The gaps view: a value chain's stage coverage in a country or region as a table, and the top opportunities of each
// kind with the parts of their scores, each one a link into the graph.
import { graphql, strictGraphql, describe, graphiqlLink } from './api.js';
import { h, fill, number, status } from './dom.js';
import { go, href } from './routes.js';

const VALUE_CHAINS = `{ valueChains(first: 100) { nodes { id name } } }`;

const GAPS = `query Gaps($valueChain: ID!, $country: String, $region: String, $level: CoverageLevel) {
  valueChainCoverage(valueChain: $valueChain, level: $level) {
    valueChain { id name }
    stages { id ordinal name }
    cells { stage { id } area areaName clusters companies employees }
  }
  cooperationGaps(valueChain: $valueChain, country: $country, region: $region, first: 5) {
    kind score summary
    parts { name weight value contribution }
    facts { name value }
    clusters { id name country }
    stages { id name }
    region { code name }
    ecosystem { id name }
    country
  }
}`;

const KINDS = {
  COMPLEMENTARY_STAGES: 'Complementary stages: clusters that could supply one another but are not tied',
  STAGE_COVERAGE: 'Stage coverage: stages without a cluster',
  UNORGANISED_STRENGTH: 'Unorganised strength: specialised regions without a cluster of the ecosystem',
  ISOLATED: 'Isolated clusters: no cross-border tie',
};

export async function show(main, params) {
  const valueChain = params.get('valueChain') ?? '';
  const country = (params.get('country') ?? '').toUpperCase();
  const region = (params.get('region') ?? '').toUpperCase();
  const chains = (await strictGraphql(VALUE_CHAINS)).valueChains.nodes;
  const form = h('form', { class: 'query', 'aria-label': 'Cooperation gaps',
    onsubmit: (event) => {
      event.preventDefault();
      const data = new FormData(event.target);
      go('gaps', { valueChain: data.get('valueChain'), country: data.get('country').trim().toUpperCase(),
        region: data.get('region').trim().toUpperCase() });
    } },
  h('h2', {}, 'Cooperation gaps'),
  h('label', {}, 'Value chain', h('select', { name: 'valueChain', required: true },
    h('option', { value: '' }, 'Choose a value chain'),
    chains.map((chain) => h('option', { value: chain.id, selected: chain.id === valueChain }, chain.name)))),
  h('label', {}, 'Country', h('span', { class: 'hint' }, 'two-letter NUTS code, such as DE; all of Europe when empty'),
    h('input', { type: 'text', name: 'country', maxlength: 2, size: 3, value: country })),
  h('label', {}, 'or region', h('span', { class: 'hint' }, 'a NUTS code of any level, such as ITC4; wins over the country'),
    h('input', { type: 'text', name: 'region', maxlength: 5, size: 6, value: region })),
  h('button', { type: 'submit', class: 'primary' }, 'Show gaps'));
  const results = h('div', { class: 'results', id: 'gap-results' });
  main.append(h('div', { class: 'split' }, h('aside', { class: 'side' }, form), results));
  if (!valueChain) {
    fill(results, h('p', {}, 'Choose a value chain, and a country or region if you like.'));
    return;
  }
  const area = region || country;
  const variables = { valueChain, country: country || null, region: region || null, level: region ? 'NUTS2' : 'COUNTRY' };
  let data;
  let errors = [];
  try {
    ({ data, errors } = await graphql(GAPS, variables));
  } catch (failure) {
    status(failure.message, { error: true });
    return;
  }
  if (errors.length) status(errors.map(describe).join(' '), { error: true });
  fill(results,
    data.valueChainCoverage ? coverageTable(data.valueChainCoverage, area) : null,
    gapList(data.cooperationGaps ?? []),
    h('p', {}, h('a', { href: graphiqlLink(GAPS, variables), target: '_blank', rel: 'noopener' }, 'Open this query in GraphiQL')));
}

/** One row per stage: the area's clusters and companies in it, against Europe's. */
function coverageTable(coverage, area) {
  const rows = coverage.stages.map((stage) => {
    const cells = coverage.cells.filter((cell) => cell.stage.id === stage.id);
    // a NUTS 3 region is counted by the NUTS 2 region it lies in: the matrix goes no finer
    const inArea = cells.filter((cell) => area && cell.area.startsWith(area.slice(0, 4)));
    const sum = (list, field) => list.reduce((total, cell) => total + cell[field], 0);
    const countries = new Set(cells.filter((cell) => cell.clusters > 0).map((cell) => cell.area.slice(0, 2)));
    return { stage, areaClusters: sum(inArea, 'clusters'), areaCompanies: sum(inArea, 'companies'),
      clusters: sum(cells, 'clusters'), companies: sum(cells, 'companies'), countries: countries.size };
  });
  return h('section', {},
    h('h2', {}, `${coverage.valueChain.name}: stage coverage${area ? ` in ${area}` : ' in Europe'}`),
    h('table', { class: 'data', id: 'coverage' },
      h('caption', { class: 'visually-hidden' }, 'Stage coverage'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Stage'),
        area ? [h('th', { scope: 'col', class: 'num' }, `Clusters in ${area}`), h('th', { scope: 'col', class: 'num' }, `Companies in ${area}`)] : null,
        h('th', { scope: 'col', class: 'num' }, 'Clusters in Europe'), h('th', { scope: 'col', class: 'num' }, 'Companies in Europe'),
        h('th', { scope: 'col', class: 'num' }, 'Countries with a cluster'))),
      h('tbody', {}, rows.map((row) => h('tr', { class: area && row.areaClusters === 0 ? 'missing' : null },
        h('th', { scope: 'row' }, `${row.stage.ordinal}. ${row.stage.name}`),
        area ? [h('td', { class: 'num' }, number(row.areaClusters), row.areaClusters === 0 ? ' (none)' : ''), h('td', { class: 'num' }, number(row.areaCompanies))] : null,
        h('td', { class: 'num' }, number(row.clusters)), h('td', { class: 'num' }, number(row.companies)),
        h('td', { class: 'num' }, number(row.countries)))))));
}

function gapList(gaps) {
  const byKind = new Map();
  for (const gap of gaps) byKind.set(gap.kind, [...(byKind.get(gap.kind) ?? []), gap]);
  return h('section', {}, h('h2', {}, 'Top opportunities of each kind'),
    gaps.length ? null : h('p', {}, 'No gaps found for this choice.'),
    [...byKind.entries()].map(([kind, list]) => h('section', { 'data-kind': kind },
      h('h3', {}, KINDS[kind] ?? kind),
      list.map((gap, index) => gapView(gap, `${kind}-${index}`)))));
}

function gapView(gap, key) {
  // the clusters or region involved; a stage without a cluster is seen through its companies and activities
  const involved = [...gap.clusters.map((cluster) => cluster.id), gap.region?.code].filter(Boolean);
  const seeds = involved.length ? involved : gap.stages.map((stage) => stage.id);
  return h('article', { class: 'gap', 'data-gap': key },
    h('h4', {}, seeds.length
      ? h('a', { href: href('graph', { seeds }) }, gap.summary)
      : gap.summary),
    h('p', {}, `Score ${number(gap.score, 3)}`, gap.stages.length ? ` · stages: ${gap.stages.map((stage) => stage.name).join(' → ')}` : ''),
    h('table', { class: 'data' }, h('thead', {}, h('tr', {}, ['Part', 'Weight', 'Value', 'Contribution']
      .map((name, at) => h('th', { scope: 'col', class: at ? 'num' : null }, name)))),
    h('tbody', {}, gap.parts.map((part) => h('tr', {}, h('td', {}, part.name), h('td', { class: 'num' }, number(part.weight, 2)),
      h('td', { class: 'num' }, number(part.value, 3)), h('td', { class: 'num' }, number(part.contribution, 3)))))),
    gap.facts.length ? h('p', { class: 'sub' }, gap.facts.map((fact) => `${fact.name}: ${fact.value}`).join(' · ')) : null);
}
