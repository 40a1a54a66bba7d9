/**
 * The contract suite of a package: `src/contract/plan.ts` (contract-plan.ts's data) and
 * `src/contract/index.ts`, the package's `./contract` entry, which binds the copied checks engine
 * to the package's client and to the mock's data (`src/mock/api.ts`: the schema document travels
 * in the package once). The engine is copied by the contract-engine emitter. The client's files
 * import nothing of this.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import type { Emitter } from "../emitter.js";
import type { SourcePrinter } from "../source-printer.js";
import { jsDocSafe } from "../ts-helpers.js";
import { contractPlanOf } from "./contract-plan.js";

export const CONTRACT_ENGINE_DIR = "src/contract/engine";

function emitPlanFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  return sources.print("src/contract/plan.ts", {
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./engine/api.js",
        isTypeOnly: true,
        namedImports: ["ContractPlan"],
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [
          {
            description: `How the contract suite drives ${jsDocSafe(model.title)}: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables.`,
          },
        ],
        declarations: [
          { name: "contractPlan", type: "ContractPlan", initializer: JSON.stringify(contractPlanOf(model), null, 2) },
        ],
      },
    ],
  });
}

function emitIndexFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  return sources.print("src/contract/index.ts", {
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "../client.js",
        namedImports: [model.clientName, { name: `${model.clientName}Options`, isTypeOnly: true }],
      },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../mock/api.js", namedImports: ["mockApi"] },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./engine/credentials.js",
        namedImports: [
          { name: "CredentialValue", isTypeOnly: true },
          { name: "credentialsFromEnv", alias: "credentialsIn" },
          { name: "mockCredentials", alias: "credentialsForMock" },
        ],
      },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./engine/run.js",
        namedImports: [
          { name: "ContractOptions", isTypeOnly: true },
          { name: "ContractResult", isTypeOnly: true },
          { name: "runContract", alias: "runEngine" },
        ],
      },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./plan.js", namedImports: ["contractPlan"] },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./engine/index.js",
        isTypeOnly: true,
        namedExports: [
          "CheckId",
          "ContractOptions",
          "ContractPlan",
          "ContractResult",
          "CredentialValue",
          "OperationOutcome",
          "Problem",
          "ProgressEvent",
          "SequenceOutcome",
        ],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./engine/report.js",
        namedExports: ["progressLine", "summaryLine", "toJson", "toJUnit"],
      },
      { kind: StructureKind.ExportDeclaration, namedExports: ["contractPlan"] },
      {
        kind: StructureKind.Function,
        name: "runContract",
        isExported: true,
        docs: [
          {
            description: `Runs the contract suite of ${jsDocSafe(model.title)} against \`options.baseUrl\` through the ${model.clientName} client: every operation's answers checked against the spec (status, content type, headers, schema), negative data, auth, stateful sequences and pagination. Reads only unless \`allowWrites\` is set.`,
          },
        ],
        parameters: [{ name: "options", type: "ContractOptions" }],
        returnType: "Promise<ContractResult>",
        statements: `return runEngine({ api: mockApi, plan: contractPlan, createClient: (clientOptions) => new ${model.clientName}(clientOptions as ${model.clientName}Options) as unknown as Record<string, unknown> }, options);`,
      },
      {
        kind: StructureKind.Function,
        name: "credentialsFromEnv",
        isExported: true,
        docs: [
          {
            description:
              "The credential options found in `env` (e.g. `process.env`), each read from the variable the README names for it.",
          },
        ],
        parameters: [{ name: "env", type: "Readonly<Record<string, string | undefined>>" }],
        returnType: "Record<string, CredentialValue>",
        statements: "return credentialsIn(contractPlan, env);",
      },
      {
        kind: StructureKind.Function,
        name: "mockCredentials",
        isExported: true,
        docs: [{ description: "Credential options the package's own mock accepts." }],
        returnType: "Record<string, CredentialValue>",
        statements: "return credentialsForMock(contractPlan);",
      },
    ],
  });
}

export const contractEmitter: Emitter = {
  name: "contract",
  emit: (model, { sources }) => [emitPlanFile(model, sources), emitIndexFile(model, sources)],
};
