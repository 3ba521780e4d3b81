// The one way the explorer reads data: the public GraphQL API, as any client would.
import { status } from './dom.js';

/** An answer the explorer cannot use: the API's errors, or a failed request. */
export class ApiError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.errors = errors;
  }
}

/** Where the key a reader gave stays while the tab is open: never in the URL, never beyond the session. */
const KEY_STORE = 'clustergraph.apiKey';

/**
 * Sends a request with the key the reader gave, if any; when the service answers 401 (it requires a key for reads,
 * or the key given is not valid), asks for a key with the service's message and sends it again, until the reader
 * gives up.
 */
async function send(url, init) {
  for (;;) {
    const key = sessionStorage.getItem(KEY_STORE);
    const headers = key ? { ...init.headers, 'X-API-Key': key } : init.headers;
    const response = await fetch(url, { ...init, headers });
    if (response.status !== 401) return response;
    if (sessionStorage.getItem(KEY_STORE) !== key) continue; // another request was given a key meanwhile
    const body = await response.json().catch(() => null);
    const message = body?.errors?.[0]?.message ?? 'This service needs an API key.';
    const given = await askForKey(key ? `The key was not accepted: ${message}` : message);
    if (!given) throw new ApiError(message, body?.errors ?? []);
    sessionStorage.setItem(KEY_STORE, given);
  }
}

let asking = null;

/** One dialog for every request waiting for a key; resolves to the key given, or null when the reader cancels. */
function askForKey(message) {
  asking ??= new Promise((resolve) => {
    const dialog = document.getElementById('key-dialog');
    const input = document.getElementById('key-input');
    document.getElementById('key-message').textContent = message;
    input.value = '';
    dialog.addEventListener('close', () => {
      asking = null;
      resolve(dialog.returnValue === 'use' && input.value.trim() ? input.value.trim() : null);
    }, { once: true });
    dialog.showModal();
  });
  return asking;
}

/**
 * Runs a GraphQL document. Resolves to {data, errors}: partial data comes with the errors of the fields that failed
 * (such as network metrics on a database without GDS); a request with no data at all rejects with an ApiError.
 */
export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await send('graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (failure) {
    if (failure instanceof ApiError) throw failure;
    throw new ApiError(`The service could not be reached (${failure.message}).`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // handled below: no JSON at all
  }
  if (!body) {
    throw new ApiError(`The service answered HTTP ${response.status} without a GraphQL response.`);
  }
  const errors = body.errors ?? [];
  if (body.data == null) {
    throw new ApiError(errors.map(describe).join(' ') || `HTTP ${response.status}`, errors);
  }
  return { data: body.data, errors };
}

/**
 * Export links download as links do, unless the reader gave a key: a link cannot send it, so the file is fetched with
 * it and saved from the page. Installed once for every link marked data-export.
 */
export function downloadExportsWithTheKey() {
  document.addEventListener('click', async (event) => {
    const link = event.target.closest?.('a[data-export]');
    if (!link || !sessionStorage.getItem(KEY_STORE)) return;
    event.preventDefault();
    try {
      const response = await send(link.href, { method: 'GET' });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        throw new ApiError(body?.errors?.map(describe).join(' ') ?? `The export answered HTTP ${response.status}.`);
      }
      const file = URL.createObjectURL(await response.blob());
      const save = Object.assign(document.createElement('a'), { href: file, download: link.dataset.export });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(file), 60_000);
    } catch (failure) {
      status(failure.message, { error: true });
    }
  });
}

/** Like graphql, but any error is a failure. */
export async function strictGraphql(query, variables = {}) {
  const { data, errors } = await graphql(query, variables);
  if (errors.length) {
    throw new ApiError(errors.map(describe).join(' '), errors);
  }
  return data;
}

/** One error as a sentence, with the argument it names. */
export function describe(error) {
  const argument = error.extensions?.argument;
  return argument ? `${error.message} (${argument})` : error.message;
}

/** A link to GraphiQL that opens with this document and these variables. */
export function graphiqlLink(query, variables = {}) {
  const params = new URLSearchParams({ query: query.trim() });
  if (Object.keys(variables).length) {
    params.set('variables', JSON.stringify(variables, null, 2));
  }
  return `graphiql?${params}`;
}

/** The export URL of the same selection as a subgraph request. */
export function exportLink(format, selection) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(selection)) {
    if (value == null || (Array.isArray(value) && value.length === 0)) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return `export/subgraph.${format}?${params}`;
}
