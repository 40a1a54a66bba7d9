/**
 * Component schemas that refer to themselves outside any object type, such as a JSON value
 * (`string | components["schemas"]["Json"][]`) or a tree of arrays (`Tree: Tree[]`). TypeScript
 * resolves `components["schemas"]["Json"]` by reading the very property it is declaring, and
 * fails with TS2502; only a reference inside an object type (`{ children: ... }`) is deferred. A
 * type alias may refer to itself through arrays and unions, so each schema on such a cycle is
 * declared as an alias of its own (`type SchemaJson = string | SchemaJson[]`), its member in
 * `components` names the alias, and the references between the cycle's schemas name the aliases.
 * Every other schema prints as openapi-typescript prints it.
 */
import ts from "typescript";

/** A component schema as `components.schemas` declares it. */
export interface SchemaMember {
  /** The schema's name in `components.schemas`. */
  name: string;
  member: ts.PropertySignature;
  /** The schemas its type refers to outside any object type, where TypeScript must resolve them at once. */
  direct: readonly string[];
}

/** `X` of `components["schemas"]["X"]`, the start of an indexed access chain, or undefined. */
function schemaName(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const key = literalKey(node.indexType);
  const object = node.objectType;
  if (key === undefined || !ts.isIndexedAccessTypeNode(object) || literalKey(object.indexType) !== "schemas")
    return undefined;
  const root = object.objectType;
  return ts.isTypeReferenceNode(root) && ts.isIdentifier(root.typeName) && root.typeName.text === "components"
    ? key
    : undefined;
}

function literalKey(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

/** The schemas `type` refers to where TypeScript resolves them at once: not inside an object, function or mapped type. */
export function directSchemaRefs(type: ts.TypeNode | undefined): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeLiteralNode(node) || ts.isFunctionTypeNode(node) || ts.isMappedTypeNode(node)) return;
    const name = schemaName(node);
    if (name !== undefined) {
      found.add(name);
      return;
    }
    ts.forEachChild(node, visit);
  };
  if (type) visit(type);
  return [...found];
}

/** The schemas that reach themselves through direct references (Tarjan's strongly connected components). */
function onCycles(schemas: readonly SchemaMember[]): Set<string> {
  const edges = new Map(schemas.map((schema) => [schema.name, schema.direct]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cyclic = new Set<string>();
  const connect = (name: string): void => {
    index.set(name, index.size);
    low.set(name, index.get(name) ?? 0);
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      if (!edges.has(next)) continue;
      if (!index.has(next)) {
        connect(next);
        low.set(name, Math.min(low.get(name) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) low.set(name, Math.min(low.get(name) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(name) !== index.get(name)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member !== undefined) component.push(member);
    } while (member !== undefined && member !== name);
    if (component.length > 1 || (edges.get(name) ?? []).includes(name))
      for (const entry of component) cyclic.add(entry);
  };
  for (const schema of schemas) if (!index.has(schema.name)) connect(schema.name);
  return cyclic;
}

/** An identifier for the alias of schema `name`, unlike any other top-level name of the file. */
function aliasNames(names: readonly string[], taken: ReadonlySet<string>): Map<string, string> {
  const aliases = new Map<string, string>();
  const used = new Set(taken);
  for (const name of names) {
    const base = `Schema${name.replace(/[^A-Za-z0-9_$]/g, "_")}`;
    let alias = base;
    for (let suffix = 2; used.has(alias); suffix += 1) alias = `${base}${suffix}`;
    used.add(alias);
    aliases.set(name, alias);
  }
  return aliases;
}

export interface BrokenCycles {
  /** The member that names its alias, by schema, for each schema on a cycle. */
  members: Map<string, ts.PropertySignature>;
  /** The aliases' declarations, in the schemas' order. */
  declarations: ts.TypeAliasDeclaration[];
}

/** The aliases that let the schemas on direct cycles refer to themselves; undefined when there is none. */
export function breakSchemaCycles(
  schemas: readonly SchemaMember[],
  taken: ReadonlySet<string>,
): BrokenCycles | undefined {
  const cyclic = onCycles(schemas);
  if (cyclic.size === 0) return undefined;
  const onCycle = schemas.filter((schema) => cyclic.has(schema.name));
  const aliases = aliasNames(
    onCycle.map((schema) => schema.name),
    taken,
  );
  const toAliases = (context: ts.TransformationContext) => {
    const visit = (node: ts.Node): ts.Node => {
      const alias = aliases.get(schemaName(node) ?? "");
      return alias ? ts.factory.createTypeReferenceNode(alias) : ts.visitEachChild(node, visit, context);
    };
    return (node: ts.TypeNode) => ts.visitNode(node, visit) as ts.TypeNode;
  };
  const members = new Map<string, ts.PropertySignature>();
  const declarations: ts.TypeAliasDeclaration[] = [];
  for (const schema of onCycle) {
    const alias = aliases.get(schema.name) ?? "";
    const type = schema.member.type ?? ts.factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);
    const [aliased] = ts.transform(type, [toAliases]).transformed;
    declarations.push(ts.factory.createTypeAliasDeclaration(undefined, alias, undefined, aliased ?? type));
    members.set(
      schema.name,
      ts.factory.updatePropertySignature(
        schema.member,
        schema.member.modifiers,
        schema.member.name,
        schema.member.questionToken,
        ts.factory.createTypeReferenceNode(alias),
      ),
    );
  }
  return { members, declarations };
}
