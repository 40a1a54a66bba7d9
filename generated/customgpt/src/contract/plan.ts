// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives CustomGPT.ai API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "listAgents",
      {
        resource: "agents",
        method: "list",
        returns: "page",
        args: {
          "query page": "page",
          "query duration": "duration",
          "query order": "order",
          "query orderBy": "orderBy",
          "query width": "width",
          "query height": "height",
          "query name": "name",
        },
      },
    ],
    [
      "createAgent",
      {
        resource: "agents",
        method: "create",
        returns: "call",
        body: "multipart/form-data",
        args: {},
      },
    ],
    [
      "getAgent",
      {
        resource: "agents",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "query width": "width",
          "query height": "height",
        },
      },
    ],
    [
      "updateAgent",
      {
        resource: "agents",
        method: "update",
        returns: "call",
        body: "multipart/form-data",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "deleteAgent",
      {
        resource: "agents",
        method: "delete",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "replicateAgent",
      {
        resource: "agents",
        method: "replicate",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getAgentStats",
      {
        resource: "agents",
        method: "getAgentStats",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "listConversations",
      {
        resource: "conversations",
        method: "list",
        returns: "page",
        args: {
          "path projectId": "projectId",
          "query page": "page",
          "query order": "order",
          "query orderBy": "orderBy",
          "query userFilter": "userFilter",
          "query name": "name",
        },
      },
    ],
    [
      "createConversation",
      {
        resource: "conversations",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getConversation",
      {
        resource: "conversations",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
        },
      },
    ],
    [
      "updateConversation",
      {
        resource: "conversations",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
        },
      },
    ],
    [
      "deleteConversation",
      {
        resource: "conversations",
        method: "delete",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
        },
      },
    ],
    [
      "shareConversation",
      {
        resource: "conversations",
        method: "share",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
        },
      },
    ],
    [
      "sendMessage",
      {
        resource: "conversations",
        method: "sendMessage",
        returns: "call",
        streamMethod: "sendMessageStream",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
          "query stream": "stream",
          "query lang": "lang",
          "query external_id": "external_id",
        },
      },
    ],
    [
      "createChatCompletion",
      {
        resource: "conversations",
        method: "createChatCompletion",
        returns: "call",
        streamMethod: "createChatCompletionStream",
        body: "application/json",
        args: {
          "path projectId": "projectId",
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
          "path projectId": "projectId",
          "path sessionId": "sessionId",
          "query page": "page",
          "query order": "order",
        },
      },
    ],
    [
      "getMessage",
      {
        resource: "messages",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
          "path promptId": "promptId",
        },
      },
    ],
    [
      "updateMessageFeedback",
      {
        resource: "messages",
        method: "updateMessageFeedback",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
          "path promptId": "promptId",
        },
      },
    ],
    [
      "listMessageClaims",
      {
        resource: "messages",
        method: "listMessageClaims",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
          "path promptId": "promptId",
        },
      },
    ],
    [
      "getMessageTrustScore",
      {
        resource: "messages",
        method: "getMessageTrustScore",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
          "path promptId": "promptId",
        },
      },
    ],
    [
      "verifyMessage",
      {
        resource: "messages",
        method: "verify",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sessionId": "sessionId",
          "path promptId": "promptId",
        },
      },
    ],
    [
      "listSources",
      {
        resource: "sources",
        method: "list",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "createSource",
      {
        resource: "sources",
        method: "create",
        returns: "call",
        body: "multipart/form-data",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getSource",
      {
        resource: "sources",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sourceId": "sourceId",
        },
      },
    ],
    [
      "updateSource",
      {
        resource: "sources",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path sourceId": "sourceId",
        },
      },
    ],
    [
      "deleteSource",
      {
        resource: "sources",
        method: "delete",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sourceId": "sourceId",
        },
      },
    ],
    [
      "syncSource",
      {
        resource: "sources",
        method: "sync",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path sourceId": "sourceId",
        },
      },
    ],
    [
      "listPages",
      {
        resource: "pages",
        method: "list",
        returns: "page",
        args: {
          "path projectId": "projectId",
          "query page": "page",
          "query limit": "limit",
          "query order": "order",
          "query crawl_status": "crawl_status",
          "query index_status": "index_status",
        },
      },
    ],
    [
      "deletePage",
      {
        resource: "pages",
        method: "delete",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path pageId": "pageId",
        },
      },
    ],
    [
      "reindexPage",
      {
        resource: "pages",
        method: "reindex",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path pageId": "pageId",
        },
      },
    ],
    [
      "listPageLabels",
      {
        resource: "pages",
        method: "listPageLabels",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path pageId": "pageId",
        },
      },
    ],
    [
      "addPageLabels",
      {
        resource: "pages",
        method: "addPageLabels",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path pageId": "pageId",
        },
      },
    ],
    [
      "removePageLabels",
      {
        resource: "pages",
        method: "removePageLabels",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path pageId": "pageId",
        },
      },
    ],
    [
      "getPageMetadata",
      {
        resource: "pages",
        method: "getPageMetadata",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path pageId": "pageId",
        },
      },
    ],
    [
      "updatePageMetadata",
      {
        resource: "pages",
        method: "updatePageMetadata",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path pageId": "pageId",
        },
      },
    ],
    [
      "getCustomerIntelligence",
      {
        resource: "reports",
        method: "getCustomerIntelligence",
        returns: "page",
        args: {
          "path projectId": "projectId",
          "query page": "page",
          "query limit": "limit",
          "query start_date": "start_date",
          "query end_date": "end_date",
        },
      },
    ],
    [
      "getTrafficReport",
      {
        resource: "reports",
        method: "getTraffic",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "query filters": "filters",
        },
      },
    ],
    [
      "getQueriesReport",
      {
        resource: "reports",
        method: "getQueries",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "query filters": "filters",
        },
      },
    ],
    [
      "getConversationsReport",
      {
        resource: "reports",
        method: "getConversations",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "query filters": "filters",
        },
      },
    ],
    [
      "getAnalysisReport",
      {
        resource: "reports",
        method: "getAnalysis",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "query filters": "filters",
          "query interval": "interval",
        },
      },
    ],
    [
      "listLeads",
      {
        resource: "reports",
        method: "listLeads",
        returns: "page",
        args: {
          "path projectId": "projectId",
          "query page": "page",
        },
      },
    ],
    [
      "exportLeads",
      {
        resource: "reports",
        method: "exportLeads",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getSettings",
      {
        resource: "settings",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "updateSettings",
      {
        resource: "settings",
        method: "update",
        returns: "call",
        body: "multipart/form-data",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "listPersonas",
      {
        resource: "personas",
        method: "list",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "createPersona",
      {
        resource: "personas",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "updatePersona",
      {
        resource: "personas",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path personaId": "personaId",
        },
      },
    ],
    [
      "getCitation",
      {
        resource: "citations",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path citationId": "citationId",
        },
      },
    ],
    [
      "previewCitationFile",
      {
        resource: "citations",
        method: "previewCitationFile",
        returns: "call",
        args: {
          "path id": "id",
        },
      },
    ],
    [
      "listLabels",
      {
        resource: "labels",
        method: "list",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "assignLabelUsers",
      {
        resource: "labels",
        method: "assignLabelUsers",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "createLabel",
      {
        resource: "labels",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getLabelUserMappings",
      {
        resource: "labels",
        method: "getLabelUserMappings",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "setLabelUserMappings",
      {
        resource: "labels",
        method: "setLabelUserMappings",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getLabel",
      {
        resource: "labels",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path labelId": "labelId",
        },
      },
    ],
    [
      "updateLabel",
      {
        resource: "labels",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path labelId": "labelId",
        },
      },
    ],
    [
      "deleteLabel",
      {
        resource: "labels",
        method: "delete",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path labelId": "labelId",
        },
      },
    ],
    [
      "listLicenses",
      {
        resource: "licenses",
        method: "list",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "createLicense",
      {
        resource: "licenses",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getLicense",
      {
        resource: "licenses",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path licenseId": "licenseId",
        },
      },
    ],
    [
      "updateLicense",
      {
        resource: "licenses",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
          "path licenseId": "licenseId",
        },
      },
    ],
    [
      "deleteLicense",
      {
        resource: "licenses",
        method: "delete",
        returns: "call",
        args: {
          "path projectId": "projectId",
          "path licenseId": "licenseId",
        },
      },
    ],
    [
      "getPlugin",
      {
        resource: "plugins",
        method: "get",
        returns: "call",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "updatePlugin",
      {
        resource: "plugins",
        method: "update",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "createPlugin",
      {
        resource: "plugins",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {
          "path projectId": "projectId",
        },
      },
    ],
    [
      "getUser",
      {
        resource: "users",
        method: "get",
        returns: "call",
        args: {},
      },
    ],
    [
      "updateUser",
      {
        resource: "users",
        method: "update",
        returns: "call",
        body: "multipart/form-data",
        args: {},
      },
    ],
    [
      "searchTeamMembers",
      {
        resource: "users",
        method: "searchTeamMembers",
        returns: "call",
        args: {
          "query query": "query",
        },
      },
    ],
    [
      "getUsageLimits",
      {
        resource: "users",
        method: "getUsageLimits",
        returns: "call",
        args: {},
      },
    ],
  ],
  resources: [
    {
      collection: "/api/v1/projects",
      idParam: "projectId",
      roles: {
        list: "listAgents",
        create: "createAgent",
        read: "getAgent",
        update: "updateAgent",
        delete: "deleteAgent",
      },
    },
    {
      collection: "/api/v1/projects/{projectId}/conversations",
      idParam: "sessionId",
      roles: {
        list: "listConversations",
        create: "createConversation",
        read: "getConversation",
        replace: "updateConversation",
        delete: "deleteConversation",
      },
    },
    {
      collection: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages",
      idParam: "promptId",
      roles: {
        list: "listMessages",
        create: "sendMessage",
        read: "getMessage",
      },
    },
    {
      collection: "/api/v1/projects/{projectId}/sources",
      idParam: "sourceId",
      roles: {
        list: "listSources",
        create: "createSource",
        read: "getSource",
        replace: "updateSource",
        delete: "deleteSource",
      },
    },
    {
      collection: "/api/v1/projects/{projectId}/personas",
      idParam: "personaId",
      roles: {
        list: "listPersonas",
        create: "createPersona",
        replace: "updatePersona",
      },
    },
    {
      collection: "/api/v1/projects/{projectId}/labels",
      idParam: "labelId",
      roles: {
        list: "listLabels",
        create: "createLabel",
        read: "getLabel",
        replace: "updateLabel",
        delete: "deleteLabel",
      },
    },
    {
      collection: "/api/v1/projects/{projectId}/licenses",
      idParam: "licenseId",
      roles: {
        list: "listLicenses",
        create: "createLicense",
        read: "getLicense",
        replace: "updateLicense",
        delete: "deleteLicense",
      },
    },
  ],
  credentials: [
    {
      option: "apiKey",
      scheme: "apiKey",
      env: "CUSTOMGPT_API_KEY",
      mockValue: "test-key",
    },
  ],
};
