// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 3, content type conformance: an answer with a body carries a `content-type` that the
 * declared response lists (parameters such as `charset` aside; a declared `text/*` or `*\/*`
 * range admits its members). A response declared without content is not checked: the spec
 * says nothing about its body.
 */
import type { ContractContent, ContractResponse } from "./api.js";

/** The declared content the answer's media type selects. */
export function contentFor(response: ContractResponse, contentType: string | null): ContractContent | undefined {
  const media = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const [type] = media.split("/");
  return (
    response.contents.find((content) => content.mediaType.toLowerCase() === media) ??
    response.contents.find((content) => content.mediaType.toLowerCase() === `${type}/*`) ??
    response.contents.find((content) => content.mediaType === "*/*")
  );
}

export function contentTypeProblem(
  response: ContractResponse,
  contentType: string | null,
  text: string,
): string | undefined {
  if (response.contents.length === 0 || text === "") return undefined;
  if (contentFor(response, contentType) !== undefined) return undefined;
  const declared = response.contents.map((content) => content.mediaType).join(", ");
  return `content-type ${JSON.stringify(contentType ?? "")} is not declared for ${response.status} (declared: ${declared})`;
}
