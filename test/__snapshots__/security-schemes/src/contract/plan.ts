// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Secure API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "login",
      {
        resource: "auth",
        method: "login",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "getWorkspace",
      {
        resource: "workspaces",
        method: "get",
        returns: "call",
        args: {
          "path workspace_id": "workspace_id",
        },
      },
    ],
    [
      "listDocuments",
      {
        resource: "documents",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
    [
      "listKeys",
      {
        resource: "keys",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [
    {
      option: "session",
      scheme: "session",
      env: "SECURITY_SCHEMES_SESSION",
    },
    {
      option: "workspace",
      scheme: "workspace",
      env: "SECURITY_SCHEMES_WORKSPACE",
    },
    {
      option: "publicKey",
      scheme: "pair",
      env: "SECURITY_SCHEMES_PUBLIC_KEY",
      mockValue: "test-key",
    },
    {
      option: "secretKey",
      scheme: "pair",
      env: "SECURITY_SCHEMES_SECRET_KEY",
      mockValue: "test-key",
    },
    {
      option: "basicAuth",
      scheme: "basicAuth",
      env: "SECURITY_SCHEMES_BASIC_AUTH",
      mockValue: "test-key",
      basic: true,
    },
    {
      option: "queryKey",
      scheme: "queryKey",
      env: "SECURITY_SCHEMES_QUERY_KEY",
      mockValue: "test-key",
    },
    {
      option: "cookieKey",
      scheme: "cookieKey",
      env: "SECURITY_SCHEMES_COOKIE_KEY",
      mockValue: "test-key",
    },
    {
      option: "email",
      scheme: "session",
      env: "SECURITY_SCHEMES_EMAIL",
      mockValue: "test-email",
    },
    {
      option: "password",
      scheme: "session",
      env: "SECURITY_SCHEMES_PASSWORD",
      mockValue: "test-password",
    },
    {
      option: "workspaceId",
      scheme: "workspace",
      env: "SECURITY_SCHEMES_WORKSPACE_ID",
      mockValue: "test-workspaceId",
    },
  ],
};
