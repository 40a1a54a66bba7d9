/**
 * Emits the package's own files from handlebars templates: package.json (name, license, exports
 * of the built entry points, the `imports` map of platform-specific modules, the scripts that
 * build `dist/` with tsc), tsconfig.json (strict, type-checks `src/`), tsconfig.build.json (emits
 * ES modules, declarations and declaration maps into `dist/`) and the README with a quick start.
 * It runs last, since the `imports` map follows the modules the others copied. The view model
 * is plain data built here, so templates hold no logic.
 */
import { words } from "../../model/naming.js";
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import type { Emitter } from "../emitter.js";
import { packageImports } from "../platform-imports.js";
import { render } from "../render-template.js";

/** `client.x.yStream` for the first operation that streams, to show how streams are read. */
function streamExample(model: ApiModel): string | undefined {
  for (const resource of model.resources) {
    const operation = resource.operations.find((candidate) => candidate.stream);
    if (!operation) continue;
    const onlyStream = operation.responses.every((response) =>
      response.contents.every(
        (content) => content.kind === "event-stream" || !operation.successStatuses.includes(response.status),
      ),
    );
    return `client.${resource.propertyName}.${onlyStream ? operation.methodName : operation.streamMethodName}({ /* … */ })`;
  }
  return undefined;
}

/**
 * Client options that work against the package's mock, as TypeScript literals: any text for a
 * key, and for a token the API issues, the issuing call's inputs from the spec's own examples
 * (the mock issues the token as the API would; a made-up token would be refused).
 */
export function mockCredentials(model: ApiModel): Array<{ option: string; value: string }> {
  const found = new Map<string, string>();
  for (const scheme of model.securitySchemes) {
    const source = scheme.tokenSource;
    if (!source) {
      for (const option of scheme.options) if (!found.has(option)) found.set(option, JSON.stringify("test-key"));
      continue;
    }
    const issuer = model.operations.find((operation) => operation.id === source.operationId);
    for (const [field, option] of Object.entries(source.inputs)) {
      if (found.has(option)) continue;
      const parameter = issuer?.parameters.find((candidate) => candidate.name === field);
      const body = issuer?.body?.contents.find((content) => content.kind === "json")?.examples[0]?.value;
      const member = body && typeof body === "object" ? (body as Record<string, unknown>)[field] : undefined;
      const value = parameter?.examples[0]?.value ?? member;
      found.set(option, JSON.stringify(value === undefined ? `test-${option}` : String(value)));
    }
  }
  return [...found].map(([option, value]) => ({ option, value }));
}

/** The environment variable a client option is read from: `<CLIENT>_<OPTION>` in upper snake case. */
export function envName(model: ApiModel, option: string): string {
  const constant = (text: string) => words(text).join("_").toUpperCase();
  return `${constant(model.clientName)}_${constant(option)}`;
}

/** Each client option that carries a credential, with the environment variable the README reads it from. */
export function credentialOptions(model: ApiModel): Array<{ option: string; scheme: string; env: string }> {
  return model.securitySchemes.flatMap((scheme) =>
    scheme.options.map((option) => ({ option, scheme: scheme.key, env: envName(model, option) })),
  );
}

/**
 * Every environment variable a credential comes from: each credential option's, and for a token
 * the API issues (`x-token-source`), each input of the issuing call's (an email, a password).
 */
export function credentialVariables(model: ApiModel): Array<{ option: string; scheme: string; env: string }> {
  const inputs = model.securitySchemes.flatMap((scheme) =>
    Object.values(scheme.tokenSource?.inputs ?? {}).map((option) => ({
      option,
      scheme: scheme.key,
      env: envName(model, option),
    })),
  );
  const seen = new Set<string>();
  return [...credentialOptions(model), ...inputs].filter((credential) => {
    if (seen.has(credential.option)) return false;
    seen.add(credential.option);
    return true;
  });
}

function readmeView(model: ApiModel) {
  const credentials = credentialOptions(model);
  const first = model.resources[0];
  const example =
    first?.operations.find(
      (operation) => !operation.parameters.some((parameter) => parameter.required) && !operation.body?.required,
    ) ?? first?.operations[0];
  return {
    title: model.title,
    version: model.version,
    packageName: model.packageName,
    clientName: model.clientName,
    description: model.description.split("\n\n")[0] ?? "",
    baseUrl: model.servers[0]?.defaultUrl ?? "/",
    specLabel: model.specLabel,
    credentials,
    hasCredentials: credentials.length > 0,
    mockCredentials: mockCredentials(model),
    credentialVariables: credentialVariables(model),
    exampleCall:
      example && first
        ? `client.${first.propertyName}.${example.methodName}(${example.parameters.some((parameter) => parameter.required) || example.body?.required ? "{ /* … */ }" : ""})`
        : undefined,
    examplePaged: example?.pagination !== undefined,
    // Against the mock, only a call that needs no arguments is shown whole: it runs as written.
    mockCall:
      example && first && !example.parameters.some((parameter) => parameter.required) && !example.body?.required
        ? `client.${first.propertyName}.${example.methodName}()`
        : undefined,
    streamCall: streamExample(model),
    resources: model.resources.map((resource) => ({
      propertyName: resource.propertyName,
      description: resource.description.split("\n")[0] ?? "",
      operations: resource.operations.map((operation) => ({
        call: `${resource.propertyName}.${operation.methodName}`,
        method: operation.method,
        path: operation.path,
        summary: (operation.summary || operation.description.split("\n")[0] || "").replace(/\|/g, "\\|"),
        deprecated: operation.deprecated,
      })),
    })),
  };
}

export function emitPackageFiles(model: ApiModel, earlier: readonly OutputFile[]): OutputFile[] {
  const imports = packageImports(earlier);
  const view = {
    ...readmeView(model),
    packageNameJson: JSON.stringify(model.packageName),
    licenseJson: JSON.stringify(model.license),
    importsJson: Object.keys(imports).length > 0 ? JSON.stringify(imports) : undefined,
    descriptionJson: JSON.stringify(`Typed client for ${model.title}`),
    versionJson: JSON.stringify(model.version.match(/^\d+\.\d+\.\d+/) ? model.version : "0.0.0"),
  };
  return [
    { path: "package.json", contents: render("package.json.hbs", view), kind: "json" },
    { path: "tsconfig.json", contents: render("tsconfig.json.hbs", view), kind: "jsonc" },
    { path: "tsconfig.build.json", contents: render("tsconfig.build.json.hbs", view), kind: "jsonc" },
    { path: "README.md", contents: render("README.md.hbs", view), kind: "md" },
  ];
}

export const packageEmitter: Emitter = {
  name: "package",
  emit: async (model, { earlier }) => emitPackageFiles(model, await earlier()),
};
