/**
 * The package's reference docs, from the model through handlebars templates: `api.md` (every
 * operation; for a large API an index whose resources each get `docs/api/<resource>.md`),
 * `docs/schemas.md` (every named schema) and `docs/examples/<operationId>.ts`, each operation's
 * usage example as a module the tests compile and run; the docs embed the same text.
 */

import { posix } from "node:path";
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import type { Emitter } from "../emitter.js";
import { render } from "../render-template.js";
import { asciiFileName } from "../ts-helpers.js";
import { exampleCode } from "./example-code.js";
import { Anchors, block, firstParagraph, prose } from "./markdown.js";
import { type OperationView, operationView } from "./operation-view.js";
import type { TypeContext } from "./schema-type.js";
import { schemaViews } from "./schema-view.js";

/** Above this many operations, each resource gets a page of its own and api.md becomes their index. */
const SPLIT_ABOVE_OPERATIONS = 150;
const SCHEMAS_PATH = "docs/schemas.md";
const SCHEMAS_TITLE = "Schemas";
const API_TITLE = "API reference";
/** The anchor of the README's table of vendor error codes (its heading is "Error codes"). */
const ERROR_CODES_ANCHOR = "error-codes";

/** Where each named schema's entry is: the anchors docs/schemas.md gives its headings, in order. */
function schemaAnchors(model: ApiModel): Map<string, string> {
  const anchors = new Anchors();
  anchors.next(SCHEMAS_TITLE);
  const schemas = (model.schemaDocument as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
  return new Map(Object.keys(schemas ?? {}).map((name) => [name, anchors.next(name)]));
}

function typeContext(model: ApiModel, from: string, anchors: Map<string, string>): TypeContext {
  const target = posix.relative(posix.dirname(from), SCHEMAS_PATH);
  return {
    document: model.schemaDocument as Record<string, unknown>,
    schemaHref: (name) => `${from === SCHEMAS_PATH ? "" : target}#${anchors.get(name) ?? ""}`,
  };
}

/** Where a resource's operations are documented. */
export function resourcePage(model: ApiModel, propertyName: string): string {
  return model.operations.length > SPLIT_ABOVE_OPERATIONS ? `docs/api/${propertyName}.md` : "api.md";
}

interface PageResource {
  heading: string;
  description: string;
  operations: Array<OperationView & { anchor: string }>;
}

/**
 * Each operation's anchor on its page, computed in the order the template writes headings:
 * the page title, then per resource its heading and its operations'.
 */
export function operationAnchors(model: ApiModel): Map<string, { page: string; anchor: string }> {
  const byPage = new Map<string, Anchors>();
  const found = new Map<string, { page: string; anchor: string }>();
  for (const resource of model.resources) {
    const page = resourcePage(model, resource.propertyName);
    let anchors = byPage.get(page);
    if (!anchors) {
      anchors = new Anchors();
      anchors.next(page === "api.md" ? API_TITLE : resource.propertyName);
      byPage.set(page, anchors);
    }
    if (page === "api.md") anchors.next(resource.propertyName);
    for (const operation of resource.operations)
      found.set(operation.id, { page, anchor: anchors.next(`${resource.propertyName}.${operation.methodName}()`) });
  }
  return found;
}

export function emitDocs(model: ApiModel): OutputFile[] {
  const anchors = schemaAnchors(model);
  const examples = new Map<string, string>();
  const files: OutputFile[] = [];
  for (const resource of model.resources) {
    for (const operation of resource.operations) {
      const text = exampleCode(model, resource, operation);
      examples.set(operation.id, text);
      files.push({ path: `docs/examples/${asciiFileName(operation.id)}.ts`, contents: text, kind: "ts" });
    }
  }
  const located = operationAnchors(model);
  const pageResources = (page: string) => {
    const context = typeContext(model, page, anchors);
    return model.resources
      .filter((resource) => resourcePage(model, resource.propertyName) === page)
      .map(
        (resource): PageResource => ({
          heading: resource.propertyName,
          description: block(resource.description),
          operations: resource.operations.map((operation) => ({
            ...operationView(model, resource, operation, context, examples.get(operation.id) ?? ""),
            anchor: located.get(operation.id)?.anchor ?? "",
          })),
        }),
      );
  };
  const schemasLink = SCHEMAS_PATH;
  const split = model.operations.length > SPLIT_ABOVE_OPERATIONS;
  const common = {
    title: model.title,
    packageName: model.packageName,
    clientName: model.clientName,
    apiTitle: API_TITLE,
    operationCount: model.operations.length,
  };
  if (split) {
    files.push({
      path: "api.md",
      kind: "md",
      contents: render("api-index.md.hbs", {
        ...common,
        schemasLink,
        resources: model.resources.map((resource) => ({
          name: resource.propertyName,
          page: resourcePage(model, resource.propertyName),
          description: prose(firstParagraph(resource.description)),
          count: resource.operations.length,
        })),
      }),
    });
    for (const resource of model.resources) {
      const page = resourcePage(model, resource.propertyName);
      const schemasHref = posix.relative(posix.dirname(page), SCHEMAS_PATH);
      const indexHref = posix.relative(posix.dirname(page), "api.md");
      files.push({
        path: page,
        kind: "md",
        contents: render("api.md.hbs", {
          pageTitle: `\`${resource.propertyName}\``,
          intro: `Operations of \`client.${resource.propertyName}\` in \`${model.packageName}\`. Back to [the ${API_TITLE.toLowerCase()}](${indexHref}); named types are in [the schemas](${schemasHref}).`,
          errorCodesHref: `${posix.relative(posix.dirname(page), "README.md")}#${ERROR_CODES_ANCHOR}`,
          resourceHeadings: false,
          operationHashes: "##",
          resources: pageResources(page),
        }),
      });
    }
  } else {
    files.push({
      path: "api.md",
      kind: "md",
      contents: render("api.md.hbs", {
        pageTitle: API_TITLE,
        intro: `Every operation of \`${model.packageName}\` (${model.title}), by resource: method and path, parameters, body, responses, errors and an example that the package's tests compile and run. Named types are in [the schemas](${schemasLink}).`,
        errorCodesHref: `README.md#${ERROR_CODES_ANCHOR}`,
        resourceHeadings: true,
        operationHashes: "###",
        resources: pageResources("api.md"),
      }),
    });
  }
  files.push({
    path: SCHEMAS_PATH,
    kind: "md",
    contents: render("schemas.md.hbs", {
      ...common,
      schemasTitle: SCHEMAS_TITLE,
      apiLink: posix.relative(posix.dirname(SCHEMAS_PATH), "api.md"),
      schemas: schemaViews(model, typeContext(model, SCHEMAS_PATH, anchors)),
    }),
  });
  return files;
}

export const docsEmitter: Emitter = { name: "docs", emit: emitDocs };
