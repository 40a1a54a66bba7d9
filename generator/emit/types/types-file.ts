/**
 * Prints `src/types.ts`, the schema types of the whole document, through openapi-typescript's
 * Node API (`transformSchema`), with this project's options (types-context.ts). The document's own
 * adjustments (operation ids, members that `allOf` makes required) are the model's
 * (model/types-document.ts); test/vendors/example-types.test.ts holds every vendor example
 * against these types.
 *
 * The document is transformed in parts, one path item or one component at a time, each as a
 * document of its own whose `$ref`s resolve in the whole, and the file is put together from the
 * parts' printed members in the order openapi-typescript prints them (the `operations` each part
 * adds, and helper types once). A printer keeps each part's text with what it was made from: its
 * own value, the value of every `$ref` its transform resolved and the document's discriminators,
 * each as an unambiguous key (shared/run-memo.ts). A worker thread keeps one printer for a whole
 * `--watch` session, so after a save only the parts the save touched are transformed and printed
 * again (openapi-typescript takes tens of milliseconds on a vendor spec, which a save otherwise
 * waits for). test/generator/schema-types.test.ts holds the file to openapi-typescript's print of
 * the whole document, byte for byte, and a kept printer to a new one after edits.
 *
 * `openapiTS()` would first lint and bundle the document again with Redocly; the loader has
 * already bundled it and the validator checked it, and that second pass is three quarters of the
 * time on large documents (GitHub's: 1.9 s of 2.6 s), so the transform is called directly.
 */
import {
  type GlobalContext,
  NEVER,
  type OpenAPI3,
  resolveRef,
  STRING,
  scanDiscriminators,
  transformSchema,
  tsModifiers,
  tsRecord,
} from "openapi-typescript";
import ts from "typescript";
import { inputKey } from "../../shared/run-memo.js";
import { breakSchemaCycles, directSchemaRefs, type SchemaMember } from "./schema-cycles.js";
import { redocConfig, typesContext } from "./types-context.js";
import type { PrintedTypes } from "./types-output.js";

/** Where `Uploadable` comes from, relative to the types file. */
const UPLOADS_MODULE = "./runtime/uploads.js";
/** The sections of `components` in the order openapi-typescript prints them (its components-object.ts). */
const SECTIONS = ["schemas", "responses", "parameters", "requestBodies", "headers", "pathItems"] as const;
const OPERATIONS = "operations";
/** The file's top-level declarations besides helper types: no alias may take their names. */
const ROOTS = ["paths", "webhooks", "components", "$defs", OPERATIONS];

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const PRINTED_IN = ts.createSourceFile("types.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);

/** A top-level declaration as printed in the file, with its line break. */
function printStatement(node: ts.Node): string {
  return `${printer.printNode(ts.EmitHint.Unspecified, node, PRINTED_IN)}\n`;
}

/** Members' lines as they print `depth` bodies deep (1: an interface's; 2: a property's inside one). */
function printMembers(members: readonly ts.TypeElement[], depth: 1 | 2): string {
  const body =
    depth === 1
      ? members
      : [ts.factory.createPropertySignature(undefined, "body", undefined, ts.factory.createTypeLiteralNode(members))];
  const wrapper = ts.factory.createInterfaceDeclaration(undefined, "Wrapper", undefined, undefined, body);
  const lines = printer.printNode(ts.EmitHint.Unspecified, wrapper, PRINTED_IN).split("\n");
  return lines
    .slice(depth, lines.length - depth)
    .map((line) => `${line}\n`)
    .join("");
}

/** `export type <root> = Record<string, never>;`: how openapi-typescript prints a root the document lacks. */
function emptyRoot(name: string): string {
  return printStatement(
    ts.factory.createTypeAliasDeclaration(tsModifiers({ export: true }), name, undefined, tsRecord(STRING, NEVER)),
  );
}

/** A declaration a part's transform appends after the roots: members of `operations`, or a helper type. */
type Footer = { name: typeof OPERATIONS; members: string } | { name: string | undefined; text: string };

/** One part of the document, printed, with what it was printed from. */
interface PrintedPart {
  /** The part's own value, as a key (`inputKey`: unlike JSON, it tells `Infinity` from `null`). */
  input: string | undefined;
  /** The key of what each `$ref` its transform resolved resolved to. */
  resolved: ReadonlyMap<string, string | undefined>;
  /** Its lines in its root (a path item, a component), or its whole declaration (webhooks, `$defs`). */
  text: string;
  footers: Footer[];
  uploadable: boolean;
  /** A component schema's member and the schemas it refers to directly (schema-cycles.ts). */
  schema?: SchemaMember | undefined;
}

/** A part to print: where it is, and the document of its own it is transformed as. */
interface Part {
  key: string;
  document: Record<string, unknown>;
  value: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a key kept from the last print still holds; a value that is not plain data has none, and never does. */
const unchanged = (kept: string | undefined, now: string | undefined) => kept !== undefined && kept === now;

export class SchemaTypesPrinter {
  private parts = new Map<string, PrintedPart>();
  private discriminatorsKey: string | undefined;
  /** How many parts the last print transformed; it took the others as the print before left them. */
  transformedParts = 0;

  /**
   * The schema types of `typesDocument` (the model's, types-document.ts), which this consumes:
   * scanDiscriminators writes discriminator enums into the schemas it scans, so callers pass a
   * copy (a worker thread's message is one already).
   */
  async print(typesDocument: Record<string, unknown>): Promise<PrintedTypes> {
    const document = typesDocument as unknown as OpenAPI3;
    const redoc = await redocConfig;
    const discriminators = scanDiscriminators(document, { silent: true });
    const discriminatorsKey = inputKey(discriminators);
    if (discriminatorsKey === undefined || discriminatorsKey !== this.discriminatorsKey) this.parts.clear();
    this.discriminatorsKey = discriminatorsKey;
    // What each `$ref` resolves to, and its key, found once per print however many parts ask.
    const resolvedValues = new Map<string, unknown>();
    const valueAt = (ref: string) => {
      if (!resolvedValues.has(ref)) resolvedValues.set(ref, resolveRef(document, ref, { silent: true }));
      return resolvedValues.get(ref);
    };
    const resolvedKeys = new Map<string, string | undefined>();
    const keyAt = (ref: string) => {
      if (!resolvedKeys.has(ref)) resolvedKeys.set(ref, inputKey(valueAt(ref)));
      return resolvedKeys.get(ref);
    };

    const kept = new Map<string, PrintedPart>();
    this.transformedParts = 0;
    const printed = (
      part: Part,
      take: (statements: ts.Node[]) => string,
      schemaOf?: (statements: ts.Node[]) => SchemaMember | undefined,
    ): PrintedPart => {
      const input = inputKey(part.value);
      const known = this.parts.get(part.key);
      if (
        known &&
        unchanged(known.input, input) &&
        [...known.resolved].every(([ref, key]) => unchanged(key, keyAt(ref)))
      ) {
        kept.set(part.key, known);
        return known;
      }
      this.transformedParts += 1;
      const resolved = new Map<string, string | undefined>();
      let uploadable = false;
      const context: GlobalContext = typesContext(redoc, discriminators, {
        resolve: <T>(ref: string) => {
          resolved.set(ref, keyAt(ref));
          return valueAt(ref) as T | undefined;
        },
        onUploadable: () => {
          uploadable = true;
        },
      });
      const statements = transformSchema(part.document as unknown as OpenAPI3, context);
      const footers = context.injectFooter.map((node): Footer => {
        const name = ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) ? node.name.text : undefined;
        return ts.isInterfaceDeclaration(node) && name === OPERATIONS
          ? { name, members: printMembers(node.members, 1) }
          : { name, text: printStatement(node) };
      });
      const entry = { input, resolved, text: take(statements), footers, uploadable, schema: schemaOf?.(statements) };
      kept.set(part.key, entry);
      return entry;
    };
    /** A root's declaration in a part's transform. */
    const root = (statements: ts.Node[], name: string) =>
      statements.find(
        (node): node is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
          (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text === name,
      );
    const membersOf = (node: ts.Node | undefined) => (node && ts.isInterfaceDeclaration(node) ? node.members : []);

    // The roots in the order transformSchema prints them, and the parts in the order it meets them.
    const paths = (isObject(document.paths) ? Object.entries(document.paths) : []).map(([url, item]) =>
      printed({ key: `paths\0${url}`, document: { paths: { [url]: item } }, value: item }, (s) =>
        printMembers(membersOf(root(s, "paths")), 1),
      ),
    );
    const webhooks = printed(
      { key: "webhooks", document: { webhooks: document.webhooks }, value: document.webhooks },
      (s) => printStatement(root(s, "webhooks") as ts.Node),
    );
    const components = isObject(document.components) ? document.components : undefined;
    /** A section's members in a part's transform (`schemas: { ... }` inside `components`). */
    const sectionElements = (statements: ts.Node[], section: string) => {
      const property = membersOf(root(statements, "components")).find(
        (member) => member.name !== undefined && ts.isIdentifier(member.name) && member.name.text === section,
      );
      const type = property && ts.isPropertySignature(property) ? property.type : undefined;
      return type && ts.isTypeLiteralNode(type) ? type.members : ts.factory.createNodeArray<ts.TypeElement>();
    };
    /** A component schema's one member, with the schemas its type needs resolved at once. */
    const schemaMember = (statements: ts.Node[], name: string): SchemaMember | undefined => {
      const [member] = sectionElements(statements, "schemas");
      return member && ts.isPropertySignature(member)
        ? { name, member, direct: directSchemaRefs(member.type) }
        : undefined;
    };
    const sections = SECTIONS.map((section): [string, PrintedPart[]] => {
      const entries = components && isObject(components[section]) ? Object.entries(components[section]) : [];
      const members = entries.map(([name, item]) =>
        printed(
          {
            key: `components\0${section}\0${name}`,
            document: { components: { [section]: { [name]: item } } },
            value: item,
          },
          (s) => printMembers(sectionElements(s, section), 2),
          section === "schemas" ? (s) => schemaMember(s, name) : undefined,
        ),
      );
      return [section, members];
    });
    const defs = printed({ key: "$defs", document: { $defs: document.$defs }, value: document.$defs }, (s) =>
      printStatement(root(s, "$defs") as ts.Node),
    );
    this.parts = kept;
    const all = [...paths, webhooks, ...sections.flatMap(([, members]) => members), defs];

    const pathsText = paths.map((part) => part.text).join("");
    const footers = all.flatMap((part) => part.footers);
    // Schemas that refer to themselves outside any object type become aliases (schema-cycles.ts).
    const cycles = breakSchemaCycles(
      sections.flatMap(([, members]) => members.flatMap((part) => (part.schema ? [part.schema] : []))),
      new Set([...ROOTS, ...footers.flatMap((footer) => (footer.name === undefined ? [] : [footer.name]))]),
    );
    const memberText = (part: PrintedPart) => {
      const aliased = part.schema && cycles?.members.get(part.schema.name);
      return aliased ? printMembers([aliased], 2) : part.text;
    };
    const componentsText = components
      ? `export interface components {\n${sections
          .map(([section, members]) =>
            members.length > 0
              ? `    ${section}: {\n${members.map(memberText).join("")}    };\n`
              : `    ${section}: never;\n`,
          )
          .join("")}}\n${(cycles?.declarations ?? []).map(printStatement).join("")}`
      : emptyRoot("components");
    let body =
      (pathsText ? `export interface paths {\n${pathsText}}\n` : emptyRoot("paths")) +
      webhooks.text +
      componentsText +
      defs.text;
    body += footerText(footers);
    if (!all.some((part) => part.uploadable)) return { text: body, imports: [] };
    return { text: `import type { Uploadable } from "${UPLOADS_MODULE}";\n\n${body}`, imports: [UPLOADS_MODULE] };
  }
}

/**
 * The declarations after the roots, as one transform of the whole document appends them: in the
 * order each first appears, `operations` holding every part's members, a named helper once.
 */
function footerText(footers: readonly Footer[]): string {
  const slots: Array<{ name: string | undefined; text: string }> = [];
  for (const footer of footers) {
    const slot = footer.name === undefined ? undefined : slots.find((known) => known.name === footer.name);
    if ("members" in footer) {
      if (slot) slot.text += footer.members;
      else slots.push({ name: OPERATIONS, text: footer.members });
    } else if (!slot) slots.push({ name: footer.name, text: footer.text });
  }
  const operations = slots.find((slot) => slot.name === OPERATIONS);
  return (
    slots
      .map((slot) => (slot === operations ? `export interface ${OPERATIONS} {\n${slot.text}}\n` : slot.text))
      .join("") + (operations ? "" : emptyRoot(OPERATIONS))
  );
}
