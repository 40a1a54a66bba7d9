/**
 * Every name the generated code uses is decided here, once, in document order: identifiers from
 * arbitrary strings, operation ids for operations without one (or with a clash), resource and
 * method names, and argument keys. Clash suffixes depend only on that order, so names are stable
 * for a given document.
 */
import { isReservedWord } from "../shared/reserved-words.js";

/**
 * Words of an arbitrary string: split on what is neither a letter nor a digit and on lower→upper
 * case changes. Accents are dropped (`héllo wörld` gives `hello`, `world`), since a name a
 * caller types should not need them; letters of other scripts stay (`日本語` is a JavaScript
 * identifier as it is).
 */
export function words(input: string): string[] {
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function pascalCase(input: string): string {
  const result = words(input)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");
  return /^\p{N}/u.test(result) ? `_${result}` : result || "_";
}

export function camelCase(input: string): string {
  const pascal = pascalCase(input);
  return pascal.startsWith("_") ? pascal : pascal[0]?.toLowerCase() + pascal.slice(1);
}

/** A name safe as a standalone identifier (variables, classes): reserved words get a trailing `_`. */
export function safeIdentifier(name: string): string {
  return isReservedWord(name) ? `${name}_` : name;
}

export function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u.test(name);
}

export function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(x|ch|sh|sses)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** Operation id for an operation without one: method + path words (`GET /pets/{id}` → `getPetsById`). */
export function deriveOperationId(method: string, path: string): string {
  const parts = path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? `By ${parameter[1]}` : segment;
    });
  return camelCase(`${method.toLowerCase()} ${parts.join(" ")}`);
}

/**
 * Method name on a resource: the operation id without the resource noun, so `listAgents` under
 * `agents` reads `agents.list`. The noun is removed as a prefix (`reposListForOrg` → `listForOrg`)
 * or a suffix (`getAgent` → `get`); otherwise the id is kept whole.
 */
export function methodNameFor(operationId: string, tag: string): string {
  const id = camelCase(operationId);
  const nouns = [
    ...new Set([pascalCase(tag), pascalCase(singular(tag)), pascalCase(words(tag).map(singular).join(" "))]),
  ]
    .filter((noun) => noun.length > 0 && noun !== "_")
    .sort((a, b) => b.length - a.length);
  for (const noun of nouns) {
    const lowerNoun = noun[0]?.toLowerCase() + noun.slice(1);
    if (id.startsWith(lowerNoun) && /^[A-Z]/.test(id.slice(lowerNoun.length))) {
      return camelCase(id.slice(lowerNoun.length));
    }
    if (id.endsWith(noun) && id.length > noun.length) return id.slice(0, -noun.length);
  }
  return id;
}

/** Hands out unique names in call order: the first keeps the name, later ones get 2, 3, ... */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  claim(name: string): string {
    let candidate = name;
    for (let index = 2; this.taken.has(candidate); index += 1) candidate = `${name}${index}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** The client class's name from the document's title: its first word if that is a capitalised identifier. */
export function clientNameFromTitle(title: string): string {
  const head = title.trim().split(/[\s.]/)[0] ?? "";
  const name = isIdentifier(head) && /^[A-Z]/.test(head) ? head : pascalCase(head || title);
  return name === "_" ? "Client" : name;
}

/**
 * The client's name, changed only where it or its options interface (`<name>Options`) would clash
 * with a name the generated code binds beside it: it then gets an `Api` suffix.
 */
export function unboundClientName(name: string, bound: Iterable<string>): string {
  const taken = new Set(bound);
  let candidate = name;
  while (taken.has(candidate) || taken.has(`${candidate}Options`)) candidate = `${candidate}Api`;
  return candidate;
}
