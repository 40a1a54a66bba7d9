// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Routing: the operations' path templates in a tree of segments (literal segments looked up in a
 * map, whole-segment parameters, and segments mixing text and parameters as regular expressions),
 * under each of the API's base paths. A match gives the operation and its path parameters,
 * percent-decoded; a path that exists under another method gives the allowed methods (for a
 * 405); dot segments and undecodable escapes are refused before any template is tried.
 */
import type { MockOperation } from "./api.js";
import { setOwn } from "./pointer.js";

interface RouteLeaf {
  operation: MockOperation;
  /** Parameter names in the order their values are captured. */
  names: string[];
}

interface RouteNode {
  literals: Map<string, RouteNode>;
  patterns: Array<{ regex: RegExp; node: RouteNode }>;
  parameter: RouteNode | undefined;
  leaves: Map<string, RouteLeaf>;
}

export type RouteResult =
  | { kind: "found"; operation: MockOperation; params: Record<string, string> }
  | { kind: "method"; allowed: string[] }
  | { kind: "none" }
  | { kind: "bad"; pointer: string; message: string };

/** A HEAD is answered by the path's HEAD operation, else by its GET. */
const HEAD_LOOKUP = ["HEAD", "GET"];

export class Router {
  private readonly root: RouteNode = newNode();
  private readonly basePaths: string[];

  constructor(basePaths: string[], operations: MockOperation[]) {
    const bases = basePaths.length > 0 ? basePaths : [""];
    this.basePaths = [...new Set(bases.map((base) => base.replace(/\/+$/, "")))].sort((a, b) => b.length - a.length);
    for (const operation of operations) this.add(operation);
  }

  private add(operation: MockOperation): void {
    let node = this.root;
    const names: string[] = [];
    for (const segment of splitPath(operation.path)) {
      const whole = /^\{([^{}]+)\}$/.exec(segment);
      if (whole) {
        node.parameter ??= newNode();
        node = node.parameter;
        names.push(whole[1] as string);
      } else if (segment.includes("{")) {
        const source = segment.replace(/\{([^{}]+)\}|([^{}]+)/g, (_all, name: string | undefined, text: string) => {
          if (name === undefined) return escapeRegex(text);
          names.push(name);
          return "([^/]+?)";
        });
        let pattern = node.patterns.find((entry) => entry.regex.source === `^${source}$`);
        if (pattern === undefined) {
          pattern = { regex: new RegExp(`^${source}$`), node: newNode() };
          node.patterns.push(pattern);
        }
        node = pattern.node;
      } else {
        let next = node.literals.get(segment);
        if (next === undefined) {
          next = newNode();
          node.literals.set(segment, next);
        }
        node = next;
      }
    }
    if (!node.leaves.has(operation.method)) node.leaves.set(operation.method, { operation, names });
  }

  match(method: string, rawPath: string): RouteResult {
    let allowed: string[] | undefined;
    const lookup = method === "HEAD" ? HEAD_LOOKUP : [method];
    for (const base of this.basePaths) {
      if (base !== "" && !(rawPath === base || rawPath.startsWith(`${base}/`))) continue;
      const segments = splitPath(rawPath.slice(base.length));
      for (const segment of segments) {
        if (
          segment.length <= 6 &&
          (segment.startsWith(".") || segment.startsWith("%")) &&
          /^(%2e|\.){1,2}$/i.test(segment)
        ) {
          return { kind: "bad", pointer: "/path", message: "must not contain dot segments" };
        }
      }
      const values: string[] = [];
      const search: Search = { methods: lookup, other: undefined };
      const leaf = find(this.root, segments, 0, values, search);
      if (leaf === undefined) {
        allowed ??= search.other === undefined ? undefined : [...search.other.leaves.keys()];
        continue;
      }
      const params: Record<string, string> = {};
      for (let index = 0; index < leaf.names.length; index++) {
        const name = leaf.names[index] as string;
        const raw = values[index] as string;
        let decoded = raw;
        if (raw.includes("%")) {
          try {
            decoded = decodeURIComponent(raw);
          } catch {
            return { kind: "bad", pointer: `/path/${name}`, message: "is not valid percent-encoding" };
          }
        }
        setOwn(params, name, decoded);
      }
      return { kind: "found", operation: leaf.operation, params };
    }
    if (allowed === undefined) return { kind: "none" };
    // A path with a GET answers HEAD too (HEAD_LOOKUP), so its Allow names HEAD beside GET.
    if (allowed.includes("GET") && !allowed.includes("HEAD")) allowed.splice(allowed.indexOf("GET") + 1, 0, "HEAD");
    return { kind: "method", allowed };
  }
}

interface Search {
  methods: string[];
  /** The first node the path reaches that only has other methods: the answer is then a 405. */
  other: RouteNode | undefined;
}

/** Depth first, literals before patterns before parameters, backtracking until a leaf has the method. */
function find(
  node: RouteNode,
  segments: string[],
  index: number,
  values: string[],
  search: Search,
): RouteLeaf | undefined {
  if (index === segments.length) {
    for (const method of search.methods) {
      const leaf = node.leaves.get(method);
      if (leaf !== undefined) return leaf;
    }
    if (node.leaves.size > 0) search.other ??= node;
    return undefined;
  }
  const segment = segments[index] as string;
  const literal = node.literals.get(segment);
  if (literal !== undefined) {
    const found = find(literal, segments, index + 1, values, search);
    if (found !== undefined) return found;
  }
  for (const pattern of node.patterns) {
    const match = pattern.regex.exec(segment);
    if (match === null) continue;
    const before = values.length;
    values.push(...match.slice(1));
    const found = find(pattern.node, segments, index + 1, values, search);
    if (found !== undefined) return found;
    values.length = before;
  }
  if (node.parameter !== undefined && segment !== "") {
    values.push(segment);
    const found = find(node.parameter, segments, index + 1, values, search);
    if (found !== undefined) return found;
    values.pop();
  }
  return undefined;
}

function splitPath(path: string): string[] {
  if (path === "" || path === "/") return [];
  return (path.startsWith("/") ? path.slice(1) : path).split("/");
}

function newNode(): RouteNode {
  return { literals: new Map(), patterns: [], parameter: undefined, leaves: new Map() };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
