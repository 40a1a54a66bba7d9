/**
 * The schema types printed part by part (emit/types/types-file.ts) are openapi-typescript's print
 * of the whole document, byte for byte, for every vendor spec, fixture, document of
 * @readme/oas-examples and GitHub's description; and a printer that keeps its parts from one print
 * to the next (a `--watch` session's worker) prints after an edit exactly what a new printer
 * prints, transforming again only the parts the edit reached: the part edited, and every part that
 * resolved a `$ref` to what was edited.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SchemaTypesPrinter } from "../../generator/emit/types/types-file.js";
import { loadModel } from "../../generator/pipeline.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { wholePrint } from "../helpers/whole-types-print.js";

const EXAMPLES = "node_modules/@readme/oas-examples";
const DOCUMENTS = [
  ...readdirSync("specs")
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => `specs/${name}`),
  // Except the one whose schemas refer to themselves outside objects, printed as aliases (schema-cycles.test.ts).
  ...FIXTURES.filter((fixture) => fixture !== "recursive-schemas.yaml").map(
    (fixture) => `test/fixtures/specs/${fixture}`,
  ),
  ...["3.0", "3.1"].flatMap((version) =>
    readdirSync(join(EXAMPLES, version, "json"))
      .filter((name) => name.endsWith(".json"))
      .map((name) => join(EXAMPLES, version, "json", name)),
  ),
  "node_modules/@octokit/openapi/generated/api.github.com.json",
];

describe("schema types printed in parts", () => {
  it.each(DOCUMENTS)("are openapi-typescript's print of the whole document: %s", async (specFile) => {
    const { typesDocument } = await loadModel({ specFile });
    const printed = await new SchemaTypesPrinter().print(structuredClone(typesDocument));
    expect(printed.text).toBe(await wholePrint(typesDocument));
  });
});

/** A small document with each kind of dependency between parts a print must follow. */
function document(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "Parts", version: "1" },
    paths: {
      "/pets": {
        get: {
          operationId: "listPets",
          description: "Lists pets.",
          parameters: [{ $ref: "#/components/parameters/Limit" }],
          responses: {
            "200": {
              description: "The pets.",
              content: {
                "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } },
              },
            },
          },
        },
        post: {
          operationId: "createPet",
          requestBody: { $ref: "#/components/requestBodies/NewPet" },
          responses: { "201": { description: "Created." } },
        },
      },
      "/shared": { $ref: "#/components/pathItems/Shared" },
      "/pets/{id}/photo": {
        put: {
          operationId: "putPhoto",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: {
            content: {
              "multipart/form-data": {
                schema: { type: "object", properties: { file: { type: "string", format: "binary" } } },
              },
            },
          },
          responses: { "204": { description: "Stored." } },
        },
      },
    },
    webhooks: {
      petAdded: {
        post: {
          operationId: "petAdded",
          description: "A pet was added.",
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
          responses: { "200": { description: "Received." } },
        },
      },
    },
    components: {
      parameters: {
        // A chain: the path item's `$ref` resolves through this one to the next.
        Limit: { $ref: "#/components/parameters/PageLimit" },
        PageLimit: { name: "limit", in: "query", required: false, schema: { type: "integer" } },
      },
      pathItems: {
        Shared: { get: { operationId: "getShared", responses: { "200": { description: "Shared." } } } },
      },
      requestBodies: {
        NewPet: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
      },
      schemas: {
        Pet: {
          type: "object",
          required: ["kind"],
          properties: { kind: { type: "string" }, name: { type: "string", description: "Its name." } },
          discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat" } },
        },
        Cat: {
          allOf: [{ $ref: "#/components/schemas/Pet" }, { type: "object", properties: { lives: { type: "integer" } } }],
        },
        Owner: { type: "object", properties: { name: { type: "string" } } },
        // `allOf` with members it makes required: openapi-typescript's `WithRequired` helper.
        NamedOwner: { allOf: [{ $ref: "#/components/schemas/Owner" }], required: ["name"] },
        // JSON would write Infinity as null: a key of the part's value must not.
        Limits: { type: "object", properties: { most: { type: "number", default: Number.POSITIVE_INFINITY } } },
      },
    },
  };
}

/** Sets (or, with `undefined`, deletes) the member at `path` of a document. */
function edit(path: string[], value: unknown): (spec: Record<string, unknown>) => void {
  return (spec) => {
    const parent = path.slice(0, -1).reduce((node, key) => node[key] as Record<string, unknown>, spec);
    const key = path.at(-1) as string;
    if (value === undefined) delete parent[key];
    else parent[key] = value;
  };
}

const PHOTO_FILE = ["paths", "/pets/{id}/photo", "put", "requestBody", "content", "multipart/form-data", "schema"];

const EDITS: Array<[string, (spec: Record<string, unknown>) => void, number]> = [
  // [what, edit, parts the warm printer transforms again]
  ["an operation's description", edit(["paths", "/pets", "get", "description"], "Lists every pet."), 1],
  [
    "a schema's property",
    edit(["components", "schemas", "Cat", "allOf", "1", "properties", "indoor"], { type: "boolean" }),
    1,
  ],
  // The path item reads the parameter through two `$ref`s (its name and whether it is required).
  ["a parameter that a path item resolves", edit(["components", "parameters", "PageLimit", "required"], true), 2],
  // The operation reads whether the body is required through its `$ref`.
  ["a request body that a path item resolves", edit(["components", "requestBodies", "NewPet", "required"], false), 2],
  // Discriminators may change what any part prints: every part is transformed again.
  [
    "a discriminator's mapping",
    edit(["components", "schemas", "Pet", "discriminator", "mapping"], { feline: "#/components/schemas/Cat" }),
    14,
  ],
  ["a path removed", edit(["paths", "/pets/{id}/photo"], undefined), 0],
  ["the only upload removed", edit([...PHOTO_FILE, "properties", "file"], { type: "string" }), 1],
  ["a webhook's description", edit(["webhooks", "petAdded", "post", "description"], "A pet came."), 1],
  [
    "an operation of a shared path item",
    edit(["components", "pathItems", "Shared", "get", "operationId"], "shared"),
    1,
  ],
  ["the only use of a helper type", edit(["components", "schemas", "NamedOwner", "required"], undefined), 1],
  [
    "a default of Infinity made null",
    edit(["components", "schemas", "Limits", "properties", "most", "default"], null),
    1,
  ],
];

describe("a printer kept between prints", () => {
  it.each(EDITS)("prints after an edit of %s what a new printer prints", async (_what, change, transformed) => {
    const printer = new SchemaTypesPrinter();
    const first = await printer.print(document());
    expect(first.imports).toEqual(["./runtime/uploads.js"]);
    // What the edits reach is in the print to begin with.
    for (const text of ["WithRequired<", "@default Infinity", "petAdded: {", "getShared: {", '"/shared": components['])
      expect(first.text).toContain(text);
    const edited = document();
    change(edited);
    const warm = await printer.print(structuredClone(edited));
    const fresh = await new SchemaTypesPrinter().print(structuredClone(edited));
    expect(warm).toEqual(fresh);
    expect(warm.text).not.toBe(first.text);
    expect(warm.text).toBe(await wholePrint(edited));
    expect(printer.transformedParts).toBe(transformed);
  });

  it("transforms nothing again when nothing changed, and everything for another document", async () => {
    const printer = new SchemaTypesPrinter();
    await printer.print(document());
    // Three paths, webhooks, nine components, $defs.
    expect(printer.transformedParts).toBe(14);
    await printer.print(document());
    expect(printer.transformedParts).toBe(0);
    const { typesDocument } = await loadModel({ specFile: "specs/epsimo.yaml" });
    const other = await printer.print(structuredClone(typesDocument));
    expect(other.text).toBe(await wholePrint(typesDocument));
    expect(printer.transformedParts).toBeGreaterThan(14);
  });
});
