// Small helpers to build the page without a framework: elements from tags, text always as text (never as HTML).

/** An element with attributes and children; strings become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A number for people: grouped thousands, at most `digits` decimals. */
export function number(value, digits = 0) {
  if (value == null) return '–';
  return Number(value).toLocaleString('en-GB', { maximumFractionDigits: digits });
}

/** The page's status line: a notice, or an error; empty to clear. */
export function status(message = '', { error = false } = {}) {
  const line = document.getElementById('status');
  line.classList.toggle('error', error);
  line.textContent = message;
}

/** A distinct colour per category, stable for a key: a qualitative palette readable on white. */
const PALETTE = ['#1f77b4', '#d95f02', '#2a9d4a', '#c51b7d', '#7b3294', '#8c564b', '#b8860b', '#17becf',
  '#4d4d4d', '#e31a1c', '#33a02c', '#6a3d9a', '#ff7f00', '#1b9e77', '#a6761d', '#386cb0'];

export function categoryColour(key, order) {
  if (key == null) return '#9aa5b1';
  const index = order.indexOf(key);
  if (index >= 0 && index < PALETTE.length) return PALETTE[index];
  let hash = 0;
  for (const character of String(key)) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

/** Debounces a function: calls it once calls stop for `wait` ms. */
export function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
