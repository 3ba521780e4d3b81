// The explorer: one page, one view at a time, chosen by the URL.
import { current } from './routes.js';
import { status } from './dom.js';
import { attachSearch } from './search.js';
import { downloadExportsWithTheKey } from './api.js';
import * as home from './home.js';
import * as graph from './graph.js';
import * as paths from './paths.js';
import * as gaps from './gaps.js';
import * as map from './map.js';

const VIEWS = { '': home, graph, paths, gaps, map };

let shown = null;

async function render() {
  const { view, params } = current();
  const module = VIEWS[view] ?? home;
  for (const tab of document.querySelectorAll('.tabs a[data-view]')) {
    if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  status();
  const main = document.getElementById('main');
  try {
    if (shown === module && module.update) {
      await module.update(params);
    } else {
      shown?.leave?.();
      shown = module;
      main.replaceChildren();
      await module.show(main, params);
    }
  } catch (failure) {
    status(failure.message, { error: true });
  }
  // for tests and the load benchmark: which view is ready, and when (ms since the page's navigation started)
  document.body.dataset.readyAt = String(Math.round(performance.now()));
  document.body.dataset.ready = `${view || 'home'}:${location.hash}`;
}

window.addEventListener('hashchange', render);
attachSearch(document.getElementById('search'));
downloadExportsWithTheKey();
render();
