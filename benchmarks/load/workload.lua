-- The requests of one load phase, chosen at random per request by the WORKLOAD environment variable:
--   mixed   80% lookups, 15% pages, 5% traversals and exports (issue 17)
--   lookups a cluster or a company with its region and ecosystems or clusters
--   hostile documents the service must refuse: gap fields multiplied by aliases, 1,000 aliases, depth 21,
--           first: 99999999, filters nested 40 deep, fragment cycles, malformed JSON
--   trivial { about { name } }
--   rejected one over the cost limit
-- IDS names a file with one cluster id per line, then a line "--", then one company id per line.
-- Each thread counts non-2xx answers and GraphQL errors in 200 answers; done() prints one JSON line for run.sh.

local workload = os.getenv("WORKLOAD") or "mixed"
local clusters, companies = {}, {}
local countries = { "DE", "FR", "IT", "ES", "PL", "NL", "SE", "AT", "BE", "CZ" }
local threads = {}

local function read_ids()
  local list = clusters
  for line in io.lines(os.getenv("IDS")) do
    if line == "--" then list = companies elseif line ~= "" then list[#list + 1] = line end
  end
end

local function pick(list) return list[math.random(#list)] end

local function post(query)
  local body = '{"query":"' .. query:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"}'
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end

local function aliased(times, field)
  local parts = {}
  for i = 1, times do parts[i] = "f" .. i .. ": " .. field end
  return "{ " .. table.concat(parts, " ") .. " }"
end

local hostile_documents = {
  aliased(12, "cooperationGaps { kind score }"),
  aliased(1000, 'cluster(id: "CL00001") { name }'),
  '{ region(code: "DE111") { ' .. string.rep("parent { ", 20) .. "code" .. string.rep(" }", 20) .. " } }",
  "{ clusters(first: 99999999) { nodes { id members(first: 99999999) { nodes { id } } } } }",
  "{ clusters(filter: " .. string.rep("{ AND: [", 40) .. '{ country: "DE" }' .. string.rep("] }", 40)
    .. ") { nodes { id } } }",
  "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
}

local function lookup()
  if math.random() < 0.5 then
    return post('{ cluster(id: "' .. pick(clusters) .. '") { id name region { code name } ecosystems { primary ecosystem { id } } } }')
  end
  return post('{ company(id: "' .. pick(companies) .. '") { id name region { code } clusters { id name } } }')
end

local function page()
  return post('{ clusters(filter: { country: "' .. pick(countries) .. '" }, first: 20) { totalCount edges { cursor '
    .. "node { id name memberCount } } pageInfo { hasNextPage endCursor } } }")
end

local function heavy()
  local r = math.random()
  if r < 0.4 then return post('{ cooperationReach(cluster: "' .. pick(clusters) .. '", maxHops: 2) { total } }') end
  if r < 0.8 then
    return post('{ cooperationPaths(from: "' .. pick(clusters) .. '", to: "' .. pick(clusters) .. '", k: 2) { strength } }')
  end
  return wrk.format("GET", "/export/subgraph.json?seeds=" .. pick(clusters) .. "&depth=1&limit=100")
end

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  read_ids()
  non2xx, graphql_errors = 0, 0
end

function request()
  if workload == "lookups" then return lookup() end
  if workload == "trivial" then return post("{ about { name } }") end
  if workload == "rejected" then return post(hostile_documents[1]) end
  if workload == "hostile" then
    if math.random() < 0.1 then
      return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, '{"query": [1, 2')
    end
    return post(pick(hostile_documents))
  end
  local r = math.random()
  if r < 0.80 then return lookup() elseif r < 0.95 then return page() else return heavy() end
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local bad, errors = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
    errors = errors + thread:get("graphql_errors")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('{"workload":"%s","requests":%d,"seconds":%.3f,"rps":%.1f,"p50":%.3f,"p99":%.3f,'
    .. '"mean":%.3f,"non2xx":%d,"graphqlErrors":%d,"socketErrors":%d}\n', workload, summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.mean / 1000, bad, errors, socket))
end
