// A field that picks a cluster or company by search, holding its id: the path finder's ends.
import { h } from './dom.js';
import { attachCombobox } from './search.js';

const PARTIES = `query Parties($text: String!) { search(text: $text, kinds: [CLUSTER, COMPANY], first: 8) { kind id name } }`;

let pickers = 0;

/** A labelled picker; `value()` is the chosen id (or what was typed, taken as an id). */
export function picker(label, { id = '', name = '', hint = '' } = {}) {
  const number = ++pickers;
  const input = h('input', { type: 'text', id: `picker-${number}`, role: 'combobox', autocomplete: 'off',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `picker-${number}-list`,
    value: name || id, 'data-id': id });
  const listbox = h('ul', { id: `picker-${number}-list`, role: 'listbox', hidden: true, 'aria-label': `${label}: suggestions` });
  attachCombobox(input, listbox, PARTIES, (data) => data.search, (hit) => { input.dataset.id = hit.id; },
    { label: (hit) => hit.kind.toLowerCase() });
  input.addEventListener('input', () => { input.dataset.id = ''; });
  const element = h('div', { class: 'picker' },
    h('label', { for: input.id }, label, hint ? h('span', { class: 'hint' }, ` ${hint}`) : null), input, listbox);
  return {
    element,
    value: () => input.dataset.id || input.value.trim(),
    named: (text) => { if (text) input.value = text; },
  };
}
