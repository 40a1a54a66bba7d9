// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * What identifies an item of a resource in answers: the member named like the item path's id
 * parameter (`project_id` or `projectId` for `{projectId}`, compared without `_`, `-` or case),
 * else `id`, `uuid`, `_id` or `key`, the names APIs use.
 */
import { isRecord } from "./values.js";

const ID_NAMES = ["id", "uuid", "_id", "key"];

const plain = (name: string) => name.replace(/[-_]/g, "").toLowerCase();

export function idOf(item: unknown, idParam?: string): string | number | undefined {
  if (!isRecord(item)) return undefined;
  const names = Object.keys(item);
  const named = idParam === undefined ? undefined : names.find((name) => plain(name) === plain(idParam));
  const key = named ?? ID_NAMES.find((name) => Object.hasOwn(item, name));
  const value = key === undefined ? undefined : item[key];
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}
