// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 7, auth: a secured operation sent without a credential, and with a wrong one, must be
 * refused with 401 or 403 in the API's declared error shape (the shape is held by checks 1–5 on
 * the refusal). A wrong credential is one the server cannot have issued: an unknown token for a
 * scheme whose tokens the API issues (`x-token-source`), a value of the wrong shape for a
 * credential template, a made-up key otherwise; a made-up key is not tried against a server that
 * takes any key (the package's own mock), where it is indistinguishable from a real one. Login
 * and token-exchange flows run as a user's would, inside the client: `checkTokenFlows` holds
 * that each issuing operation did issue a token.
 */
import type { ContractOperation, ContractSecurityScheme } from "./api.js";
import type { Args } from "./requests.js";
import { invoke, type Session } from "./session.js";

const WRONG = "contract-wrong-credential";

export function isSecured(operation: ContractOperation): boolean {
  return operation.security.length > 0 && operation.security.every((alternative) => alternative.length > 0);
}

export async function checkAuth(session: Session, operation: ContractOperation, valid: Args): Promise<void> {
  const refused = (status: number | undefined) => status === 401 || status === 403;
  const without = await invoke(session, operation.id, valid, { client: session.anonymous, refusal: true });
  if (without.final)
    session.tally.expect(
      "auth",
      operation.id,
      refused(without.final.status)
        ? undefined
        : `without a credential: answered ${without.final.status}, not 401 or 403`,
    );
  const headers = wrongCredentialHeaders(session, operation);
  if (typeof headers === "string") {
    session.tally.note(operation.id, `wrong credential not tried: ${headers}`);
    return;
  }
  const wrong = await invoke(session, operation.id, valid, { client: session.anonymous, headers, refusal: true });
  if (wrong.final)
    session.tally.expect(
      "auth",
      operation.id,
      refused(wrong.final.status)
        ? undefined
        : `with a wrong credential: answered ${wrong.final.status}, not 401 or 403`,
    );
}

/**
 * Headers that carry a wrong credential for the first alternative, if every scheme of it goes in
 * a header; else why the check cannot run.
 */
function wrongCredentialHeaders(session: Session, operation: ContractOperation): Record<string, string> | string {
  const schemes = (operation.security[0] ?? []).map((key) =>
    session.api.securitySchemes.find((scheme) => scheme.key === key),
  );
  const provable = schemes.some(
    (scheme) => scheme?.tokenSource !== undefined || scheme?.credentialTemplate !== undefined || !session.acceptsAnyKey,
  );
  if (!provable) return "the server takes any key (the package's mock), so a made-up one proves nothing";
  const headers: Record<string, string> = {};
  for (const scheme of schemes) {
    const header = scheme && headerOf(scheme);
    if (!header) return `the ${scheme?.key ?? "unknown"} credential does not go in a header`;
    headers[header[0]] = header[1];
  }
  return headers;
}

function headerOf(scheme: ContractSecurityScheme): [string, string] | undefined {
  // A template's parts are joined by separators (`{a}:{b}`): one part alone has the wrong shape.
  if (scheme.type === "apiKey") return scheme.in === "header" && scheme.name ? [scheme.name, WRONG] : undefined;
  if (scheme.type === "http" && scheme.scheme === "basic")
    return ["authorization", `Basic ${btoa(`${WRONG}:${WRONG}`)}`];
  if (scheme.type === "http" || scheme.type === "oauth2" || scheme.type === "openIdConnect")
    return ["authorization", `Bearer ${WRONG}`];
  return undefined;
}

/** Each scheme whose token the API issues: its issuing operation answered a success when the run needed it. */
export function checkTokenFlows(session: Session): void {
  for (const scheme of session.api.securitySchemes) {
    const issuer = scheme.tokenSource?.operationId;
    if (issuer === undefined) continue;
    const calls = session.recorder.exchanges.filter((exchange) => exchange.operationId === issuer && !exchange.retried);
    if (calls.length === 0) continue;
    session.tally.expect(
      "auth",
      issuer,
      calls.some((exchange) => exchange.status >= 200 && exchange.status < 300)
        ? undefined
        : `the ${scheme.key} token flow never got a token from ${issuer} (answers: ${calls.map((call) => call.status).join(", ")})`,
    );
  }
}
