// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The mock engine: one request as plain data in, one reply as plain data out, synchronously.
 * It routes (404 and 405 in the API's error shape), applies faults, enforces security, parses
 * and validates parameters and the body (the API's 400 or 422 naming the failing field), then
 * answers from state for inferred resources, with a stream where one is asked for, or from the
 * spec's examples; every answer is checked against its schema when `strict` is on. Adapters
 * (node:http, MSW) only move bytes.
 */
import type { ValidateFunction } from "ajv";
import type { MockApi, MockContent, MockOperation, MockParameter, MockParameterLocation } from "./api.js";
import { readBody } from "./body.js";
import { CONTROL_PREFIX, type Controllable, control } from "./control.js";
import { addCorsHeaders, isPreflight, preflight } from "./cors.js";
import { Crud } from "./crud.js";
import { generateValue } from "./data.js";
import { contentTypeOf, ErrorReplies } from "./errors.js";
import { Faults } from "./faults.js";
import { ItemTexts } from "./item-texts.js";
import { evictedPaths, Journal, redactQuery } from "./journal.js";
import { type LogSink, logLine, logSink } from "./log.js";
import { type ParameterSource, parameterKind, parseCookies, parseQuery, readParameter } from "./params.js";
import { setOwn } from "./pointer.js";
import { type Random, randomFor } from "./random.js";
import { inferResources, type ResourceRoleOf } from "./resources.js";
import { Answers } from "./responses.js";
import { Router } from "./router.js";
import { SchemaDocument } from "./schema.js";
import { Security } from "./security.js";
import type { Item } from "./store.js";
import { streamContent, streamEvents, wantsStream } from "./stream.js";
import type { MockFault, MockOptions, MockReply, MockRequest } from "./types.js";
import { firstFailure, Validators } from "./validation.js";

const DEFAULT_MAX_BODY = 1024 * 1024;
const DEFAULT_MAX_URL = 8 * 1024;
/**
 * Items a collection keeps by default: more than a test or a demo creates, and few enough that a
 * mock under a long create load keeps its items young and its memory near a bare server's.
 */
const DEFAULT_MAX_ITEMS = 1000;
/**
 * Requests the journal keeps unless told otherwise: enough for a test that clears it, makes its
 * calls and counts them. Every entry outlives the young-generation collections of the requests
 * after it, and each of those collections copies it, so a deeper default journal lengthens every
 * pause of a mock under load (its p99 latency) and raises its memory; `journalSize` buys depth.
 */
const DEFAULT_JOURNAL_SIZE = 100;

export interface MockEngine extends Controllable {
  readonly api: MockApi;
  readonly maxBodyBytes: number;
  handle(request: MockRequest): MockReply;
  /** The reply for a request whose bytes could not even be parsed as HTTP (for adapters). */
  malformed(status: number, message: string): MockReply;
}

export function createMockEngine(api: MockApi, options: MockOptions = {}): MockEngine {
  return new Engine(api, options);
}

interface ParameterGroup {
  location: MockParameterLocation;
  members: Array<{ parameter: MockParameter; key: string; kind: string }>;
  validate: ValidateFunction;
}

/** A reply, with what the journal and the log note about the request. */
interface Outcome {
  reply: MockReply;
  /** The request body as the journal shows it. */
  body?: unknown;
  /** Ids of items evicted from the collection by this create (`maxItems`). */
  evicted?: string[] | undefined;
}

interface Parsed {
  query: Record<string, unknown>;
  rawQuery: ReadonlyMap<string, readonly string[]>;
  path: Record<string, string>;
  body: unknown;
}

class Engine implements MockEngine {
  readonly maxBodyBytes: number;
  private readonly seed: number;
  private readonly schemas: SchemaDocument;
  private readonly validators: Validators;
  private readonly answers: Answers;
  private readonly errors: ErrorReplies;
  private readonly router: Router;
  private readonly security: Security;
  private readonly roles: Map<string, ResourceRoleOf>;
  private readonly crud: Crud;
  private readonly faultList: Faults;
  private readonly journalEntries: Journal;
  private readonly credentialNames: Set<string>;
  private readonly log: LogSink | undefined;
  private readonly cached = new Map<string, MockReply>();
  private readonly itemTexts = new ItemTexts();
  private readonly groups = new WeakMap<MockOperation, ParameterGroup[]>();
  private readonly headerSets = new WeakMap<MockOperation, Map<string, Readonly<Record<string, string>>>>();
  private clockOffset = 0;
  /** Numbers the answers' request ids (`x-errors` `requestIdHeader`). */
  private requestCount = 0;
  private tokenRandom: Random;
  private streamRandom: Random;

  constructor(
    readonly api: MockApi,
    private readonly options: MockOptions,
  ) {
    this.seed = options.seed ?? 1;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
    this.schemas = new SchemaDocument(api.document);
    this.validators = new Validators(api.document);
    this.answers = new Answers(api, this.schemas, this.validators, this.seed);
    const now = () => Date.now() + this.clockOffset;
    this.errors = new ErrorReplies(this.answers, now);
    this.router = new Router(api.basePaths, api.operations);
    this.security = new Security(api, now, options.tokenLifetimeSeconds ?? 3600);
    const inferred = inferResources(api);
    this.roles = inferred.roles;
    this.crud = new Crud(
      this.answers,
      inferred.resources,
      this.seed,
      options.initialItems ?? 2,
      options.maxItems ?? DEFAULT_MAX_ITEMS,
    );
    this.faultList = new Faults(options.faults ?? [], this.seed, now);
    this.credentialNames = this.security.credentialNames();
    this.journalEntries = new Journal(options.journalSize ?? DEFAULT_JOURNAL_SIZE, this.credentialNames);
    this.log = logSink(options.log);
    this.tokenRandom = randomFor(this.seed, "tokens");
    this.streamRandom = randomFor(this.seed, "streams");
    this.crud.reset(options.fixtures);
  }

  reset(): void {
    this.clockOffset = 0;
    this.requestCount = 0;
    this.security.reset();
    this.crud.reset(this.options.fixtures);
    this.faultList.reset();
    this.journalEntries.clear();
    this.tokenRandom = randomFor(this.seed, "tokens");
    this.streamRandom = randomFor(this.seed, "streams");
  }

  journal() {
    return this.journalEntries.list();
  }

  clearJournal(): void {
    this.journalEntries.clear();
  }

  faults(): MockFault[] {
    return this.faultList.list();
  }

  replaceFaults(faults: MockFault[]): void {
    this.faultList.replace(faults);
  }

  loadFixtures(fixtures: Record<string, unknown[]>): string[] {
    return this.crud.load(fixtures);
  }

  advanceClock(seconds: number): number {
    this.clockOffset += seconds * 1000;
    return Date.now() + this.clockOffset;
  }

  malformed(status: number, message: string): MockReply {
    this.errors.request = undefined;
    return this.errors.reply(undefined, status, message);
  }

  handle(request: MockRequest): MockReply {
    const started = this.log === undefined ? 0 : performance.now();
    const method = request.method.toUpperCase();
    const question = request.url.indexOf("?");
    const rawPath = question === -1 ? request.url : request.url.slice(0, question);
    const host = request.headers["host"];
    this.errors.request = {
      method,
      path: rawPath,
      url: typeof host === "string" && host !== "" ? `http://${host}${rawPath}` : rawPath,
    };
    const rawQuery = question === -1 ? "" : request.url.slice(question + 1);
    let operation: MockOperation | undefined;
    let body: unknown;
    let evicted: string[] | undefined;
    let reply: MockReply;
    const cors = this.options.cors !== false;
    if (request.url.length > (this.options.maxUrlLength ?? DEFAULT_MAX_URL)) {
      reply = this.errors.reply(
        undefined,
        414,
        `/url is longer than ${this.options.maxUrlLength ?? DEFAULT_MAX_URL} characters`,
      );
    } else if (cors && isPreflight(request)) {
      reply = preflight(request);
    } else if (rawPath.startsWith(CONTROL_PREFIX)) {
      reply = control(this, method, rawPath, request.body);
      if (cors) addCorsHeaders(request, reply);
      return reply;
    } else {
      const route = this.router.match(method, rawPath);
      if (route.kind === "found") {
        operation = route.operation;
        const outcome = this.answer(request, route.operation, route.params, rawQuery);
        reply = outcome.reply;
        body = outcome.body;
        evicted = outcome.evicted;
      } else if (route.kind === "method") {
        reply = this.errors.reply(
          undefined,
          405,
          `${method} is not allowed here; allowed: ${route.allowed.join(", ")}`,
        );
        reply.headers["allow"] = route.allowed.join(", ");
      } else if (route.kind === "bad") {
        reply = this.errors.reply(undefined, 400, `${route.pointer} ${route.message}`);
      } else {
        reply = this.errors.reply(
          undefined,
          404,
          `no operation at ${rawPath.length > 200 ? `${rawPath.slice(0, 200)}…` : rawPath}`,
        );
      }
    }
    if (operation !== undefined) {
      reply.operationId = operation.id;
      const requestIdHeader = operation.errors?.requestIdHeader;
      if (requestIdHeader !== undefined) reply.headers[requestIdHeader.toLowerCase()] = `req_${++this.requestCount}`;
    }
    if (method === "HEAD") {
      // The GET's headers, its length included, without its body.
      if (reply.body !== undefined) {
        reply.headers["content-length"] = String(
          typeof reply.body === "string" ? new TextEncoder().encode(reply.body).byteLength : reply.body.byteLength,
        );
      }
      reply.body = undefined;
      reply.events = undefined;
    }
    if (cors) addCorsHeaders(request, reply);
    this.journalEntries.add({
      method,
      path: rawPath,
      query: rawQuery,
      operationId: operation?.id,
      status: reply.status,
      headers: request.headers,
      body,
      evictedIds: evicted,
    });
    if (this.log !== undefined) {
      const query = rawQuery === "" ? "" : `?${redactQuery(rawQuery, this.credentialNames)}`;
      this.log(logLine(method, `${rawPath}${query}`, reply, started, evicted && evictedPaths(rawPath, evicted)));
    }
    return reply;
  }

  private answer(
    request: MockRequest,
    operation: MockOperation,
    path: Record<string, string>,
    rawQueryText: string,
  ): Outcome {
    const fault = this.faultList.decide(operation.id);
    if (fault === undefined) return this.answerWithoutFaults(request, operation, path, rawQueryText, undefined);
    // Faults that replace the answer come first, so a refused call changes no state.
    let outcome: Outcome;
    if (fault.rateLimitedUntil !== undefined) {
      outcome = { reply: this.rateLimited(operation, fault.rateLimitedUntil, fault.rateLimit ?? 0) };
    } else if (fault.drop === "before-body") {
      outcome = { reply: { status: 0, headers: {}, drop: "before-body" } };
    } else if (fault.status !== undefined) {
      outcome = { reply: this.errors.reply(operation, fault.status, `injected fault: ${fault.status}`) };
      if (fault.retryAfterSeconds !== undefined) outcome.reply.headers["retry-after"] = String(fault.retryAfterSeconds);
    } else {
      outcome = this.answerWithoutFaults(request, operation, path, rawQueryText, fault.errorCode);
    }
    const reply = outcome.reply;
    if (fault.latencyMs > 0) reply.delayMs = fault.latencyMs;
    if (fault.drop === "during-body") reply.drop = "during-body";
    if (fault.streamDropAfter !== undefined && reply.events !== undefined) {
      reply.drop = "during-body";
      reply.dropAfterEvents = fault.streamDropAfter;
    }
    if (fault.truncate && typeof reply.body === "string" && reply.body.length > 1) {
      reply.body = reply.body.slice(0, Math.floor(reply.body.length / 2));
    }
    return outcome;
  }

  private answerWithoutFaults(
    request: MockRequest,
    operation: MockOperation,
    path: Record<string, string>,
    rawQueryText: string,
    errorCode: string | true | undefined,
  ): Outcome {
    for (const name in path) {
      const value = path[name] as string;
      if (value.includes("/") || value.includes("\\") || value.includes("\u0000") || value === "." || value === "..") {
        return { reply: this.invalid(operation, `/path/${name}`, "must not contain path separators or dot segments") };
      }
    }
    const rawQuery = parseQuery(rawQueryText);
    if (rawQuery === undefined) return { reply: this.invalid(operation, "/query", "is not valid percent-encoding") };
    const cookies = parseCookies(request.headers["cookie"]);
    const secured = this.security.check(operation, { headers: request.headers, query: rawQuery, cookies, path });
    if (!secured.ok) return { reply: this.errors.reply(operation, secured.status, secured.message) };
    const parameters = this.parameters(operation, { path, query: rawQuery, headers: request.headers, cookies });
    if ("reply" in parameters) return parameters;
    if (request.bodyTooLarge) {
      return { reply: this.errors.reply(operation, 413, `/body is larger than ${this.maxBodyBytes} bytes`) };
    }
    const contentType = request.headers["content-type"];
    const read = readBody(operation.body, Array.isArray(contentType) ? contentType[0] : contentType, request.body);
    if (!read.ok) {
      const status = read.message === "is required" ? this.validationStatus(operation) : read.status;
      return { reply: this.errors.reply(operation, status, `${read.pointer} ${read.message}`) };
    }
    const bodyFailure = this.validateBody(read.content, read.value);
    if (bodyFailure !== undefined)
      return { reply: this.invalid(operation, bodyFailure.pointer, bodyFailure.message), body: read.summary };
    const parsed: Parsed = { query: parameters.query, rawQuery, path, body: read.value };
    if (errorCode !== undefined) {
      const failed = this.errors.failedSuccess(operation, errorCode);
      if (failed !== undefined) return { reply: failed, body: read.summary };
    }
    if (wantsStream(operation, { query: parsed.query, body: parsed.body, headers: request.headers })) {
      return { reply: this.stream(operation), body: read.summary };
    }
    const role = this.roles.get(operation.id);
    if (role !== undefined && (role.role !== "list" || this.crud.lists(operation))) {
      const outcome = this.stateful(request, operation, role, parsed, secured.scope);
      outcome.body = read.summary;
      return outcome;
    }
    return { reply: this.example(operation, parsed), body: read.summary };
  }

  private parameters(
    operation: MockOperation,
    source: ParameterSource,
  ): { query: Record<string, unknown> } | { reply: MockReply } {
    let query: Record<string, unknown> = {};
    for (const group of this.parameterGroups(operation)) {
      const values: Record<string, unknown> = {};
      for (const { parameter, key, kind } of group.members) {
        const read = readParameter(parameter, kind, source, this.schemas);
        if (!read.ok) return { reply: this.invalid(operation, `/${group.location}/${key}`, read.message) };
        if (read.value === undefined) continue;
        setOwn(values, key, read.value);
      }
      if (!group.validate(values)) {
        const failure = firstFailure(group.validate.errors, `/${group.location}`);
        return { reply: this.invalid(operation, failure.pointer, failure.message) };
      }
      const infinite = infiniteMember(values);
      if (infinite !== undefined)
        return { reply: this.invalid(operation, `/${group.location}/${infinite}`, "must be a finite number") };
      if (group.location === "query") query = values;
    }
    return { query };
  }

  /** An operation's parameters by location, with their kinds and validators, worked out once. */
  private parameterGroups(operation: MockOperation): ParameterGroup[] {
    let groups = this.groups.get(operation);
    if (groups !== undefined) return groups;
    groups = [];
    for (const location of ["path", "query", "header", "cookie"] as const) {
      const declared = operation.parameters.filter((parameter) => parameter.in === location);
      if (declared.length === 0) continue;
      const schemas: Record<string, string | undefined> = {};
      const required: string[] = [];
      const members = declared.map((parameter) => {
        const key = location === "header" ? parameter.name.toLowerCase() : parameter.name;
        schemas[key] = parameter.schema;
        if (parameter.required) required.push(key);
        return { parameter, key, kind: parameterKind(parameter, this.schemas) };
      });
      const validate = this.validators.parameters(`${operation.id}\u0000${location}`, schemas, required);
      groups.push({ location, members, validate });
    }
    this.groups.set(operation, groups);
    return groups;
  }

  private validateBody(content: MockContent | undefined, value: unknown) {
    if (content?.schema === undefined || value === undefined) return undefined;
    if (content.kind === "json" || content.kind === "text") {
      const validate = this.validators.schema(content.schema);
      return validate(value) ? undefined : firstFailure(validate.errors, "/body");
    }
    if (content.kind === "form" || content.kind === "multipart") {
      const validate = this.validators.coercingSchema(content.schema);
      return validate(value) ? undefined : firstFailure(validate.errors, "/body");
    }
    return undefined;
  }

  private validationStatus(operation: MockOperation): number {
    return operation.errorStatuses.includes("422") ? 422 : 400;
  }

  private invalid(operation: MockOperation, pointer: string, message: string): MockReply {
    return this.errors.reply(operation, this.validationStatus(operation), `${pointer} ${message}`);
  }

  private stateful(
    request: MockRequest,
    operation: MockOperation,
    role: ResourceRoleOf,
    parsed: Parsed,
    scope: Record<string, string>,
  ): Outcome {
    const host = request.headers["host"];
    const result = this.crud.handle({
      operation,
      role,
      path: parsed.path,
      query: parsed.query,
      rawQuery: parsed.rawQuery,
      body: parsed.body,
      scope,
      // Only lists write page links.
      url:
        role.role === "list"
          ? `http://${typeof host === "string" ? host : "localhost"}${request.url.split("?")[0]}`
          : "",
    });
    if (!result.ok) return { reply: this.errors.reply(operation, result.status, result.message) };
    const body = this.security.issue(
      operation,
      result.body,
      operation.envelope?.data ?? "",
      parsed.path,
      parsed.body,
      this.tokenRandom,
    );
    // A token written into the answer makes another body; the listed items' places hold for the crud's own.
    const listed = body === result.body ? result.listed : undefined;
    return {
      reply: this.finish(operation, result.status, result.content, body, result.headers, listed),
      evicted: result.evicted,
    };
  }

  private example(operation: MockOperation, parsed: Parsed): MockReply {
    const status = this.answers.successStatus(operation);
    const issues = this.security.issues(operation.id);
    if (!issues) {
      const cached = this.cached.get(operation.id);
      if (cached !== undefined) return { ...cached, headers: { ...cached.headers } };
    }
    const declared = this.answers.declared(operation, status);
    const content = declared?.content;
    let body =
      content === undefined || declared === undefined
        ? undefined
        : this.answers.template(operation, declared.response.status, content);
    if (issues)
      body = this.security.issue(
        operation,
        body,
        operation.envelope?.data ?? "",
        parsed.path,
        parsed.body,
        this.tokenRandom,
      );
    const reply = this.finish(operation, status, content, body, {});
    if (!issues) this.cached.set(operation.id, { ...reply, headers: { ...reply.headers } });
    return reply;
  }

  private stream(operation: MockOperation): MockReply {
    const content = streamContent(operation) as MockContent;
    const status = this.answers.successStatus(operation, (entry) => entry.kind === "event-stream");
    return {
      status,
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
      events: streamEvents(operation, content, this.schemas, this.streamRandom, this.options.streamEvents ?? 3),
      eventDelayMs: this.options.streamDelayMs ?? 0,
    };
  }

  /** The reply for a success body: declared headers, content type, and the strict check. */
  private finish(
    operation: MockOperation,
    status: number,
    content: MockContent | undefined,
    body: unknown,
    headers: Record<string, string>,
    listed?: { pointer: string; items: Item[] },
  ): MockReply {
    const declared = this.answers.declared(operation, status);
    const replyHeaders: Record<string, string> = {};
    const required = this.declaredHeaders(operation, status);
    for (const name in required) replyHeaders[name] = required[name] as string;
    for (const name in headers) replyHeaders[name] = headers[name] as string;
    if (this.options.strict && content !== undefined) {
      const problem = this.answers.problem(content, body);
      if (problem !== undefined) {
        return this.errors.reply(
          operation,
          500,
          `mock answer for ${operation.id} (${status} ${content.mediaType}) breaks its schema at ${problem.pointer === "" ? "/" : problem.pointer}: ${problem.message}`,
        );
      }
    }
    if (content === undefined || body === undefined || declared === undefined) return { status, headers: replyHeaders };
    replyHeaders["content-type"] = contentTypeOf(content);
    const text =
      content.kind === "json" && listed !== undefined
        ? this.itemTexts.stringify(body, listed.pointer, listed.items)
        : content.kind !== "json" && typeof body === "string"
          ? body
          : JSON.stringify(body);
    return { status, headers: replyHeaders, body: text };
  }

  /**
   * Required headers (or, with `all`, every header) the spec declares for this answer, from their
   * examples or schemas; the same for every answer, so worked out once (callers copy, never change it).
   */
  private declaredHeaders(operation: MockOperation, status: number, all = false): Readonly<Record<string, string>> {
    const key = `${status}${all ? "+" : ""}`;
    let byStatus = this.headerSets.get(operation);
    if (byStatus === undefined) {
      byStatus = new Map();
      this.headerSets.set(operation, byStatus);
    }
    let headers = byStatus.get(key);
    if (headers === undefined) {
      headers = this.generatedHeaders(operation, status, all);
      byStatus.set(key, headers);
    }
    return headers;
  }

  private generatedHeaders(operation: MockOperation, status: number, all: boolean): Record<string, string> {
    const headers: Record<string, string> = {};
    const declared = this.answers.declared(operation, status);
    for (const header of declared?.response.headers ?? []) {
      if (!all && !header.required) continue;
      const name = header.name.toLowerCase();
      if (name === "content-type" || name === "content-length") continue;
      const value =
        header.examples.length > 0
          ? header.examples[0]
          : generateValue(
              this.schemas,
              this.schemas.at(header.schema),
              randomFor(this.seed, `${operation.id}:${name}`),
              name,
            );
      headers[name] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return headers;
  }

  private rateLimited(operation: MockOperation, until: number, limit: number): MockReply {
    const reply = this.errors.reply(operation, 429, "rate limit exceeded");
    const now = Date.now() + this.clockOffset;
    const seconds = Math.max(1, Math.ceil((until - now) / 1000));
    Object.assign(reply.headers, this.declaredHeaders(operation, 429, true));
    for (const name of Object.keys(reply.headers)) {
      if (/remaining/i.test(name)) reply.headers[name] = "0";
      else if (/limit/i.test(name) && !/reset/i.test(name)) reply.headers[name] = String(limit);
    }
    reply.headers["retry-after"] = String(seconds);
    for (const header of operation.retry?.resetHeaders ?? []) {
      const value =
        header.format === "unix-seconds"
          ? String(Math.ceil(until / 1000))
          : header.format === "delay-seconds"
            ? String(seconds)
            : header.format === "delay-milliseconds"
              ? String(Math.max(0, until - now))
              : new Date(until).toUTCString();
      reply.headers[header.name.toLowerCase()] = value;
    }
    return reply;
  }
}

/** The first member holding a non-finite number: coercion reads "1e309" as Infinity, which JSON cannot carry back. */
function infiniteMember(values: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (Array.isArray(value)) {
      for (const entry of value) if (typeof entry === "number" && !Number.isFinite(entry)) return key;
    } else if (typeof value === "number" && !Number.isFinite(value)) return key;
  }
  return undefined;
}
