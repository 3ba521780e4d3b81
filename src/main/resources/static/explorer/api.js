// The one way the explorer reads data: the public GraphQL API, as any client would.

/** An answer the explorer cannot use: the API's errors, or a failed request. */
export class ApiError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.errors = errors;
  }
}

/**
 * Runs a GraphQL document. Resolves to {data, errors}: partial data comes with the errors of the fields that failed
 * (such as network metrics on a database without GDS); a request with no data at all rejects with an ApiError.
 */
export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch('graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (failure) {
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
