/**
 * Security Scheme Objects and Security Requirements (OpenAPI 3.x sections 4.8.27 and 4.8.30),
 * with the scheme extensions `x-credential-template` and `x-token-source`: which client options
 * carry each scheme's secret, and which schemes each operation needs (its own requirement, else
 * the document's). Option names never take one the client's own options already use.
 */
import { joinPointer } from "../shared/json-pointer.js";
import { camelCase, NameRegistry } from "./naming.js";
import { type Json, type References, str } from "./references.js";
import type { SecurityScheme } from "./types.js";

/** A requirement list as alternatives of scheme keys; undefined where the object declares none. */
export function readSecurity(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((requirement) => Object.keys((requirement ?? {}) as Json));
}

/** `clientOptions`: the options every client has, which a credential option may not be named. */
export function readSecuritySchemes(
  root: Json,
  references: References,
  clientOptions: readonly string[],
): SecurityScheme[] {
  const schemes = ((root.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const taken = new NameRegistry(clientOptions);
  return Object.entries(schemes).map(([key, rawScheme]) => {
    const scheme = references.resolve<Json>(rawScheme);
    const template = typeof scheme["x-credential-template"] === "string" ? scheme["x-credential-template"] : undefined;
    const source = scheme["x-token-source"] as SecurityScheme["tokenSource"] | undefined;
    // Mutual TLS is the transport's business (a client certificate given to fetch), not an option.
    const options = template
      ? [...template.matchAll(/\{([A-Za-z_$][A-Za-z0-9_$]*)\}/g)].map((match) => match[1] ?? "")
      : scheme.type === "mutualTLS"
        ? []
        : [camelCase(key)];
    return {
      kind: "SecurityScheme",
      key,
      pointer: joinPointer("#/components/securitySchemes", key),
      type: str(scheme.type) as SecurityScheme["type"],
      scheme: typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : undefined,
      name: typeof scheme.name === "string" ? scheme.name : undefined,
      in: scheme.in as SecurityScheme["in"],
      description: str(scheme.description),
      options: options.map((option) => taken.claim(option)),
      credentialTemplate: template,
      tokenSource: source
        ? {
            operationId: source.operationId,
            inputs: source.inputs ?? {},
            token: source.token,
            expiresIn: source.expiresIn,
          }
        : undefined,
    };
  });
}
