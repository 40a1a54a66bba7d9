/**
 * Emits the package's own files from handlebars templates: package.json (name, exports, types),
 * tsconfig.json (strict) and the README (its view is docs/readme-view.ts). Views are plain data,
 * so templates hold no logic.
 */
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import { readmeView } from "../docs/readme-view.js";
import type { Emitter } from "../emitter.js";
import { render } from "../render-template.js";

export function emitPackageFiles(model: ApiModel): OutputFile[] {
  const view = {
    ...readmeView(model),
    packageNameJson: JSON.stringify(model.packageName),
    descriptionJson: JSON.stringify(`Typed client for ${model.title}`),
    versionJson: JSON.stringify(model.version.match(/^\d+\.\d+\.\d+/) ? model.version : "0.0.0"),
  };
  return [
    { path: "package.json", contents: render("package.json.hbs", view), kind: "json" },
    { path: "tsconfig.json", contents: render("tsconfig.json.hbs", view), kind: "jsonc" },
    { path: "README.md", contents: render("README.md.hbs", view), kind: "md" },
  ];
}

export const packageEmitter: Emitter = { name: "package", emit: emitPackageFiles };
