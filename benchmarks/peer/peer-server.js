// The peer: the Neo4j GraphQL Library 7 on Apollo Server, over the same Neo4j the ClusterGraph service runs
// (its embedded database's Bolt port by default). Every statement the library sends is kept, per request, so the
// benchmark can PROFILE it: POST /statements returns and clears them.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const bolt = process.env.PEER_BOLT ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PEER_PORT ?? 4000);
const captured = [];
let capturing = false;

// Records the query text and parameters of every run() on a session or transaction the library opens.
function recording(target) {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      return (...args) => {
        if (property === "run" && capturing) captured.push({ query: String(args[0]), parameters: args[1] ?? {} });
        if (property === "executeQuery" && capturing) captured.push({ query: String(args[0]), parameters: args[1] ?? {} });
        const wrapped = args.map((arg) => (typeof arg === "function" ? (tx, ...rest) => arg(recording(tx), ...rest) : arg));
        const result = value.apply(object, wrapped);
        return property === "session" || property === "beginTransaction" ? recording(result) : result;
      };
    },
  });
}

const driver = neo4j.driver(bolt, neo4j.auth.basic("neo4j", "neo4j"));
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver: recording(driver) }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port } });

// A side port for the benchmark: switch capture on, or take what was captured.
createServer((request, response) => {
  if (request.url === "/capture/on") { captured.length = 0; capturing = true; }
  // the driver's Integer objects travel as {"$int": "..."}, so the benchmark can bind them as integers again
  const integers = (key, value) => (neo4j.isInt(value) ? { $int: value.toString() } : value);
  const body = request.url === "/capture/take" ? JSON.stringify(captured.splice(0), integers) : "{}";
  if (request.url === "/capture/take") capturing = false;
  response.setHeader("content-type", "application/json");
  response.end(body);
}).listen(port + 1, "127.0.0.1");

console.log(`peer ready at ${url} over ${bolt}; capture on http://127.0.0.1:${port + 1}`);
