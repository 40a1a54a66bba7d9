/**
 * The contract suite's plan for one package (generator/contract-runtime/api.ts `ContractPlan`):
 * which client method sends each operation and what it returns (a result, pages, a stream), the
 * media type its body goes as, the resources whose stateful sequences run, and the credential
 * options with their environment variables. Resources come from the mock engine's own inference
 * (`inferResources`, over the same data the mock emitter writes), so a sequence exercises exactly
 * the resources the package's mock keeps, `x-mock-resource` hints included: one rule, not two
 * readings of the paths that could drift apart.
 */
import type { MockApi } from "../../mock-runtime/api.js";
import { inferResources } from "../../mock-runtime/resources.js";
import type { ApiModel } from "../../model/types.js";
import { operationTypes } from "../client/operation-types.js";
import { credentialVariables } from "../credential-variables.js";
import { mockApiOf } from "../mock/mock-api.js";
import { mockCredentials } from "../mock-credentials.js";
import { requestContent } from "../request-content.js";

export function contractPlanOf(model: ApiModel) {
  const bindings: Array<[string, unknown]> = [];
  for (const resource of model.resources) {
    for (const operation of resource.operations) {
      const types = operationTypes(operation, model);
      bindings.push([
        operation.id,
        {
          resource: resource.propertyName,
          method: operation.methodName,
          returns: types.itemType ? "page" : types.streamOnly ? "stream" : "call",
          ...(types.eventType && !types.streamOnly ? { streamMethod: operation.streamMethodName } : {}),
          ...(requestContent(operation) ? { body: requestContent(operation)?.mediaType } : {}),
          args: Object.fromEntries(
            operation.parameters.map((parameter) => [`${parameter.in} ${parameter.name}`, parameter.argName]),
          ),
        },
      ]);
    }
  }
  const { resources, roles } = inferResources(mockApiOf(model) as MockApi);
  const mockValues = new Map(mockCredentials(model).map((entry) => [entry.option, entry.value]));
  return {
    bindings,
    resources: resources.flatMap((resource) => {
      const members = [...roles].filter(([, role]) => role.resource === resource);
      const idParam = members.find(([, role]) => role.idParam !== undefined)?.[1].idParam;
      if (idParam === undefined || resource.operations.create === undefined) return [];
      return [
        {
          collection: resource.key,
          idParam,
          roles: Object.fromEntries(
            Object.entries(resource.operations).map(([role, operation]) => [role, operation.id]),
          ),
        },
      ];
    }),
    credentials: credentialsOf(model, mockValues),
  };
}

/**
 * The credential variables (emit/credential-variables.ts: each credential option's, and each
 * input of a token flow's) with the value the package's mock accepts, where it has one: a made-up token
 * would be refused, so token options get none and the client logs in with the inputs instead.
 */
function credentialsOf(model: ApiModel, mockValues: ReadonlyMap<string, string>) {
  const basic = new Set(
    model.securitySchemes
      .filter((scheme) => scheme.type === "http" && scheme.scheme === "basic")
      .flatMap((scheme) => scheme.options),
  );
  return credentialVariables(model).map((credential) => {
    const mockValue = mockValues.get(credential.option);
    return {
      ...credential,
      ...(mockValue === undefined ? {} : { mockValue }),
      ...(basic.has(credential.option) ? { basic: true } : {}),
    };
  });
}
