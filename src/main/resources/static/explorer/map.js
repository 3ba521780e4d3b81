// The map: Europe by NUTS 2 region (the packaged GISCO layers, drawn by Leaflet without any tile server), coloured by
// cluster presence or a regional indicator, with the clusters as points at their region; clicking selects.
import { strictGraphql, graphiqlLink } from './api.js';
import { h, fill, number, status } from './dom.js';
import { go, href } from './routes.js';

const PRESENCE = `{
  clusterPresence(level: NUTS2) { region name clusters memberCompanies memberEmployment employmentShare }
  indicators { indicator years synthetic levels }
}`;

const INDICATOR = `query IndicatorValues($indicator: String!, $year: Int!) {
  presenceCorrelation(indicator: $indicator, year: $year, level: NUTS2) { synthetic points { region name indicator } }
}`;

const CLUSTER_POINTS = `query ClusterPoints($after: String) {
  clusters(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name country region { code lat lon } }
  }
}`;

const MEASURES = {
  CLUSTERS: { text: 'clusters seated in the region', field: 'clusters', digits: 0 },
  MEMBER_COMPANIES: { text: 'member companies located in the region', field: 'memberCompanies', digits: 0 },
  EMPLOYMENT_SHARE: { text: 'member companies\' share of the region\'s employment', field: 'employmentShare', digits: 3 },
};
// sequential blues, light to dark; zero and "no data" have their own colours
const CLASSES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const ZERO = '#f4f8fc';
const NO_DATA = '#d9d9d9';

let view = null;
const layers = { nuts2: null, countries: null };

async function geo(name) {
  if (!layers[name]) {
    const response = await fetch(`explorer/geo/${name}.geojson`);
    if (!response.ok) throw new Error(`The map layer ${name} could not be loaded (HTTP ${response.status}).`);
    layers[name] = await response.json();
  }
  return layers[name];
}

export async function show(main, params) {
  const side = h('aside', { class: 'side', 'aria-label': 'Map settings and selection' });
  const canvas = h('div', { class: 'map', id: 'map', role: 'region', 'aria-label': 'Map of Europe by NUTS 2 region' });
  main.append(h('div', { class: 'split' }, side, h('section', { class: 'stage' }, canvas)));
  const map = L.map(canvas, { zoomSnap: 0.25, minZoom: 2, maxZoom: 9, preferCanvas: false, keyboard: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('© EuroGeographics for the administrative boundaries (GISCO)');
  map.fitBounds([[34, -12], [71, 35]]);
  view = { map, side, measure: null, region: null, values: new Map(), presence: null };
  const [countries, nuts2, presence] = await Promise.all([geo('countries'), geo('nuts2'), strictGraphql(PRESENCE)]);
  view.presence = presence;
  L.geoJSON(countries, { interactive: false, style: { color: '#7d8b99', weight: 1, fill: true, fillColor: '#eef1f4', fillOpacity: 1 } }).addTo(map);
  view.regions = L.geoJSON(nuts2, {
    style: { className: 'nuts2', color: '#ffffff', weight: 0.6, fillOpacity: 0.9 },
    onEachFeature: (feature, layer) => {
      layer.on('add', () => layer.getElement()?.setAttribute('data-region', feature.properties.NUTS_ID));
      layer.on('click', () => select(feature.properties.NUTS_ID));
      layer.bindTooltip(() => tooltip(feature), { sticky: true });
    },
  }).addTo(map);
  view.legend = L.control({ position: 'bottomright' });
  view.legend.onAdd = () => h('div', { class: 'map-legend', id: 'map-legend' });
  view.legend.addTo(map);
  view.points = L.layerGroup().addTo(map);
  await Promise.all([update(params), loadClusterPoints()]);
}

export function leave() {
  view?.map.remove();
  view = null;
}

export async function update(params) {
  const measure = params.get('measure') ?? 'CLUSTERS';
  const region = params.get('region');
  if (measure !== view.measure) {
    await colour(measure);
  }
  view.region = region;
  highlight();
  renderSide();
}

function select(code) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  go('map', { measure: params.get('measure'), region: code });
}

function measureOf(name) {
  if (MEASURES[name]) return MEASURES[name];
  const [, indicator, year] = name.split(':');
  return { text: `${indicator} (${year})`, indicator, year: Number(year), digits: 2 };
}

async function colour(name) {
  const measure = measureOf(name);
  const values = new Map();
  view.synthetic = false;
  if (measure.field) {
    for (const row of view.presence.clusterPresence) values.set(row.region, row[measure.field]);
  } else {
    try {
      const data = await strictGraphql(INDICATOR, { indicator: measure.indicator, year: measure.year });
      for (const point of data.presenceCorrelation.points) values.set(point.region, point.indicator);
      view.synthetic = data.presenceCorrelation.synthetic;
    } catch (failure) {
      status(failure.message, { error: true });
    }
  }
  view.measure = name;
  view.values = values;
  const positive = [...values.values()].filter((value) => value != null && value > 0).sort((a, b) => a - b);
  // quantile classes of the regions above zero, so a few large regions do not wash out the rest; equal quantiles
  // (many regions with one cluster) merge, so no class is empty
  const quantiles = [1, 2, 3, 4].map((part) => positive[Math.floor((part * positive.length) / CLASSES.length)]);
  view.breaks = [...new Set(quantiles.filter((value) => value != null && value > positive[0]))];
  view.classes = CLASSES.slice(CLASSES.length - view.breaks.length - 1);
  view.regions.setStyle((feature) => ({ fillColor: fillOf(values.get(feature.properties.NUTS_ID)) }));
  renderLegend(measure);
}

function fillOf(value) {
  if (value == null) return NO_DATA;
  if (value <= 0) return ZERO;
  const index = view.breaks.findIndex((limit) => value < limit);
  return view.classes[index < 0 ? view.classes.length - 1 : index];
}

function renderLegend(measure) {
  const element = document.getElementById('map-legend');
  const digits = measure.digits;
  const bounds = [positiveMin(), ...view.breaks];
  fill(element, h('strong', {}, `Colour: ${measure.text}`), h('br'),
    view.classes.map((colourClass, index) => [h('i', { style: `background:${colourClass}` }),
      index === view.classes.length - 1 ? `${number(bounds[index], digits)} and more` : `${number(bounds[index], digits)} to under ${number(bounds[index + 1], digits)}`,
      h('br')]),
    h('i', { style: `background:${ZERO}` }), 'zero', h('br'),
    h('i', { style: `background:${NO_DATA}` }), 'no value (outside the EU, or not measured)', h('br'),
    h('span', {}, '● a cluster, at its region'),
    view.synthetic ? [h('br'), h('em', {}, 'Synthetic values: they describe the generator, not Europe.')] : null);
}

function positiveMin() {
  const positive = [...view.values.values()].filter((value) => value != null && value > 0);
  return positive.length ? Math.min(...positive) : 0;
}

function tooltip(feature) {
  const value = view.values.get(feature.properties.NUTS_ID);
  return `${feature.properties.NAME_LATN} (${feature.properties.NUTS_ID}): ${value == null ? 'no value' : number(value, measureOf(view.measure).digits)}`;
}

function highlight() {
  view.regions.eachLayer((layer) => {
    const selected = layer.feature.properties.NUTS_ID === view.region;
    layer.setStyle({ color: selected ? '#c2410c' : '#ffffff', weight: selected ? 3 : 0.6 });
    if (selected) layer.bringToFront();
  });
}

function renderSide() {
  const { indicators, clusterPresence } = view.presence;
  const options = [
    ...Object.entries(MEASURES).map(([key, measure]) => [key, `Presence: ${measure.text}`]),
    ...indicators.filter((indicator) => indicator.levels.includes(2)).map((indicator) => {
      const year = Math.max(...indicator.years);
      return [`INDICATOR:${indicator.indicator}:${year}`, `Indicator: ${indicator.indicator} (${year})${indicator.synthetic ? ', synthetic' : ''}`];
    }),
  ];
  const byCode = new Map(clusterPresence.map((row) => [row.region, row]));
  const chosen = view.region ? byCode.get(view.region) : null;
  const measure = measureOf(view.measure);
  const ranked = [...view.values.entries()].filter(([, value]) => value != null).sort((a, b) => b[1] - a[1]).slice(0, 10);
  fill(view.side,
    h('h2', {}, 'Map'),
    h('label', { class: 'query' }, 'Colour regions by ',
      h('select', { id: 'map-measure', onchange: (event) => go('map', { measure: event.target.value, region: view.region }) },
        options.map(([key, text]) => h('option', { value: key, selected: key === view.measure }, text)))),
    chosen || view.region ? regionPanel(view.region, chosen) : h('p', {}, 'Click a region or a cluster point to select it.'),
    h('h3', {}, `Highest: ${measure.text}`),
    h('ol', { class: 'nodes-list' }, ranked.map(([code, value]) => h('li', {},
      h('button', { type: 'button', class: 'linklike', onclick: () => select(code) }, byCode.get(code)?.name ?? code),
      ` ${number(value, measure.digits)}`))),
    h('p', {}, h('a', { href: graphiqlLink(PRESENCE), target: '_blank', rel: 'noopener' }, 'Open the presence query in GraphiQL')));
  view.side.dataset.region = view.region ?? '';
}

function regionPanel(code, row) {
  const value = view.values.get(code);
  return h('section', { class: 'card', 'data-region': code },
    h('h3', {}, row?.name ?? code, ` (${code})`),
    h('dl', {},
      h('dt', {}, 'This measure'), h('dd', {}, value == null ? 'no value' : number(value, measureOf(view.measure).digits)),
      row ? [h('dt', {}, 'Clusters'), h('dd', {}, number(row.clusters)),
        h('dt', {}, 'Member companies'), h('dd', {}, number(row.memberCompanies)),
        h('dt', {}, 'Their employees'), h('dd', {}, number(row.memberEmployment)),
        h('dt', {}, 'Share of employment'), h('dd', {}, row.employmentShare == null ? '–' : number(row.employmentShare, 3))] : null),
    h('p', {}, h('a', { href: href('graph', { seeds: code }) }, 'Open the region\'s card and neighbourhood')));
}

/** Every cluster as a point at its region's label point, a little apart so that neighbours stay clickable. */
async function loadClusterPoints() {
  let after = null;
  const points = [];
  do {
    const data = await strictGraphql(CLUSTER_POINTS, { after });
    points.push(...data.clusters.nodes);
    after = data.clusters.pageInfo.hasNextPage ? data.clusters.pageInfo.endCursor : null;
  } while (after && view);
  if (!view) return;
  for (const cluster of points) {
    if (cluster.region?.lat == null) continue;
    const [dx, dy] = jitter(cluster.id);
    L.circleMarker([cluster.region.lat + dy, cluster.region.lon + dx], { className: 'cluster-point', radius: 4, color: '#1b1f24', weight: 1,
      fillColor: '#f2c14e', fillOpacity: 1 })
      .bindTooltip(`${cluster.name} (${cluster.country})`)
      .on('click', () => go('graph', { seeds: cluster.id }))
      .addTo(view.points);
  }
  view.map.getContainer().dataset.clusters = String(points.length);
}

function jitter(id) {
  let hash = 0;
  for (const character of id) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return [((hash % 100) / 100 - 0.5) * 0.3, (((hash >>> 8) % 100) / 100 - 0.5) * 0.2];
}
