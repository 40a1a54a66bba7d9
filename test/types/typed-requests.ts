/**
 * Compile-time checks of the types generated code gives callers, run by `tsc` in `npm test`
 * (`npm run typecheck`): each call below must compile, and each `@ts-expect-error` must meet an
 * error, or the type check fails. Nothing here runs; the functions are never called. They cover
 * the typed low-level `client.request(method, path, init)` (a group of parameters is required
 * when it has a required member, optional otherwise, absent when the operation has none; the body
 * as declared), resource methods whose body is an `allOf` that makes inherited members required,
 * and the result and response a method's `withResponse()` gives.
 */
import type * as customgpt from "../../generated/customgpt/src/index.js";
import type { TypedRequestArgs, TypedRequestInit } from "../../generator/runtime/types.js";
import type { paths as EdgePaths } from "../__snapshots__/naming-edge-cases/src/types.js";

export function vendorRequests(api: customgpt.CustomGPT) {
  return [
    api.request("get", "/api/v1/projects/{projectId}", { path: { projectId: 1 }, query: { width: "50%" } }),
    api.request("get", "/api/v1/projects/{projectId}", { path: { projectId: 1 } }),
    api.request("get", "/api/v1/projects"),
    api.request("get", "/api/v1/projects", { query: { page: 2 } }),
    api.request("post", "/api/v1/projects", { body: { project_name: "x" } }),
    // @ts-expect-error the path parameter is required
    api.request("get", "/api/v1/projects/{projectId}"),
    // @ts-expect-error the path parameter is required
    api.request("get", "/api/v1/projects/{projectId}", { query: { width: "50%" } }),
    // @ts-expect-error not a query parameter of this operation
    api.request("get", "/api/v1/projects", { query: { pages: 2 } }),
    // @ts-expect-error this operation takes no request body
    api.request("get", "/api/v1/projects", { body: {} }),
    // @ts-expect-error the request body is required
    api.request("post", "/api/v1/projects", {}),
    // `allOf: [AgentForm, {required: [project_name]}]`: AgentForm with project_name required.
    api.agents.create({ body: { project_name: "x", file: new Blob(["doc"]) } }),
    // @ts-expect-error project_name is required
    api.agents.create({ body: { sitemap_path: "https://example.com/sitemap.xml" } }),
  ];
}

export async function withResponse(api: customgpt.CustomGPT): Promise<[customgpt.GetAgentResponse, Response]> {
  const { data, response } = await api.agents.get({ projectId: 1 }).withResponse();
  return [data, response];
}

export async function resultType(api: customgpt.CustomGPT): Promise<customgpt.ListAgentsResponse> {
  // @ts-expect-error the result is one agent, not the list
  return await api.agents.get({ projectId: 1 });
}

type GetItems = EdgePaths["/items"]["get"];

export const headerGroup: TypedRequestInit<GetItems> = { header: { "X-Trace-Id": "t-1" }, query: { ids: [1] } };
// @ts-expect-error not a header parameter of this operation
export const unknownHeader: TypedRequestInit<GetItems> = { header: { "X-Other": "t-1" } };
// @ts-expect-error this operation has no cookie parameters
export const noCookies: TypedRequestInit<GetItems> = { cookie: { session: "s" } };
export const initMayBeLeftOut: TypedRequestArgs<GetItems> = [];
