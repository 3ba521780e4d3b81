// Search with suggestions as you type (the API's `search`), as an ARIA combobox: arrows move, Enter opens, Escape closes.
import { graphql } from './api.js';
import { h, fill, debounce, status } from './dom.js';
import { go } from './routes.js';

const SEARCH = `query Suggest($text: String!) {
  search(text: $text, kinds: [CLUSTER, COMPANY, ORGANISATION, REGION, VALUE_CHAIN], first: 8) {
    kind id name matched
  }
}`;

const KIND_NAMES = { CLUSTER: 'cluster', COMPANY: 'company', ORGANISATION: 'organisation', REGION: 'region',
  VALUE_CHAIN: 'value chain' };

/** Where choosing a hit leads: a node's card and neighbourhood, or a value chain's gaps. */
export function open(hit) {
  if (hit.kind === 'VALUE_CHAIN') {
    go('gaps', { valueChain: hit.id });
  } else {
    go('graph', { seeds: hit.id });
  }
}

/** Makes the header's search box a combobox. */
export function attachSearch(box) {
  const input = box.querySelector('input');
  const listbox = box.querySelector('ul');
  attachCombobox(input, listbox, SEARCH, (data) => data.search, open, { label: (hit) => KIND_NAMES[hit.kind] });
}

/**
 * A combobox over a GraphQL query taking $text: suggestions as you type, keyboard navigation, and `choose(hit)` on
 * Enter or click. Used by the header's search and by the path finder's pickers.
 */
export function attachCombobox(input, listbox, query, hitsOf, choose, { label, minLength = 2 } = {}) {
  let hits = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    listbox.querySelectorAll('li').forEach((item, at) => item.setAttribute('aria-selected', String(at === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
      listbox.children[index]?.scrollIntoView({ block: 'nearest' });
    }
  };

  const pick = (index) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = hit.name;
    choose(hit);
  };

  const suggest = debounce(async () => {
    const text = input.value.trim();
    const ask = ++asked;
    if (text.length < minLength) {
      close();
      return;
    }
    try {
      const { data } = await graphql(query, { text });
      if (ask !== asked) return; // a later keystroke has its own answer coming
      hits = hitsOf(data) ?? [];
    } catch (failure) {
      status(failure.message, { error: true });
      hits = [];
    }
    fill(listbox, hits.length
      ? hits.map((hit, index) => h('li', { id: `${listbox.id}-${index}`, role: 'option', 'aria-selected': 'false',
        onmousedown: (event) => { event.preventDefault(); pick(index); } },
        h('span', {}, hit.name), label ? h('span', { class: 'kind' }, label(hit)) : null))
      : h('li', { role: 'option', 'aria-disabled': 'true' }, 'Nothing found'));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
    listbox.dataset.for = text;
  }, 180);

  input.addEventListener('input', suggest);
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && hits.length;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
