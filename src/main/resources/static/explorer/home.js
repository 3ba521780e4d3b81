// The start page: what the explorer does, and where to begin.
import { h } from './dom.js';
import { href } from './routes.js';

export function show(main) {
  main.append(h('section', { class: 'home' },
    h('h1', {}, 'Explore Europe\'s cluster network'),
    h('p', {}, 'Cluster organisations, their member companies and organisations, NUTS regions, value chains and the ',
      'cooperation ties between clusters. Type in the search box above to find a cluster, a company or a region, ',
      'or start from one of the views:'),
    h('ul', {},
      h('li', {}, h('a', { href: href('map') }, 'Map'), ': Europe by NUTS 2 region, coloured by cluster presence or a regional indicator.'),
      h('li', {}, h('a', { href: href('paths') }, 'Path finder'), ': the strongest chains of cooperation between two clusters, hop by hop with the evidence.'),
      h('li', {}, h('a', { href: href('gaps', { valueChain: 'BAT' }) }, 'Gaps'), ': a value chain\'s stage coverage and the cooperation opportunities nobody has taken.'),
      h('li', {}, h('a', { href: href('graph') }, 'Graph'), ': a node\'s neighbourhood, expanded by clicking, coloured by country, ecosystem or community.')),
    h('p', {}, 'Every view has its own address: copy it to share what you see. Everything shown comes from the ',
      h('a', { href: 'graphiql' }, 'GraphQL API'), ', so each card links to the query that made it.')));
}
