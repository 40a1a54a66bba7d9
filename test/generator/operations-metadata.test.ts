/**
 * The operation table the runtime reads (`src/operations.ts`): which successes may come without
 * a body. The client reads a success as JSON without looking at its content type only when
 * every success the spec declares has a JSON body; a success declared with none (a 202, say)
 * may still come with text, which is then read by its content type.
 */
import { describe, expect, it } from "vitest";
import { operationMetadata } from "../../generator/emit/operations/operations-file.js";
import { modelOf } from "../model/helpers.js";

const json = { "application/json": { schema: { type: "object" } } };

function metadataOf(responses: Record<string, unknown>): string {
  const model = modelOf({ paths: { "/jobs": { post: { operationId: "startJob", responses } } } });
  const operation = model.operations[0];
  if (!operation) throw new Error("no operation");
  return operationMetadata(operation, model);
}

describe("successes declared without a body", () => {
  it.each([
    // given: the operation's responses → want: its emptySuccesses member, or none
    [{ "200": { description: "", content: json }, "202": { description: "" } }, 'emptySuccesses: ["202"]'],
    [{ "200": { description: "", content: json }, "204": { description: "" } }, undefined],
    [{ "201": { description: "", content: json }, "404": { description: "" } }, undefined],
    [{ default: { description: "" } }, 'emptySuccesses: ["default"]'],
  ])("%j → %s", (responses, want) => {
    const text = metadataOf(responses);
    if (want === undefined) expect(text).not.toContain("emptySuccesses");
    else expect(text).toContain(want);
  });
});
