// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Security as the spec declares it: each operation's alternatives of schemes, each scheme checked
 * where it says (apiKey in a header, query or cookie; HTTP bearer or basic; OAuth2 and OpenID
 * Connect as bearer tokens), `x-credential-template` credentials checked for their shape, and
 * `x-token-source` tokens issued by their operation and accepted only while they live. A token
 * issued with an input that identifies a parent (an input named like a path parameter of the
 * API, such as a project id) is scoped to it: a request naming another parent is refused, and the
 * resources it creates live under that parent. Messages never contain a credential.
 */
import type { MockApi, MockOperation, MockSecurityScheme } from "./api.js";
import { hasPointer, own, readPointer, writePointer } from "./pointer.js";
import { type Random, randomLike, randomText } from "./random.js";

export type Scope = Record<string, string>;

interface IssuedToken {
  scheme: string;
  scope: Scope;
  expiresAt: number;
}

export interface SecurityInput {
  headers: Record<string, string | string[] | undefined>;
  query: ReadonlyMap<string, readonly string[]>;
  cookies: ReadonlyMap<string, string>;
  path: Record<string, string>;
}

export type Refusal = { ok: false; status: 401 | 403; message: string };
export type SecurityResult = { ok: true; scope: Scope } | Refusal;

const PASS: { ok: true; scope: Scope } = { ok: true, scope: {} };

export class Security {
  private readonly schemes = new Map<string, MockSecurityScheme>();
  private readonly issuers = new Map<string, MockSecurityScheme[]>();
  private readonly parentNames = new Set<string>();
  private tokens = new Map<string, IssuedToken>();

  constructor(
    api: MockApi,
    private readonly now: () => number,
    private readonly lifetimeSeconds: number,
  ) {
    for (const scheme of api.securitySchemes) {
      this.schemes.set(scheme.key, scheme);
      if (scheme.tokenSource === undefined) continue;
      const list = this.issuers.get(scheme.tokenSource.operationId) ?? [];
      list.push(scheme);
      this.issuers.set(scheme.tokenSource.operationId, list);
    }
    for (const operation of api.operations) {
      for (const parameter of operation.parameters)
        if (parameter.in === "path") this.parentNames.add(normalise(parameter.name));
    }
  }

  reset(): void {
    this.tokens = new Map();
  }

  check(operation: MockOperation, input: SecurityInput): SecurityResult {
    if (operation.security.length === 0) return PASS;
    let refusal: Refusal | undefined;
    for (const alternative of operation.security) {
      if (alternative.length === 0) return PASS;
      let scope: Scope = {};
      let failed: Refusal | undefined;
      for (const key of alternative) {
        const result = this.checkScheme(this.schemes.get(key), input, operation);
        if (!result.ok) {
          failed = result;
          break;
        }
        if (result.scope !== PASS.scope) scope = { ...scope, ...result.scope };
      }
      if (failed === undefined) return { ok: true, scope };
      if (refusal === undefined || (refusal.status === 401 && failed.status === 403)) refusal = failed;
    }
    return refusal ?? { ok: false, status: 401, message: "credentials are required" };
  }

  private checkScheme(
    scheme: MockSecurityScheme | undefined,
    input: SecurityInput,
    operation: MockOperation,
  ): SecurityResult {
    if (scheme === undefined || scheme.type === "mutualTLS") return PASS;
    const credential = credentialOf(scheme, input);
    if (credential === undefined || credential === "") {
      return { ok: false, status: 401, message: `missing credential for ${scheme.key}` };
    }
    if (scheme.credentialTemplate !== undefined && !templatePattern(scheme.credentialTemplate).test(credential)) {
      return { ok: false, status: 401, message: `malformed credential for ${scheme.key}` };
    }
    if (scheme.tokenSource === undefined) return PASS;
    const token = this.tokens.get(credential);
    if (token === undefined || token.scheme !== scheme.key) {
      return { ok: false, status: 401, message: `unknown token for ${scheme.key}` };
    }
    if (token.expiresAt <= this.now()) return { ok: false, status: 401, message: `expired token for ${scheme.key}` };
    for (const [name, value] of Object.entries(token.scope)) {
      const named = Object.keys(input.path).find((key) => normalise(key) === normalise(name));
      if (named !== undefined && input.path[named] !== value) {
        const status = operation.errorStatuses.includes("403") ? 403 : 401;
        return { ok: false, status, message: `token for ${scheme.key} is not valid for /path/${named}` };
      }
    }
    return { ok: true, scope: token.scope };
  }

  /** Whether `operationId` issues a token (its answers then differ on every call). */
  issues(operationId: string): boolean {
    return this.issuers.has(operationId);
  }

  /**
   * The issuing operation's answer with a fresh token for each scheme it issues, written at the
   * first of the scheme's `token` pointers the answer has under its envelope (else the first),
   * and its lifetime.
   */
  issue(
    operation: MockOperation,
    answer: unknown,
    envelope: string,
    path: Record<string, string>,
    body: unknown,
    random: Random,
  ): unknown {
    const schemes = this.issuers.get(operation.id);
    if (schemes === undefined) return answer;
    let result = answer;
    for (const scheme of schemes) {
      const source = scheme.tokenSource;
      if (source === undefined) continue;
      const pointer =
        envelope + (source.token.find((entry) => hasPointer(result, envelope + entry)) ?? (source.token[0] as string));
      const example = readPointer(result, pointer);
      let token =
        typeof example === "string" && example.length >= 16
          ? randomLike(random, example)
          : `mock_${randomText(random, 40)}`;
      while (this.tokens.has(token)) token = `mock_${randomText(random, 40)}`;
      const scope: Scope = {};
      for (const name of Object.keys(source.inputs)) {
        const value = own(path, name) ?? (body !== null && typeof body === "object" ? own(body, name) : undefined);
        if (value === undefined || value === null || typeof value === "object") continue;
        const identifiesParent = Object.hasOwn(path, name) || this.parentNames.has(normalise(name));
        if (identifiesParent) scope[name] = String(value);
      }
      this.tokens.set(token, { scheme: scheme.key, scope, expiresAt: this.now() + this.lifetimeSeconds * 1000 });
      result = writePointer(result, pointer, token);
      if (source.expiresIn !== undefined)
        result = writePointer(result, envelope + source.expiresIn, this.lifetimeSeconds);
    }
    return result;
  }

  /** Names of headers, query parameters and cookies that carry credentials, for redaction. */
  credentialNames(): Set<string> {
    const names = new Set(["authorization", "proxy-authorization", "cookie"]);
    for (const scheme of this.schemes.values()) if (scheme.name !== undefined) names.add(scheme.name.toLowerCase());
    return names;
  }
}

function credentialOf(scheme: MockSecurityScheme, input: SecurityInput): string | undefined {
  if (scheme.type === "apiKey") {
    const name = scheme.name ?? "";
    if (scheme.in === "query") return input.query.get(name)?.[0];
    if (scheme.in === "cookie") return input.cookies.get(name);
    return headerValue(input.headers[name.toLowerCase()]);
  }
  const authorization = headerValue(input.headers["authorization"]);
  if (authorization === undefined) return undefined;
  const space = authorization.indexOf(" ");
  if (space === -1) return undefined;
  const kind = authorization.slice(0, space).toLowerCase();
  const value = authorization.slice(space + 1).trim();
  const wanted = scheme.type === "http" ? (scheme.scheme ?? "bearer") : "bearer";
  if (kind !== wanted) return undefined;
  if (wanted !== "basic") return value;
  const decoded = decodeBase64(value);
  return decoded !== undefined && /^[^:]*:/.test(decoded) ? decoded : undefined;
}

/** Strict base64 of UTF-8 text (atob exists in browsers and Node alike); undefined when it is not. */
function decodeBase64(value: string): string | undefined {
  try {
    const binary = atob(value);
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const templates = new Map<string, RegExp>();

/** `{publicKey}:{secretKey}` as a pattern: the literal parts in place, each placeholder non-empty. */
function templatePattern(template: string): RegExp {
  let pattern = templates.get(template);
  if (pattern === undefined) {
    const source = template
      .split(/\{[A-Za-z_$][A-Za-z0-9_$]*\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("(.+)");
    pattern = new RegExp(`^${source}$`);
    templates.set(template, pattern);
  }
  return pattern;
}

/** `project_id`, `projectId` and `ProjectID` name the same thing. */
export function normalise(name: string): string {
  return name.replace(/[_-]/g, "").toLowerCase();
}
