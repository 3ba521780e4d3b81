// Every view has a URL: #/<view>?<parameters>. Links can be shared, and back and forward walk the views.

/** The view and parameters of the current URL. */
export function current() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  return { view: path.split('/')[0] || '', params: new URLSearchParams(query ?? '') };
}

/** The href of a view with parameters (empty values left out). */
export function href(view, params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = search.toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

/** Goes to a view: a new history entry, so back returns here. */
export function go(view, params = {}) {
  location.hash = href(view, params);
}

/** A list parameter, split on commas. */
export function list(params, name) {
  const value = params.get(name);
  return value ? value.split(',').map((item) => item.trim()).filter(Boolean) : [];
}
