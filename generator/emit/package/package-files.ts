/**
 * Emits the package's own files from handlebars templates: package.json (name, license, exports
 * of the built entry points, the `imports` map of platform-specific modules, the scripts that
 * build `dist/` with tsc), tsconfig.json (strict, type-checks `src/`), tsconfig.build.json (emits
 * ES modules, declarations and declaration maps into `dist/`) and the README (its view is
 * docs/readme-view.ts). It runs last, since the `imports` map follows the modules the others
 * copied. Views are plain data, so templates hold no logic.
 */
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import { readmeView } from "../docs/readme-view.js";
import type { Emitter } from "../emitter.js";
import { packageImports } from "../platform-imports.js";
import { render } from "../render-template.js";

export function emitPackageFiles(model: ApiModel, earlier: readonly OutputFile[]): OutputFile[] {
  const imports = packageImports(earlier);
  const view = {
    ...readmeView(model),
    packageNameJson: JSON.stringify(model.packageName),
    licenseJson: JSON.stringify(model.license),
    repositoryJson: model.repository && JSON.stringify({ type: "git", ...model.repository }),
    importsJson: Object.keys(imports).length > 0 ? JSON.stringify(imports) : undefined,
    descriptionJson: JSON.stringify(`Typed client for ${model.title}`),
    versionJson: JSON.stringify(model.version.match(/^\d+\.\d+\.\d+/) ? model.version : "0.0.0"),
  };
  return [
    // The package's one file whose header names the spec's hash: which version of the spec it is.
    { path: "package.json", contents: render("package.json.hbs", view), kind: "json", namesSpecHash: true },
    { path: "tsconfig.json", contents: render("tsconfig.json.hbs", view), kind: "jsonc" },
    { path: "tsconfig.build.json", contents: render("tsconfig.build.json.hbs", view), kind: "jsonc" },
    { path: "README.md", contents: render("README.md.hbs", view), kind: "md" },
  ];
}

export const packageEmitter: Emitter = {
  name: "package",
  emit: async (model, { earlier }) => emitPackageFiles(model, await earlier()),
};
