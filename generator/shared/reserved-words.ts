/**
 * The words JavaScript and TypeScript keep for themselves, or give a meaning of their own: no
 * generated identifier and no client class may take one. Shared by the naming of the model and
 * the command line's check of `--client-name`.
 */

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield any boolean constructor declare " +
    "get module require number set string symbol type from of await async undefined never unknown object"
  ).split(" "),
);

export function isReservedWord(name: string): boolean {
  return RESERVED.has(name);
}
