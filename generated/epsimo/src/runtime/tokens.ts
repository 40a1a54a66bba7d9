// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Tokens that the API itself issues (`x-token-source`): obtained by calling the issuing operation
 * with the client options its `inputs` name, cached per scheme, inputs and origin until they
 * expire, shared by concurrent requests, and forgotten on a 401 so the next attempt fetches anew.
 * A token is only ever offered to requests for the origin that issued it.
 */
import type { IssuedTokens, TokenIssuer } from "./client-core.js";
import { ApiError, clientError } from "./errors.js";
import type { OperationSpec, SecuritySchemeSpec } from "./operation.js";
import { readPointer } from "./pointer.js";

interface CachedToken {
  token: string;
  /** Epoch ms after which the token is renewed; Infinity when the API declares no lifetime. */
  expiresAt: number;
}

/** Renew this long before a token's declared expiry, so it does not expire in flight. */
const EXPIRY_MARGIN_SECONDS = 30;

export class TokenStore implements IssuedTokens {
  readonly #tokens = new Map<string, Promise<CachedToken>>();
  /** The token each settled fetch gave, so that a 401 forgets only the token it was answered for. */
  readonly #settled = new WeakMap<Promise<CachedToken>, string>();
  readonly #issuer: TokenIssuer;

  constructor(issuer: TokenIssuer) {
    this.#issuer = issuer;
  }

  /** Forgets `token` (refused with a 401); a newer token another request already fetched stays. */
  forget(schemeKey: string, token: string): void {
    for (const [key, cached] of [...this.#tokens]) {
      if (key.startsWith(`${schemeKey}\u0000`) && this.#settled.get(cached) === token)
        this.#tokens.delete(key);
    }
  }

  async get(
    schemeKey: string,
    scheme: SecuritySchemeSpec,
    origin: string,
  ): Promise<string | undefined> {
    const source = scheme.tokenSource;
    if (!source) return undefined;
    const inputs = Object.entries(source.inputs).map(
      ([field, option]) => [field, this.#issuer.options[option]] as const,
    );
    if (inputs.some(([, value]) => value === undefined)) return undefined;
    const operation = this.#issuer.operations[source.operationId];
    if (!operation || this.#issuer.originOf(operation) !== origin) return undefined;
    const cacheKey = `${schemeKey}\u0000${origin}\u0000${JSON.stringify(inputs)}`;
    for (let cached = this.#tokens.get(cacheKey); cached; cached = this.#tokens.get(cacheKey)) {
      // A fetch that fails fails every request waiting on it; the next request fetches anew.
      const token = await cached;
      if (token.expiresAt > Date.now()) return token.token;
      // Expired: the first request to notice fetches anew; the others share that fetch.
      if (this.#tokens.get(cacheKey) === cached) this.#tokens.delete(cacheKey);
    }
    const pending = this.#issue(operation, source, inputs);
    this.#tokens.set(cacheKey, pending);
    pending.then(
      (issued) => this.#settled.set(pending, issued.token),
      () => undefined,
    );
    try {
      return (await pending).token;
    } catch (error) {
      if (this.#tokens.get(cacheKey) === pending) this.#tokens.delete(cacheKey);
      throw error;
    }
  }

  async #issue(
    operation: OperationSpec,
    source: NonNullable<SecuritySchemeSpec["tokenSource"]>,
    inputs: ReadonlyArray<readonly [string, unknown]>,
  ): Promise<CachedToken> {
    const params: Record<string, unknown> & { body?: unknown } = {};
    const body: Record<string, unknown> = {};
    for (const [field, value] of inputs) {
      const secret = typeof value === "function" ? await (value as () => unknown)() : value;
      if (typeof secret === "string") this.#issuer.remember(secret);
      const parameter = operation.parameters.find((candidate) => candidate.name === field);
      if (parameter) params[parameter.arg] = secret;
      else body[field] = secret;
    }
    if (operation.body) params.body = body;
    const result = await this.#issuer.call(operation, params);
    const token = source.token
      .map((pointer) => readPointer(result, pointer))
      .find((value): value is string => typeof value === "string" && value !== "");
    if (!token) throw clientError(ApiError, operation.id, `${operation.id} returned no token`);
    this.#issuer.remember(token);
    // A lifetime that is absent, null, zero or negative says nothing: keep the token until a 401.
    const raw = source.expiresIn ? readPointer(result, source.expiresIn) : undefined;
    const lifetime = typeof raw === "number" || typeof raw === "string" ? Number(raw) : Number.NaN;
    if (!(Number.isFinite(lifetime) && lifetime > 0))
      return { token, expiresAt: Number.POSITIVE_INFINITY };
    // Renewed ahead of expiry, but never sooner than half its lifetime.
    return {
      token,
      expiresAt: Date.now() + (lifetime - Math.min(EXPIRY_MARGIN_SECONDS, lifetime / 2)) * 1000,
    };
  }
}
