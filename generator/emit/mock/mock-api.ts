/**
 * The mock engine's input for one package (generator/mock-runtime/api.ts `MockApi`), built from
 * the model as plain JSON data: routes, parameters, bodies and responses with their schemas (as
 * pointers into the model's JSON Schema document, which travels with them) and examples, the
 * security schemes and the operation extensions. The engine infers resources and state from this
 * alone, so nothing here is specific to an API.
 */
import type {
  ApiModel,
  Example,
  MediaContent,
  Operation,
  Parameter,
  Response,
  ResponseHeader,
  SecurityScheme,
} from "../../model/types.js";
import { pointerSegments, valueAt } from "../../shared/json-pointer.js";

/** Where the engine's routes live: each server URL's path, without a trailing slash. */
function basePaths(model: ApiModel): string[] {
  const paths = model.servers.map((server) => {
    const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)?/i.exec(server.defaultUrl);
    const pathname = absolute ? (absolute[1] ?? "") : server.defaultUrl;
    return pathname.replace(/[?#].*$/, "").replace(/\/+$/, "");
  });
  return [...new Set(paths)];
}

const values = (examples: readonly Example[]) => examples.map((example) => example.value);

/** The engine reads plain JSON pointers (`/components/...`), not the model's URI fragments (`#/components/...`). */
const plain = (pointer: string | undefined) => pointer?.replace(/^#/, "");

function content(media: MediaContent) {
  return {
    mediaType: media.mediaType,
    kind: media.kind,
    schema: plain(media.schema?.pointer),
    examples: values(media.examples),
  };
}

function parameter(entry: Parameter) {
  return {
    name: entry.name,
    in: entry.in,
    required: entry.required,
    style: entry.style,
    explode: entry.explode,
    json: entry.json,
    schema: plain(entry.schema?.pointer),
    examples: values(entry.examples),
  };
}

function header(entry: ResponseHeader) {
  return {
    name: entry.name,
    required: entry.required,
    schema: plain(entry.schema?.pointer),
    examples: values(entry.examples),
  };
}

function response(entry: Response) {
  return { status: entry.status, contents: entry.contents.map(content), headers: entry.headers.map(header) };
}

function operation(entry: Operation) {
  return {
    id: entry.id,
    method: entry.method,
    path: entry.path,
    pointer: plain(entry.pointer),
    parameters: entry.parameters.map(parameter),
    body: entry.body && { required: entry.body.required, contents: entry.body.contents.map(content) },
    responses: entry.responses.map(response),
    successStatuses: entry.successStatuses,
    errorStatuses: entry.errorStatuses,
    security: entry.security,
    envelope: entry.envelope,
    errors: entry.errors,
    retry: entry.retry,
    pagination: entry.pagination,
    stream: entry.stream,
    resource: entry.mockResource,
  };
}

function securityScheme(scheme: SecurityScheme) {
  return {
    key: scheme.key,
    type: scheme.type,
    scheme: scheme.scheme,
    name: scheme.name,
    in: scheme.in,
    credentialTemplate: scheme.credentialTemplate,
    tokenSource: scheme.tokenSource,
  };
}

/**
 * The schema document cut to what the operations' pointers reach: `components` (where `$ref`s
 * lead) and each pointed-to schema under `paths`, at the same pointer. Descriptions, examples and
 * everything else of the paths stay out of the package's mock data.
 */
function schemaDocumentFor(model: ApiModel, pointers: readonly string[]): Record<string, unknown> {
  const source = model.schemaDocument;
  const cut: Record<string, unknown> = source.components === undefined ? {} : { components: source.components };
  for (const pointer of pointers) {
    if (!pointer.startsWith("#/paths/")) continue;
    const segments = pointerSegments(pointer);
    let node = cut;
    for (const segment of segments.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    node[segments[segments.length - 1] ?? ""] = valueAt(source, pointer);
  }
  return cut;
}

/** The value, ready for JSON.stringify (undefined members drop out). */
export function mockApiOf(model: ApiModel) {
  const operations = model.operations.map(operation);
  const pointers = model.operations.flatMap((entry) => [
    ...entry.parameters.map((parameter) => parameter.schema?.pointer),
    ...(entry.body?.contents ?? []).map((media) => media.schema?.pointer),
    ...entry.responses.flatMap((answer) => [
      ...answer.contents.map((media) => media.schema?.pointer),
      ...answer.headers.map((declared) => declared.schema?.pointer),
    ]),
  ]);
  return {
    title: model.title,
    basePaths: basePaths(model),
    securitySchemes: model.securitySchemes.map(securityScheme),
    operations,
    document: schemaDocumentFor(
      model,
      pointers.filter((pointer): pointer is string => pointer !== undefined),
    ),
  };
}
