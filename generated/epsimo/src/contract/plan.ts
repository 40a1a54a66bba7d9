// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Epsimo Agent Platform API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "signup",
      {
        resource: "auth",
        method: "signup",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
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
      "getThreadInfo",
      {
        resource: "auth",
        method: "getThreadInfo",
        returns: "call",
        args: {},
      },
    ],
    [
      "listProjects",
      {
        resource: "projects",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
    [
      "createProject",
      {
        resource: "projects",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "getProject",
      {
        resource: "projects",
        method: "get",
        returns: "call",
        args: {
          "path project_id": "project_id",
        },
      },
    ],
    [
      "updateProject",
      {
        resource: "projects",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path project_id": "project_id",
        },
      },
    ],
    [
      "deleteProject",
      {
        resource: "projects",
        method: "delete",
        returns: "call",
        args: {
          "path project_id": "project_id",
          "query confirm": "confirm",
        },
      },
    ],
    [
      "listAssistants",
      {
        resource: "assistants",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
    [
      "createAssistant",
      {
        resource: "assistants",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "getAssistant",
      {
        resource: "assistants",
        method: "get",
        returns: "call",
        args: {
          "path assistant_id": "assistant_id",
        },
      },
    ],
    [
      "updateAssistant",
      {
        resource: "assistants",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path assistant_id": "assistant_id",
        },
      },
    ],
    [
      "deleteAssistant",
      {
        resource: "assistants",
        method: "delete",
        returns: "call",
        args: {
          "path assistant_id": "assistant_id",
        },
      },
    ],
    [
      "listFiles",
      {
        resource: "files",
        method: "list",
        returns: "call",
        args: {
          "path assistant_id": "assistant_id",
        },
      },
    ],
    [
      "uploadFiles",
      {
        resource: "files",
        method: "upload",
        returns: "call",
        body: "multipart/form-data",
        args: {
          "path assistant_id": "assistant_id",
        },
      },
    ],
    [
      "deleteFile",
      {
        resource: "files",
        method: "delete",
        returns: "call",
        args: {
          "path assistant_id": "assistant_id",
          "path file_id": "file_id",
        },
      },
    ],
    [
      "listThreads",
      {
        resource: "threads",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
    [
      "createThread",
      {
        resource: "threads",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "getThread",
      {
        resource: "threads",
        method: "get",
        returns: "call",
        args: {
          "path thread_id": "thread_id",
        },
      },
    ],
    [
      "deleteThread",
      {
        resource: "threads",
        method: "delete",
        returns: "call",
        args: {
          "path thread_id": "thread_id",
        },
      },
    ],
    [
      "getThreadState",
      {
        resource: "threads",
        method: "getThreadState",
        returns: "call",
        args: {
          "path thread_id": "thread_id",
        },
      },
    ],
    [
      "updateThreadState",
      {
        resource: "threads",
        method: "updateThreadState",
        returns: "call",
        body: "application/json",
        args: {
          "path thread_id": "thread_id",
        },
      },
    ],
    [
      "getThreadHistory",
      {
        resource: "threads",
        method: "getThreadHistory",
        returns: "call",
        args: {
          "path thread_id": "thread_id",
        },
      },
    ],
    [
      "listMessages",
      {
        resource: "messages",
        method: "list",
        returns: "page",
        args: {
          "path thread_id": "thread_id",
          "query limit": "limit",
          "query before": "before",
        },
      },
    ],
    [
      "createMessage",
      {
        resource: "messages",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {
          "path thread_id": "thread_id",
        },
      },
    ],
    [
      "streamRun",
      {
        resource: "runs",
        method: "stream",
        returns: "stream",
        body: "application/json",
        args: {},
      },
    ],
    [
      "getCreditBalance",
      {
        resource: "credits",
        method: "getCreditBalance",
        returns: "call",
        args: {},
      },
    ],
    [
      "createCheckoutSession",
      {
        resource: "credits",
        method: "createCheckoutSession",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
  ],
  resources: [
    {
      collection: "/projects",
      idParam: "project_id",
      roles: {
        list: "listProjects",
        create: "createProject",
        read: "getProject",
        update: "updateProject",
        delete: "deleteProject",
      },
    },
    {
      collection: "/assistants",
      idParam: "assistant_id",
      roles: {
        list: "listAssistants",
        create: "createAssistant",
        read: "getAssistant",
        replace: "updateAssistant",
        delete: "deleteAssistant",
      },
    },
    {
      collection: "/assistants/{assistant_id}/files",
      idParam: "file_id",
      roles: {
        list: "listFiles",
        create: "uploadFiles",
        delete: "deleteFile",
      },
    },
    {
      collection: "/threads",
      idParam: "thread_id",
      roles: {
        list: "listThreads",
        create: "createThread",
        read: "getThread",
        delete: "deleteThread",
      },
    },
  ],
  credentials: [
    {
      option: "userToken",
      scheme: "userToken",
      env: "EPSIMO_USER_TOKEN",
    },
    {
      option: "projectToken",
      scheme: "projectToken",
      env: "EPSIMO_PROJECT_TOKEN",
    },
    {
      option: "email",
      scheme: "userToken",
      env: "EPSIMO_EMAIL",
      mockValue: "user@example.com",
    },
    {
      option: "password",
      scheme: "userToken",
      env: "EPSIMO_PASSWORD",
      mockValue: "secure-password",
    },
    {
      option: "projectId",
      scheme: "projectToken",
      env: "EPSIMO_PROJECT_ID",
      mockValue: "proj_abc123",
    },
  ],
};
