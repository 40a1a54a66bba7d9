// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Applies credentials to a request as each security scheme says: HTTP bearer and basic, API keys
 * in a header, query or cookie, and credentials assembled from several options through
 * `x-credential-template`. A credential may be a string or a function (sync or async) so callers
 * can rotate secrets. Nothing here logs or returns a secret.
 */
import type { SecuritySchemeSpec } from "./operation.js";
import { type HeaderRecord, setHeader } from "./url.js";

export type Credential = string | (() => string | Promise<string>);
export type BasicCredential =
  | { username: string; password: string }
  | (() =>
      { username: string; password: string } | Promise<{ username: string; password: string }>);

export async function resolveSecret<T>(
  value: T | (() => T | Promise<T>) | undefined,
): Promise<T | undefined> {
  return typeof value === "function" ? await (value as () => T | Promise<T>)() : value;
}

export interface AuthTarget {
  headers: HeaderRecord;
  query: Record<string, string>;
  cookies: string[];
}

/** Whether the scheme's credential comes from a function, so that `credentialFor` gives a promise. */
export function awaitsCredential(
  scheme: SecuritySchemeSpec,
  options: Readonly<Record<string, unknown>>,
): boolean {
  const count = scheme.template ? scheme.options.length : Math.min(1, scheme.options.length);
  for (let index = 0; index < count; index += 1)
    if (typeof options[scheme.options[index] as string] === "function") return true;
  return false;
}

/**
 * The credential text for a scheme from client options, or undefined when the caller gave none.
 * Every secret it is built from (a template's parts, a password) goes to `remember`, so that each
 * is redacted wherever it turns up alone. Options given as values are read at once; only when
 * one is a function is the result a promise.
 */
export function credentialFor(
  scheme: SecuritySchemeSpec,
  options: Readonly<Record<string, unknown>>,
  remember: (secret: string) => void,
): string | undefined | Promise<string | undefined> {
  if (!awaitsCredential(scheme, options)) return assemble(scheme, options, remember);
  const names = scheme.template ? scheme.options : scheme.options.slice(0, 1);
  return (async () => {
    // Resolved in order, and no further once one is missing (as a template needs them all).
    const resolved: Record<string, unknown> = {};
    for (const name of names) {
      const value = await resolveSecret(options[name]);
      if (value === undefined || value === "") break;
      resolved[name] = value;
    }
    return assemble(scheme, resolved, remember);
  })();
}

/** The credential text from option values already resolved. */
function assemble(
  scheme: SecuritySchemeSpec,
  values: Readonly<Record<string, unknown>>,
  remember: (secret: string) => void,
): string | undefined {
  if (scheme.template) {
    let text = scheme.template;
    for (const name of scheme.options) {
      const part = values[name] as string | undefined;
      if (part === undefined || part === "") return undefined;
      remember(part);
      text = text.split(`{${name}}`).join(part);
    }
    remember(text);
    return text;
  }
  const option = scheme.options[0];
  if (option === undefined) return undefined;
  if (scheme.type === "http" && scheme.scheme === "basic") {
    const basic = values[option] as { username: string; password: string } | undefined;
    if (!basic || typeof basic !== "object") return undefined;
    remember(basic.password);
    // RFC 7617: the user-id and password as UTF-8, then base64 (btoa alone takes Latin-1 only).
    const bytes = new TextEncoder().encode(`${basic.username}:${basic.password}`);
    const encoded = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));
    remember(encoded);
    return encoded;
  }
  const secret = values[option] as string | undefined;
  if (secret === undefined || secret === "") return undefined;
  remember(secret);
  return secret;
}

const AUTHORIZATION = "authorization";
/**
 * The authorization value last built per scheme, with the credential it was built from: a client
 * sends the same credential call after call, and the value is then taken as it was (already found
 * valid, and one flat string rather than a new concatenation for fetch to flatten and check again).
 */
const authorizations = new WeakMap<SecuritySchemeSpec, { credential: string; value: string }>();

export function applyCredential(
  scheme: SecuritySchemeSpec,
  credential: string,
  target: AuthTarget,
): void {
  if (scheme.type === "apiKey" && scheme.name) {
    if (scheme.in === "query") target.query[scheme.name] = credential;
    else if (scheme.in === "cookie")
      target.cookies.push(`${scheme.name}=${encodeURIComponent(credential)}`);
    else setHeader(target.headers, scheme.name, credential);
  } else {
    const last = authorizations.get(scheme);
    if (last?.credential === credential) {
      target.headers[AUTHORIZATION] = last.value;
      return;
    }
    // An HTTP scheme names its prefix (basic → Basic); oauth2 and openIdConnect access tokens are bearer tokens.
    const prefix = scheme.type === "http" ? (scheme.scheme ?? "bearer") : "bearer";
    const value = `${prefix[0]?.toUpperCase()}${prefix.slice(1)} ${credential}`;
    setHeader(target.headers, AUTHORIZATION, value);
    authorizations.set(scheme, { credential, value });
  }
}

/** Headers that carry credentials by their name: HTTP's own, and every header a security scheme names. */
export function credentialHeaderNames(
  schemes: Readonly<Record<string, SecuritySchemeSpec>>,
): string[] {
  const names = ["authorization", "proxy-authorization", "cookie"];
  for (const scheme of Object.values(schemes)) {
    if (scheme.type === "apiKey" && scheme.in === "header" && scheme.name)
      names.push(scheme.name.toLowerCase());
  }
  return names;
}

/**
 * The secrets in a credential header's value, wherever the caller set it: the whole value, the
 * part after an authorization scheme's name (`Bearer <token>`), and each cookie's value.
 */
export function headerSecrets(name: string, value: string): string[] {
  const secrets = [value];
  const lower = name.toLowerCase();
  if (lower === "cookie") {
    for (const pair of value.split(";")) secrets.push(pair.slice(pair.indexOf("=") + 1).trim());
  } else if (lower.endsWith("authorization")) {
    secrets.push(value.slice(value.indexOf(" ") + 1).trim());
  }
  return secrets;
}

/**
 * Replaces every secret the client knows with `***` in a text (for messages and debug output),
 * as it is and percent-encoded, the form it takes in a query string.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  let result = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < 4) continue;
    for (const form of [secret, encodeURIComponent(secret)])
      result = result.split(form).join("***");
  }
  return result;
}
