/**
 * Every schema pointer of each vendor's mock data (bodies, parameters, response headers) finds a
 * schema in the document it ships: a pointer that finds nothing leaves the mock and the contract
 * suite without the spec's schema for that place.
 */
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { readPointer } from "../../generator/mock-runtime/pointer.js";
import { VENDORS } from "../helpers/vendors.js";

/** Every `schema` member that holds a string, anywhere in the value, with where it stands. */
function schemaPointers(value: unknown, at = ""): Array<[string, string]> {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, member]) =>
    key === "schema" && typeof member === "string"
      ? [[`${at}/${key}`, member] as [string, string]]
      : key === "document"
        ? []
        : schemaPointers(member, `${at}/${key}`),
  );
}

describe.each(VENDORS)("%s mock data", (vendor) => {
  it("has schema pointers that all find a schema in its document", async () => {
    const { mockApi } = (await import(pathToFileURL(`generated/${vendor}/src/mock/api.ts`).href)) as {
      mockApi: { document: unknown };
    };
    const pointers = schemaPointers(mockApi);
    expect(pointers.length).toBeGreaterThan(0);
    const missing = pointers.filter(([, pointer]) => readPointer(mockApi.document, pointer) === undefined);
    expect(missing).toEqual([]);
  });
});
