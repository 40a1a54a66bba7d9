/**
 * The index of a folder of generated packages (`generated/README.md`): each package with its API,
 * client class, operation count and links to its README, API reference and schemas. It is the one
 * file the generator writes outside a package folder, from the models of every spec in a run.
 */
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import { render } from "../render-template.js";
import { prose } from "./markdown.js";

export const PACKAGES_INDEX = "README.md";

export function packagesIndex(packages: ReadonlyArray<{ dir: string; model: ApiModel }>): OutputFile {
  const specs = packages.map(({ model }) => model.specLabel).join(", ");
  return {
    path: PACKAGES_INDEX,
    kind: "md",
    contents: render("packages.md.hbs", {
      header: `Generated from ${specs}. Do not edit: run \`npm run generate\`.`,
      packages: packages.map(({ dir, model }) => ({
        dir,
        packageName: model.packageName,
        title: prose(model.title),
        clientName: model.clientName,
        operations: model.operations.length,
      })),
    }),
  };
}
