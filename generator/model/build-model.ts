/**
 * Builds the intermediate model from a bundled, validated document: the one place that reads raw
 * OpenAPI (3.0 or 3.1). It normalizes the document (normalize.ts), then hands each kind of
 * OpenAPI object to the module that knows its rules (servers, security, operations with their
 * parameters, bodies and responses, resources) and names everything through naming.ts, in
 * document order. Names the generated code binds besides the spec's (client options, the
 * runtime's exports, the client class's members) come in as `reserved`, from the emitters that
 * bind them.
 */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import { clientNameFromTitle, unboundClientName } from "./naming.js";
import { normalizeDocument } from "./normalize.js";
import { readOperations } from "./operations.js";
import { type Json, References, str } from "./references.js";
import { groupResources } from "./resources.js";
import { SchemaDocument } from "./schema-document.js";
import { readSecurity, readSecuritySchemes } from "./security.js";
import { DEFAULT_SERVER, readServers } from "./servers.js";
import type { ApiModel, PackageRepository } from "./types.js";
import { buildTypesDocument } from "./types-document.js";

/** Names the generated code binds that the spec's names must not take. */
export interface ReservedNames {
  /** Options every client has: a credential option gets another name. */
  clientOptions: readonly string[];
  /** Top-level names of the client's and index's modules besides the client: the client class gets another. */
  topLevel: readonly string[];
  /** Members of the client class: a resource property gets another name. */
  clientMembers: readonly string[];
  /** Members of a resource class besides its methods: a method gets another name. */
  resourceMembers: readonly string[];
}

export interface ModelOptions {
  specFile: string;
  /** How headers name the spec (default: its file name); see ApiModel.specLabel. */
  specLabel?: string | undefined;
  specText: string;
  document: unknown;
  reserved: ReservedNames;
  packageName?: string | undefined;
  clientName?: string | undefined;
  repository?: PackageRepository | undefined;
}

export function buildModel(options: ModelOptions): ApiModel {
  const root = normalizeDocument(options.document) as Json;
  const info = (root.info ?? {}) as Json;
  const title = str(info.title) || "API";
  const references = new References(root);
  const schemas = new SchemaDocument(root);
  const { reserved } = options;

  const securitySchemes = readSecuritySchemes(root, references, reserved.clientOptions);
  const operations = readOperations(root, references, schemas, readSecurity(root.security) ?? []);
  const resources = groupResources(operations, root, reserved.clientMembers, reserved.resourceMembers);
  const servers = readServers(root.servers);
  const fileBase = basename(options.specFile, extname(options.specFile));
  let typesDocument: Json | undefined;
  return {
    kind: "Api",
    specLabel: options.specLabel ?? basename(options.specFile),
    specHash: createHash("sha256").update(options.specText).digest("hex"),
    specSize: options.specText.length,
    title,
    version: str(info.version) || "0.0.0",
    description: str(info.description),
    license:
      str((info.license as Json | undefined)?.identifier) ||
      str((info.license as Json | undefined)?.name) ||
      "UNLICENSED",
    repository: options.repository,
    packageName: options.packageName ?? `@agent-sdks/${fileBase.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}`,
    clientName: unboundClientName(options.clientName ?? clientNameFromTitle(title), [
      ...reserved.topLevel,
      ...resources.map((resource) => resource.className),
    ]),
    servers: servers.length > 0 ? servers : [DEFAULT_SERVER],
    securitySchemes,
    resources,
    operations,
    get typesDocument() {
      typesDocument ??= buildTypesDocument(root, operations);
      return typesDocument;
    },
    get schemaDocument() {
      return schemas.value;
    },
  };
}
