/**
 * Builds the model of a small in-memory document, as the pipeline would after validation: the
 * given → want tables of test/model/ state what the model makes of each OpenAPI object.
 */
import { reservedNames } from "../../generator/emit/reserved-names.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { ApiModel, Operation } from "../../generator/model/types.js";

export function modelOf(document: Record<string, unknown>): ApiModel {
  return buildModel({
    specFile: "spec.yaml",
    specText: JSON.stringify(document),
    document: { openapi: "3.1.0", info: { title: "Test", version: "1" }, ...document },
    reserved: reservedNames(),
  });
}

/** The model of one operation, declared as `GET /items` unless `path`/`method` say otherwise. */
export function operationOf(
  operation: Record<string, unknown>,
  rest: Record<string, unknown> = {},
  path = "/items",
  method = "get",
): Operation {
  const model = modelOf({ paths: { [path]: { [method]: operation } }, ...rest });
  const found = model.operations[0];
  if (!found) throw new Error("no operation in the model");
  return found;
}
