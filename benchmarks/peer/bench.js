// Closed-loop load on ClusterGraph and the peer, pair by pair, in alternating A/B rounds; then PROFILE dbHits of
// every statement each side sends for one request. See README.md for the set-up and the options.
import { readFileSync, statSync, openSync, readSync, closeSync } from "node:fs";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { pathToFileURL } from "node:url";

const { values: options } = parseArgs({
  options: {
    ours: { type: "string", default: "http://127.0.0.1:8080/graphql" },
    peer: { type: "string", default: "http://127.0.0.1:4000/" },
    "peer-capture": { type: "string", default: "http://127.0.0.1:4001" },
    bolt: { type: "string", default: "bolt://127.0.0.1:7687" },
    "service-log": { type: "string" },
    actuator: { type: "string", default: "http://127.0.0.1:8080/actuator" },
    clients: { type: "string", default: "1,4" },
    seconds: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    "warm-up": { type: "string", default: "5" },
    only: { type: "string" },
    pairs: { type: "string", default: "./pairs.js" },
    check: { type: "boolean", default: false },
    "no-dbhits": { type: "boolean", default: false },
    "dbhits-only": { type: "boolean", default: false },
    "show-statements": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const seconds = Number(options.seconds);
const rounds = Number(options.rounds);
// another set of pairs (a module exporting `pairs`, as pairs.js does) can be given with --pairs
const { pairs } = await import(options.pairs.startsWith("./") ? options.pairs : pathToFileURL(options.pairs).href);
const chosen = options.only ? pairs.filter((p) => p.name.includes(options.only)) : pairs;

async function post(url, query) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
  return body.data;
}

// `clients` loops, each sending its next request when the last one is answered, for `seconds`.
async function closedLoop(url, query, clients, seconds) {
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const start = performance.now();
      await post(url, query);
      latencies.push(performance.now() - start);
    }
  }));
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { throughput: latencies.length / seconds, p50: at(0.5), p99: at(0.99), requests: latencies.length };
}

// Warm-up until two successive one-second windows agree within 10% (at most 15 s per side).
async function warm(url, query, clients) {
  let last = 0;
  for (let i = 0; i < 15; i++) {
    const { throughput } = await closedLoop(url, query, clients, 1);
    if (last > 0 && Math.abs(throughput - last) / last < 0.1) return;
    last = throughput;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(pair, clients) {
  await warm(options.ours, pair.ours, clients);
  await warm(options.peer, pair.peer, clients);
  const ours = [];
  const peer = [];
  for (let round = 0; round < rounds; round++) {
    // alternate which side goes first, so drift in the machine's load falls on both
    if (round % 2 === 0) {
      ours.push(await closedLoop(options.ours, pair.ours, clients, seconds));
      peer.push(await closedLoop(options.peer, pair.peer, clients, seconds));
    } else {
      peer.push(await closedLoop(options.peer, pair.peer, clients, seconds));
      ours.push(await closedLoop(options.ours, pair.ours, clients, seconds));
    }
  }
  const summary = (runs) => ({
    throughput: median(runs.map((r) => r.throughput)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
  });
  const o = summary(ours);
  const p = summary(peer);
  return { ours: o, peer: p, ratio: o.throughput / p.throughput };
}

// ---- dbHits: PROFILE every statement a side sends for one request ----

function sumDbHits(profile) {
  if (!profile) return 0;
  return (profile.dbHits ?? 0) + (profile.children ?? []).reduce((sum, child) => sum + sumDbHits(child), 0);
}

// The service writes one JSON line per statement at DEBUG on eu.clustergraph.cypher.statements.
function javaParameters(value) {
  if (Array.isArray(value)) return value.map(javaParameters);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, javaParameters(v)]));
  }
  return Number.isInteger(value) ? neo4j.int(value) : value;
}

function newLogLines(path, from) {
  const size = statSync(path).size;
  const buffer = Buffer.alloc(size - from);
  const fd = openSync(path, "r");
  readSync(fd, buffer, 0, buffer.length, from);
  closeSync(fd);
  return buffer.toString("utf8").split("\n");
}

async function ourStatements(query) {
  const path = options["service-log"];
  const before = statSync(path).size;
  await post(options.ours, query);
  await new Promise((resolve) => setTimeout(resolve, 300)); // the log appender flushes asynchronously
  return newLogLines(path, before)
    .filter((line) => line.includes("eu.clustergraph.cypher.statements") && line.includes("{\"name\":"))
    .map((line) => JSON.parse(line.slice(line.indexOf("{\"name\":"))))
    .map((statement) => ({ query: statement.query, parameters: javaParameters(statement.parameters) }));
}

async function peerStatements(query) {
  await fetch(`${options["peer-capture"]}/capture/on`);
  await post(options.peer, query);
  const text = await (await fetch(`${options["peer-capture"]}/capture/take`)).text();
  return JSON.parse(text, (key, value) => (value && typeof value === "object" && "$int" in value ? neo4j.int(value.$int) : value));
}

async function profile(driver, statements, side) {
  let hits = 0;
  for (const { query, parameters } of statements) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      // a leading CYPHER option line (the peer sends some) must stay in front of PROFILE
      const option = query.match(/^\s*CYPHER\s[^\n]*\n/i)?.[0] ?? "";
      const result = await session.run(`${option}PROFILE ${query.slice(option.length)}`, parameters);
      hits += sumDbHits(result.summary.profile);
      if (options["show-statements"]) console.log(`  ${side} ${sumDbHits(result.summary.profile)} dbHits: ${query}`);
    } finally {
      await session.close();
    }
  }
  return hits;
}

async function setStatementLog(level) {
  const response = await fetch(`${options.actuator}/loggers/eu.clustergraph.cypher.statements`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ configuredLevel: level }),
  });
  if (!response.ok) throw new Error(`could not set the statement log through ${options.actuator}/loggers: ${response.status}`);
}

async function dbHits() {
  const driver = neo4j.driver(options.bolt, neo4j.auth.basic("neo4j", "neo4j"));
  await setStatementLog("DEBUG");
  const rows = [];
  try {
    for (const pair of chosen) {
      const ours = await ourStatements(pair.ours);
      const peer = await peerStatements(pair.peer);
      if (options["show-statements"]) console.log(`## ${pair.name}`);
      rows.push({ name: pair.name, ours: { statements: ours.length, dbHits: await profile(driver, ours, "ours") },
        peer: { statements: peer.length, dbHits: await profile(driver, peer, "peer") } });
    }
  } finally {
    await setStatementLog(null);
    await driver.close();
  }
  return rows;
}

// ---- main ----

if (options.check) {
  for (const pair of chosen) {
    const [ours, peer] = await Promise.all([post(options.ours, pair.ours), post(options.peer, pair.peer)]);
    console.log(`## ${pair.name}\nours ${JSON.stringify(ours).slice(0, 300)}\npeer ${JSON.stringify(peer).slice(0, 300)}`);
  }
  process.exit(0);
}

const started = new Date().toISOString();
const results = { started, seconds, rounds, clients: {}, dbHits: null };

// One pass over every pair on both sides before any is measured: a service started just before the run still
// compiles its code during the first pairs, which the per-pair warm-up (a few stable seconds) did not always outlast.
if (!options["dbhits-only"] && Number(options["warm-up"]) > 0) {
  const most = Math.max(...options.clients.split(",").map(Number));
  for (const pair of chosen) {
    await closedLoop(options.ours, pair.ours, most, Number(options["warm-up"]));
    await closedLoop(options.peer, pair.peer, most, Number(options["warm-up"]));
  }
}
for (const clients of options["dbhits-only"] ? [] : options.clients.split(",").map(Number)) {
  console.log(`\n${clients} client(s), ${rounds} rounds of ${seconds} s per side, median of rounds`);
  console.log("pair".padEnd(42) + "ours/s   peer/s   ratio   ours p50/p99 ms    peer p50/p99 ms");
  const rows = [];
  for (const pair of chosen) {
    const r = await measure(pair, clients);
    rows.push({ name: pair.name, ...r });
    console.log(pair.name.padEnd(42) + r.ours.throughput.toFixed(0).padStart(6) + r.peer.throughput.toFixed(0).padStart(9)
      + r.ratio.toFixed(2).padStart(8) + `   ${r.ours.p50.toFixed(1)}/${r.ours.p99.toFixed(1)}`.padEnd(19)
      + `   ${r.peer.p50.toFixed(1)}/${r.peer.p99.toFixed(1)}`);
  }
  const geomean = Math.exp(rows.reduce((s, r) => s + Math.log(r.ratio), 0) / rows.length);
  const lowest = rows.reduce((a, b) => (a.ratio < b.ratio ? a : b));
  const p99Worse = rows.filter((r) => r.ours.p99 > r.peer.p99).map((r) => r.name);
  console.log(`geometric mean ${geomean.toFixed(2)}; lowest ${lowest.ratio.toFixed(2)} (${lowest.name}); `
    + `our p99 above the peer's on ${p99Worse.length} pair(s)${p99Worse.length ? ": " + p99Worse.join(", ") : ""}`);
  results.clients[clients] = { rows, geomean };
}

if (!options["no-dbhits"] && options["service-log"]) {
  results.dbHits = await dbHits();
  console.log("\nPROFILE dbHits per request (statements)");
  for (const row of results.dbHits) {
    console.log(row.name.padEnd(42) + `ours ${row.ours.dbHits} (${row.ours.statements})`.padEnd(20)
      + `peer ${row.peer.dbHits} (${row.peer.statements})` + (row.ours.dbHits <= row.peer.dbHits ? "" : "   ours higher"));
  }
}
if (options.json) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(options.json, JSON.stringify(results, null, 2));
}
