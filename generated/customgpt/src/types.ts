// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { Uploadable } from "./runtime/uploads.js";

export interface paths {
  "/api/v1/projects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List agents
     * @description Returns the account's agents, ten per page.
     */
    get: operations["listAgents"];
    put?: never;
    /**
     * Create an agent
     * @description Creates an agent from a sitemap or URL, or from an uploaded file. The body is multipart
     *     form data, not JSON.
     */
    post: operations["createAgent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Get an agent
     * @description Returns one agent with its embed codes.
     */
    get: operations["getAgent"];
    put?: never;
    /**
     * Update an agent
     * @description Changes an agent's name, sharing or sources. The update is a POST with multipart form data, not a PUT with JSON.
     */
    post: operations["updateAgent"];
    /**
     * Delete an agent
     * @description Deletes an agent; answers 200 with `deleted`, not 204.
     */
    delete: operations["deleteAgent"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/replicate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Clone an agent
     * @description Creates a copy of an agent with its settings and sources.
     */
    post: operations["replicateAgent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/stats": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an agent's statistics
     * @description Returns page, credit and query counts of an agent.
     */
    get: operations["getAgentStats"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List conversations
     * @description Returns an agent's conversations, ten per page.
     */
    get: operations["listConversations"];
    put?: never;
    /**
     * Create a conversation
     * @description Starts a conversation with an agent; its `session_id` identifies it in later calls.
     */
    post: operations["createConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    /**
     * Get a conversation
     * @description Returns one conversation. The vendor does not publish this response's shape; the fields below are inferred from the conversation list.
     */
    get: operations["getConversation"];
    /**
     * Rename a conversation
     * @description Changes a conversation's name.
     */
    put: operations["updateConversation"];
    post?: never;
    /**
     * Delete a conversation
     * @description Deletes a conversation and its messages.
     */
    delete: operations["deleteConversation"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}/share": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Share a conversation
     * @description Makes a conversation readable through a public link. The vendor does not publish this response's shape; the fields below are inferred.
     */
    post: operations["shareConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    /**
     * List a conversation's messages
     * @description Returns the conversation and one page of its messages (the paginator sits under `messages`).
     */
    get: operations["listMessages"];
    put?: never;
    /**
     * Send a message
     * @description Sends a prompt in a conversation and returns the agent's answer with the ids of the
     *     sources it cites. With `stream` set the answer arrives as server-sent events instead
     *     (`progress` chunks, then `finish`). `stream` is a query parameter, not a body field.
     */
    post: operations["sendMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/chat/completions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Chat in the OpenAI format
     * @description Answers an OpenAI-style list of messages with an OpenAI `chat.completion` object, not
     *     wrapped in the envelope. With `stream` the answer arrives as `chat.completion.chunk`
     *     events ending with a literal `[DONE]`.
     */
    post: operations["createChatCompletion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a message
     * @description Returns one message of a conversation.
     */
    get: operations["getMessage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/feedback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Rate an answer
     * @description Records the user's reaction to an answer. The call is a PUT.
     */
    put: operations["updateMessageFeedback"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/claims": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an answer's claims
     * @description Returns the statements an answer makes and whether its sources support each. The vendor does not publish this response's shape; the fields below are inferred.
     */
    get: operations["listMessageClaims"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/trust-score": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an answer's trust score
     * @description Returns how well an answer is grounded in the agent's sources. The vendor does not publish this response's shape; the fields below are inferred.
     */
    get: operations["getMessageTrustScore"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify an answer
     * @description Checks an answer's claims against the agent's sources and returns the claims with a trust score. Each verification uses query credits. The vendor does not publish this response's shape; the fields below are inferred.
     */
    post: operations["verifyMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/sources": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List sources
     * @description Returns an agent's sitemaps and its uploads (one source object holding every uploaded file). Not paginated.
     */
    get: operations["listSources"];
    put?: never;
    /**
     * Add a source
     * @description Adds a sitemap or an uploaded file to an agent. The body is multipart form data, not JSON.
     */
    post: operations["createSource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/sources/{sourceId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The source's id.
         * @example 77
         */
        sourceId: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    /**
     * Get a source
     * @description Returns one source with its settings. The vendor does not publish this response's shape; the fields below are inferred from the source list.
     */
    get: operations["getSource"];
    /**
     * Change a source's refresh settings
     * @description Changes how a sitemap source is crawled and refreshed. Answers 201 although nothing is created.
     */
    put: operations["updateSource"];
    post?: never;
    /**
     * Remove a source
     * @description Removes a source and its pages from an agent.
     */
    delete: operations["deleteSource"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/sources/{sourceId}/instant-sync": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Sync a source now
     * @description Crawls a sitemap source again at once. Answers 201.
     */
    put: operations["syncSource"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/pages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List pages
     * @description Returns the agent and one page of its indexed pages (the paginator sits under `pages`), twenty per page.
     */
    get: operations["listPages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/pages/{pageId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a page
     * @description Removes a page from the agent's index.
     */
    delete: operations["deletePage"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/pages/{pageId}/reindex": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reindex a page
     * @description Crawls and indexes a page again.
     */
    post: operations["reindexPage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/pages/{pageId}/labels": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    /**
     * List a page's labels
     * @description Returns the labels attached to a page. The vendor does not publish this response's shape; the fields below are inferred.
     */
    get: operations["listPageLabels"];
    put?: never;
    /**
     * Add labels to a page
     * @description Attaches labels to a page. The vendor does not publish this operation's request or response shape; the fields below are inferred.
     */
    post: operations["addPageLabels"];
    /**
     * Remove labels from a page
     * @description Detaches labels from a page. The vendor does not publish this operation's request or response shape; the fields below are inferred.
     */
    delete: operations["removePageLabels"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/pages/{pageId}/metadata": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    /**
     * Get a page's metadata
     * @description Returns the title, description, URL and image shown when a page is cited.
     */
    get: operations["getPageMetadata"];
    /**
     * Update a page's metadata
     * @description Changes what is shown when a page is cited.
     */
    put: operations["updatePageMetadata"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/reports/intelligence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get customer intelligence
     * @description Returns analysed queries (intent, emotion, language, location and more), a hundred per page.
     */
    get: operations["getCustomerIntelligence"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/reports/traffic": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get traffic by channel
     * @description Returns how many requests came through each deployment channel.
     */
    get: operations["getTrafficReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/reports/queries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get query statistics
     * @description Returns the number of queries and how they were answered.
     */
    get: operations["getQueriesReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/reports/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get conversation statistics
     * @description Returns the number of conversations and queries per conversation.
     */
    get: operations["getConversationsReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/reports/analysis": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get activity over time
     * @description Returns queries, conversations and queries per conversation per day or week.
     */
    get: operations["getAnalysisReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/reports/leads": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List leads
     * @description Returns the contact details users left in conversations. The vendor does not publish this response's shape; the fields below are inferred (a paginator like the other lists).
     */
    get: operations["listLeads"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/reports/leads/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Export leads
     * @description Starts an export of the agent's leads and returns where to download it. The vendor does not publish this response's shape; the fields below are inferred.
     */
    post: operations["exportLeads"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/settings": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Get an agent's settings
     * @description Returns an agent's appearance and behaviour settings.
     */
    get: operations["getSettings"];
    put?: never;
    /**
     * Update an agent's settings
     * @description Changes any of an agent's settings, including avatar and background images, as multipart
     *     form data; the example questions go in the repeated field `example_questions[]`. The
     *     update is a POST, not a PUT.
     */
    post: operations["updateSettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/personas": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List personas
     * @description Returns the personas an agent can answer as (the settings' `persona_instructions` hold the agent's own persona). The vendor does not publish this response's shape; the fields below are inferred.
     */
    get: operations["listPersonas"];
    put?: never;
    /**
     * Create a persona
     * @description Adds a persona to an agent. The vendor does not publish this operation's request or response shape; the fields below are inferred.
     */
    post: operations["createPersona"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/personas/{personaId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update a persona
     * @description Changes a persona's name, instructions or whether it is active. The vendor does not publish this operation's request or response shape; the fields below are inferred.
     */
    put: operations["updatePersona"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/citations/{citationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a citation's Open Graph data
     * @description Resolves one of the integer ids in a message's `citations` to the cited page's title,
     *     description, URL and image.
     */
    get: operations["getCitation"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/preview/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a cited file
     * @description Returns the file behind a citation of an uploaded document.
     */
    get: operations["previewCitationFile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/labels": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List labels
     * @description Returns an agent's labels. The vendor does not publish this response's shape; the fields below are inferred.
     */
    get: operations["listLabels"];
    /**
     * Assign users to labels
     * @description Sets which team members see each label's pages. For every label given, its `users` list
     *     replaces the current one: users left out lose access, new ones gain it; labels not given
     *     keep theirs. A Custom-plan feature. The vendor does not publish this response's shape.
     */
    put: operations["assignLabelUsers"];
    /**
     * Create a label
     * @description Adds a label to an agent (a Custom-plan feature). The vendor does not publish this operation's request or response shape; the fields below are inferred.
     */
    post: operations["createLabel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/labels/user-mappings": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Get which users see which labels
     * @description Returns, per label, the team members allowed to see its pages. The vendor does not publish this response's shape; the fields below are inferred.
     */
    get: operations["getLabelUserMappings"];
    put?: never;
    /**
     * Set which users see which labels
     * @description Replaces the label-to-users mappings (a Custom-plan feature). The vendor does not publish this operation's request or response shape; the fields below are inferred.
     */
    post: operations["setLabelUserMappings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/labels/{labelId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The label's id.
         * @example 12
         */
        labelId: components["parameters"]["LabelId"];
      };
      cookie?: never;
    };
    /**
     * Get a label
     * @description Returns one label. The vendor does not publish this response's shape; the fields below are inferred.
     */
    get: operations["getLabel"];
    /**
     * Update a label
     * @description Renames a label or changes its description. The vendor does not publish this operation's request or response shape; the fields below are inferred.
     */
    put: operations["updateLabel"];
    post?: never;
    /**
     * Delete a label
     * @description Deletes a label and detaches it from its pages. The vendor does not publish this response's shape; the fields below are inferred.
     */
    delete: operations["deleteLabel"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/licenses": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List an agent's licenses
     * @description Returns the license keys of an agent.
     */
    get: operations["listLicenses"];
    put?: never;
    /**
     * Create a license
     * @description Creates a license key for an agent; the key is returned once, as `licenseKey`.
     */
    post: operations["createLicense"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/licenses/{licenseId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The license's id.
         * @example 3
         */
        licenseId: components["parameters"]["LicenseId"];
      };
      cookie?: never;
    };
    /**
     * Get a license
     * @description Returns one license; the answer carries it under `license`, not `data`.
     */
    get: operations["getLicense"];
    /**
     * Rename a license
     * @description Renames a license; the answer carries it under `license`, not `data`.
     */
    put: operations["updateLicense"];
    post?: never;
    /**
     * Delete a license
     * @description Revokes a license.
     */
    delete: operations["deleteLicense"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/projects/{projectId}/plugins": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Get an agent's plugin
     * @description Returns the agent's ChatGPT plugin listing (one per agent).
     */
    get: operations["getPlugin"];
    /**
     * Update an agent's plugin
     * @description Changes the agent's plugin listing; there is no plugin id, since an agent has one.
     */
    put: operations["updatePlugin"];
    /**
     * Create an agent's plugin
     * @description Creates the agent's ChatGPT plugin listing.
     */
    post: operations["createPlugin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the user
     * @description Returns the user the API key belongs to.
     */
    get: operations["getUser"];
    put?: never;
    /**
     * Update the user
     * @description Changes the user's name or profile photo, as multipart form data.
     */
    post: operations["updateUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/user/search/team-member": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search team members
     * @description Finds members of the user's team by name or email. The vendor does not publish this
     *     response's shape; the fields below are inferred.
     */
    get: operations["searchTeamMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/limits/usage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get usage limits
     * @description Returns the plan's limits and current usage of agents, storage and queries.
     */
    get: operations["getUsageLimits"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A Laravel timestamp such as `2023-05-08 13:06:55` (server time, no zone). */
    Timestamp: string;
    ErrorResponse: {
      /** @constant */
      status: "error";
      /** @description The URL that was requested. */
      url?: string;
      data: {
        /** @description The HTTP status again: 400, 401, 403, 404, 422, 429, 500, 501 or 503. */
        code: number;
        message: string;
      };
    };
    Success: {
      /** @constant */
      status: "success";
    };
    DeletedResponse: components["schemas"]["Success"] & {
      data: {
        deleted: boolean;
      };
    };
    UpdatedResponse: components["schemas"]["Success"] & {
      data: {
        updated: boolean;
      };
    };
    /**
     * @description The page counters of a Laravel length-aware paginator; each `...Page` schema adds the
     *     `data` array of one item type. `next_page_url` and `prev_page_url` are null at the ends,
     *     `from` and `to` are null on an empty page.
     */
    PaginatorMeta: {
      current_page: number;
      first_page_url: string;
      from: number | null;
      last_page: number;
      last_page_url: string;
      next_page_url: string | null;
      path: string;
      per_page: number;
      prev_page_url: string | null;
      to: number | null;
      total: number;
    };
    /** @description An agent. */
    Project: {
      id: number;
      project_name: string;
      sitemap_path?: string | null;
      is_chat_active?: boolean;
      user_id?: number;
      team_id?: number;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      deleted_at?: string | null;
      /** @enum {unknown} */
      type?: "SITEMAP" | "URL";
      is_shared?: boolean;
      /** @description An md5 slug of the public share link. */
      shareable_slug?: string | null;
      shareable_link?: string | null;
      /** @description HTML that embeds the agent. */
      embed_code?: string | null;
      /** @description HTML of the live-chat widget. */
      live_chat_code?: string | null;
      are_licenses_allowed?: boolean;
      subdomain_slug?: string | null;
    };
    ProjectResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["Project"];
    };
    /** @description One page of agents. */
    ProjectPage: components["schemas"]["PaginatorMeta"] & {
      data: components["schemas"]["Project"][];
    };
    ProjectStats: {
      pages_found?: number;
      pages_crawled?: number;
      pages_indexed?: number;
      crawl_credits_used?: number;
      query_credits_used?: number;
      total_queries?: number;
      total_words_indexed?: number;
      total_storage_credits_used?: number;
    };
    /** @description Agent fields sent as multipart form data. */
    AgentForm: {
      /** @description The agent's name. */
      project_name?: string;
      /** @description A sitemap or URL to learn from. */
      sitemap_path?: string;
      /**
       * Format: binary
       * @description A document to learn from.
       */
      file?: Uploadable;
      /** @description Keep the uploaded file (the field name's spelling is the API's). */
      file_data_retension?: boolean;
      is_ocr_enabled?: boolean;
      is_anonymized?: boolean;
    };
    Conversation: {
      id: number;
      name?: string;
      /** @description The agent's id (sometimes serialised as a string). */
      project_id?: number | string;
      created_by?: number | string;
      /** @description The id later calls use. */
      session_id: string;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      deleted_at?: string | null;
    };
    ConversationResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["Conversation"];
    };
    /** @description One page of conversations. */
    ConversationPage: components["schemas"]["PaginatorMeta"] & {
      data: components["schemas"]["Conversation"][];
    };
    /** @description A message of a conversation, the user's prompt and the agent's answer. */
    PromptHistory: {
      id: number;
      user_id?: number | null;
      user_query: string;
      openai_response?: string | null;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      conversation_id?: number;
      /**
       * @description Ids of cited sources; resolve each with getCitation.
       * @default []
       */
      citations?: number[];
      metadata?: {
        user_ip?: string;
        user_agent?: string;
        external_id?: string | null;
        request_source?: string;
      };
      response_feedback?: {
        created_at?: string;
        updated_at?: string;
        user_id?: number | null;
        reaction?: components["schemas"]["Reaction"];
      } | null;
    };
    /** @enum {unknown} */
    Reaction: "liked" | "disliked" | "neutral";
    PromptHistoryResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["PromptHistory"];
    };
    /** @description One page of messages. */
    PromptHistoryPage: components["schemas"]["PaginatorMeta"] & {
      data: components["schemas"]["PromptHistory"][];
    };
    /** @description One streamed event: `progress` carries the next chunk of the answer in `message`, `finish` ends the stream, `error` reports a failure. */
    MessageStreamEvent: {
      /** @enum {unknown} */
      status: "progress" | "finish" | "error";
      message?: string;
      error?: string;
      prompt_id?: number;
      citations?: number[];
    };
    ChatMessage: {
      /** @enum {unknown} */
      role: "system" | "user" | "assistant";
      content: string;
    };
    /** @description An OpenAI `chat.completion` object (not wrapped in the envelope). */
    ChatCompletion: {
      /** @description The message's id, as a string. */
      id: string;
      /** @constant */
      object: "chat.completion";
      created: number;
      model?: string | null;
      usage?: {
        prompt_tokens?: number;
        completion_tokens?: number;
        total_tokens?: number;
        completion_tokens_details?: {
          reasoning_tokens?: number;
          accepted_prediction_tokens?: number;
          rejected_prediction_tokens?: number;
        };
      };
      choices: {
        index?: number;
        message?: components["schemas"]["ChatMessage"];
        logprobs?: null;
        finish_reason?: string | null;
      }[];
    };
    /** @description An OpenAI `chat.completion.chunk` object. */
    ChatCompletionChunk: {
      id?: string;
      /** @constant */
      object?: "chat.completion.chunk";
      created?: number;
      model?: string | null;
      choices: {
        index?: number;
        delta?: {
          role?: string;
          content?: string | null;
        };
        finish_reason?: string | null;
      }[];
    };
    Claim: {
      id?: number;
      /** @description A statement the answer makes. */
      claim?: string;
      /** @enum {unknown} */
      verdict?: "supported" | "unsupported" | "partially_supported";
      citations?: number[];
    };
    TrustScore: {
      score?: number;
      /** @enum {unknown} */
      level?: "low" | "medium" | "high";
      explanation?: string;
    };
    Page: {
      id: number;
      page_url: string;
      /** @description md5 of the URL. */
      page_url_hash?: string;
      project_id?: number;
      s3_path?: string | null;
      crawl_status?: components["schemas"]["PageStatus"];
      index_status?: components["schemas"]["PageStatus"];
      is_file?: boolean;
      is_refreshable?: boolean;
      is_file_kept?: boolean;
      filename?: string | null;
      filesize?: number | null;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      deleted_at?: string | null;
    };
    /** @enum {unknown} */
    PageStatus: "ok" | "queued" | "failed" | "n/a" | "limited";
    /** @description One page of an agent's indexed pages (documents). */
    PagePage: components["schemas"]["PaginatorMeta"] & {
      data: components["schemas"]["Page"][];
    };
    PageMetadata: {
      id: number;
      url?: string | null;
      title?: string | null;
      description?: string | null;
      image?: string | null;
    };
    /** @description The Open Graph data of a cited page (the same fields as a page's metadata). */
    Citation: components["schemas"]["PageMetadata"];
    PageMetadataResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["PageMetadata"];
    };
    SourceSettings: {
      /**
       * @description Run JavaScript when crawling.
       * @default true
       */
      executive_js?: boolean;
      /** @enum {unknown} */
      data_refresh_frequency?: "never" | "daily" | "weekly" | "monthly" | "advanced";
      /** @default true */
      create_new_pages?: boolean;
      /** @default true */
      remove_unexist_pages?: boolean;
      /** @enum {unknown} */
      refresh_existing_pages?: "never" | "always" | "if_updated";
      /** @description For `advanced` refresh, when to refresh. */
      refresh_schedule?: {
        days?: number[];
        hours?: string[];
      }[];
    };
    ProjectSource: {
      id: number;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
      /** @enum {unknown} */
      type: "sitemap" | "upload";
      settings?: components["schemas"]["SourceSettings"] & {
        sitemap_path?: string | null;
      };
      pages?: components["schemas"]["Page"][] | null;
    };
    ProjectSourceResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["ProjectSource"];
    };
    /** @description An agent's appearance and behaviour. */
    ProjectSettings: {
      chatbot_avatar?: string | null;
      /** @enum {unknown} */
      chatbot_background_type?: "image" | "color";
      chatbot_background?: string | null;
      chatbot_background_color?: string | null;
      default_prompt?: string | null;
      example_questions?: string[];
      /** @enum {unknown} */
      response_source?: "default" | "own_content" | "openai_content";
      /** @description Language code of the agent's messages, such as en. */
      chatbot_msg_lang?: string;
      chatbot_color?: string | null;
      chatbot_toolbar_color?: string | null;
      persona_instructions?: string | null;
      citations_answer_source_label_msg?: string | null;
      citations_sources_label_msg?: string | null;
      hang_in_there_msg?: string | null;
      chatbot_siesta_msg?: string | null;
      is_loading_indicator_enabled?: boolean | null;
      /**
       * @default 3
       * @enum {unknown}
       */
      enable_citations?: 0 | 1 | 2 | 3 | null;
      enable_feedbacks?: boolean | null;
      /** @enum {unknown} */
      citations_view_type?: "user" | "show" | "hide" | null;
      /** @enum {unknown} */
      image_citation_display?: "default" | "first_only" | null;
      no_answer_message?: string | null;
      ending_message?: string | null;
      try_asking_questions_msg?: string | null;
      view_more_msg?: string | null;
      view_less_msg?: string | null;
      remove_branding?: boolean | null;
      private_deployment?: boolean | null;
      enable_recaptcha_for_public_chatbots?: boolean | null;
      chatbot_model?: components["schemas"]["ChatbotModel"] | null;
      is_selling_enabled?: boolean | null;
      license_slug?: string | null;
      selling_url?: string | null;
      can_share_conversation?: boolean | null;
      can_export_conversation?: boolean | null;
      hide_sources_from_responses?: boolean | null;
      input_field_addendum?: string | null;
      user_avatar_enabled?: boolean;
      user_avatar?: string | null;
      spotlight_avatar_enabled?: boolean;
      spotlight_avatar?: string | null;
      /** @enum {unknown} */
      spotlight_avatar_shape?: "circle" | "rectangle";
      /** @enum {unknown} */
      spotlight_avatar_type?: "default" | "image";
      /** @enum {unknown} */
      user_avatar_orientation?:
        | "agent-left-user-right"
        | "agent-right-user-right"
        | "agent-right-user-left"
        | "agent-left-user-left";
      chatbot_title?: string | null;
      chatbot_title_color?: string | null;
      enable_inline_citations_api?: boolean | null;
      conversation_time_window?: boolean | null;
      /** @enum {unknown} */
      conversation_retention_period?: "custom" | "year" | "never";
      conversation_retention_days?: number | null;
      use_context_aware_starter_question?: boolean | null;
      enable_agent_knowledge_base_awareness?: boolean;
      markdown_enabled?: boolean;
    };
    /** @enum {unknown} */
    ChatbotModel:
      | "gpt-4-o"
      | "gpt-4-1"
      | "gpt-4o-mini"
      | "gpt-4-1-mini"
      | "claude-3-sonnet"
      | "claude-3.5-sonnet"
      | "gpt-o4-mini-low"
      | "gpt-o4-mini-medium"
      | "gpt-o4-mini-high";
    Persona: {
      id: number;
      name: string;
      instructions?: string;
      is_active?: boolean;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
    };
    PersonaInput: {
      name?: string;
      instructions?: string;
      is_active?: boolean;
    };
    PersonaResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["Persona"];
    };
    Label: {
      id: number;
      name: string;
      description?: string | null;
      project_id?: number;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
    };
    LabelInput: {
      name?: string;
      description?: string;
    };
    LabelResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["Label"];
    };
    LabelListResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["Label"][];
    };
    LabelUserMapping: {
      label_id?: number;
      /** @description Emails of the team members who may see the label's pages. */
      users?: string[];
    };
    LabelUserMappingsResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["LabelUserMapping"][];
    };
    ProjectLicense: {
      name: string;
      /** Format: uuid */
      key: string;
      project_id?: number;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
    };
    /** @description One license; note the key `license`, not `data`. */
    LicenseResponse: {
      /** @constant */
      status: "success";
      license: components["schemas"]["ProjectLicense"];
    };
    User: {
      id: number;
      name?: string;
      /** Format: email */
      email: string;
      current_team_id?: number | null;
      profile_photo_url?: string | null;
      created_at?: components["schemas"]["Timestamp"];
      updated_at?: components["schemas"]["Timestamp"];
    };
    UserResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["User"];
    };
    TeamMember: {
      id: number;
      name?: string;
      /** Format: email */
      email: string;
      role?: string;
    };
    UsageLimits: {
      max_projects_num?: number;
      current_projects_num?: number;
      max_total_storage_credits?: number;
      current_total_storage_credits?: number;
      max_queries?: number;
      current_queries?: number;
    };
    ProjectPlugin: {
      /** @description The plugin's machine name. */
      model_name?: string;
      /** @description The plugin's display name. */
      human_name?: string;
      keywords?: string;
      description?: string;
      logo?: string | null;
      is_active?: boolean;
    };
    ProjectPluginInput: {
      model_name?: string;
      human_name?: string;
      keywords?: string;
      description?: string;
      /** @default false */
      is_active?: boolean;
    };
    ProjectPluginResponse: components["schemas"]["Success"] & {
      data: components["schemas"]["ProjectPlugin"];
    };
    TrafficReport: {
      sources?: {
        /** @enum {unknown} */
        request_source?:
          | "web"
          | "ama"
          | "iframe"
          | "api"
          | "api-openai"
          | "sdk"
          | "slack"
          | "embed"
          | "livechat"
          | "sge"
          | "ai-assistant"
          | "instant-viewer"
          | "mcp";
        request_source_number?: number;
      }[];
    };
    /** @description One bucket of an activity series. */
    AnalysisPoint: {
      /** @description The bucket's label, such as `Sat`. */
      created_at_interval?: string;
      /** @description The bucket's figure: a count, or an average for queries per conversation. */
      queries_number?: number;
    };
    CustomerIntelligence: {
      prompt_id?: number;
      conversation_id?: number;
      project_id?: number;
      user_query?: string;
      ai_response?: string;
      created_at?: components["schemas"]["Timestamp"];
      content_source?: string;
      user_emotion?: string;
      user_intent?: string;
      language?: string;
      feedback?: string | null;
      user_location?: string | null;
      chatbot_deployment?: string;
      browser?: string;
    };
    /** @description One page of analysed queries. */
    CustomerIntelligencePage: components["schemas"]["PaginatorMeta"] & {
      data: components["schemas"]["CustomerIntelligence"][];
    };
    Lead: {
      id?: number;
      name?: string | null;
      /** Format: email */
      email?: string;
      phone?: string | null;
      conversation_id?: number;
      created_at?: components["schemas"]["Timestamp"];
    };
    /** @description One page of leads. */
    LeadPage: components["schemas"]["PaginatorMeta"] & {
      data: components["schemas"]["Lead"][];
    };
  };
  responses: {
    /** @description An argument is invalid. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/abc",
         *       "data": {
         *         "code": 400,
         *         "message": "Agent id must be integer"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The API key is missing or invalid. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects",
         *       "data": {
         *         "code": 401,
         *         "message": "API Token is either missing or invalid"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The action is not allowed for this resource or plan. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/pages/3301/reindex",
         *       "data": {
         *         "code": 403,
         *         "message": "The Document with the id 3301 couldn't have been updated"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The resource does not exist. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042",
         *       "data": {
         *         "code": 404,
         *         "message": "Agent with id 1042 not found"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The message does not exist in this conversation. */
    MessageNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/conversations/9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b/messages/176",
         *       "data": {
         *         "code": 404,
         *         "message": "Conversation message with id 176 not found"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The page (or the page behind a citation) does not exist. */
    PageNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/pages/3301/metadata",
         *       "data": {
         *         "code": 404,
         *         "message": "Page with id 3301 not found"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The source does not exist. */
    SourceNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/sources/77",
         *       "data": {
         *         "code": 404,
         *         "message": "Agent source with id 77 not found"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The license does not exist. */
    LicenseNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/licenses/3",
         *       "data": {
         *         "code": 404,
         *         "message": "Agent license with id 3 not found"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The agent has no plugin yet. */
    PluginNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/plugins",
         *       "data": {
         *         "code": 404,
         *         "message": "Plugin for agent with id 1042 not found"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description An argument has a valid type but an unusable value. */
    UnprocessableEntity: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/licenses",
         *       "data": {
         *         "code": 422,
         *         "message": "License ID is required"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The account's query credits are exhausted (not a per-second rate limit; no rate-limit headers are sent). */
    CreditsExhausted: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/conversations/9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b/messages",
         *       "data": {
         *         "code": 429,
         *         "message": "You have exhausted your current query credits. Please contact customer service (https://customgpt.freshdesk.com/support/home) for further assistance."
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description An unexpected server failure. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects",
         *       "data": {
         *         "code": 500,
         *         "message": "Internal Server Error"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description An argument asks for something not supported yet (for example audio). */
    NotImplemented: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "url": "https://app.customgpt.ai/api/v1/projects/1042/chat/completions",
         *       "data": {
         *         "code": 501,
         *         "message": "audio is not yet supported. Please remove them from your request and try again."
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Deleted. */
    Deleted: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "success",
         *       "data": {
         *         "deleted": true
         *       }
         *     }
         */
        "application/json": components["schemas"]["DeletedResponse"];
      };
    };
    /** @description Updated. */
    Updated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "success",
         *       "data": {
         *         "updated": true
         *       }
         *     }
         */
        "application/json": components["schemas"]["UpdatedResponse"];
      };
    };
  };
  parameters: {
    /**
     * @description The agent's id.
     * @example 1042
     */
    ProjectId: number;
    /**
     * @description The conversation's `session_id`.
     * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
     */
    SessionId: string;
    /**
     * @description The message's id.
     * @example 176
     */
    PromptId: number;
    /**
     * @description The page's id.
     * @example 3301
     */
    PageId: number;
    /**
     * @description The source's id.
     * @example 77
     */
    SourceId: number;
    /**
     * @description The license's id.
     * @example 3
     */
    LicenseId: number;
    /**
     * @description The label's id.
     * @example 12
     */
    LabelId: number;
    /**
     * @description The persona's id.
     * @example 5
     */
    PersonaId: number;
    /** @description Page number, from 1. */
    Page: number;
    /** @description Sort direction. */
    Order: "asc" | "desc";
    /** @description Sort field. */
    OrderBy: "id" | "created_at";
    /** @description Width of the embed code returned with each agent. */
    EmbedWidth: string;
    /** @description Height of the embed code returned with each agent. */
    EmbedHeight: string;
  };
  requestBodies: {
    LabelIds: {
      content: {
        /**
         * @example {
         *       "label_ids": [
         *         12
         *       ]
         *     }
         */
        "application/json": {
          label_ids?: number[];
        };
      };
    };
    LabelInput: {
      content: {
        /**
         * @example {
         *       "name": "Internal",
         *       "description": "Pages only staff may see."
         *     }
         */
        "application/json": components["schemas"]["LabelInput"];
      };
    };
    LicenseInput: {
      content: {
        /**
         * @example {
         *       "name": "Partner portal"
         *     }
         */
        "application/json": {
          name?: string;
        };
      };
    };
    PluginInput: {
      content: {
        /**
         * @example {
         *       "model_name": "support_kb",
         *       "human_name": "Support KB",
         *       "keywords": "returns",
         *       "description": "Answers support questions.",
         *       "is_active": true
         *     }
         */
        "application/json": components["schemas"]["ProjectPluginInput"];
      };
    };
  };
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listAgents: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Only agents created within this many days. */
        duration?: number;
        /** @description Sort direction. */
        order?: components["parameters"]["Order"];
        /** @description Sort field. */
        orderBy?: components["parameters"]["OrderBy"];
        /** @description Width of the embed code returned with each agent. */
        width?: components["parameters"]["EmbedWidth"];
        /** @description Height of the embed code returned with each agent. */
        height?: components["parameters"]["EmbedHeight"];
        /** @description Only agents whose name contains this text. */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of agents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "current_page": 1,
           *         "data": [
           *           {
           *             "id": 1042,
           *             "project_name": "Support Knowledge Base",
           *             "sitemap_path": "https://example.com/sitemap.xml",
           *             "is_chat_active": true,
           *             "user_id": 7,
           *             "team_id": 3,
           *             "created_at": "2023-05-08 13:06:55",
           *             "updated_at": "2023-05-09 09:12:01",
           *             "deleted_at": null,
           *             "type": "SITEMAP",
           *             "is_shared": false,
           *             "shareable_slug": null,
           *             "shareable_link": null,
           *             "embed_code": null,
           *             "live_chat_code": null,
           *             "are_licenses_allowed": false,
           *             "subdomain_slug": null
           *           }
           *         ],
           *         "first_page_url": "https://app.customgpt.ai/api/v1/projects?page=1",
           *         "from": 1,
           *         "last_page": 1,
           *         "last_page_url": "https://app.customgpt.ai/api/v1/projects?page=1",
           *         "next_page_url": null,
           *         "path": "https://app.customgpt.ai/api/v1/projects",
           *         "per_page": 10,
           *         "prev_page_url": null,
           *         "to": 1,
           *         "total": 1
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["ProjectPage"];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  createAgent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["AgentForm"] & {
          project_name: unknown;
        };
      };
    };
    responses: {
      /** @description The new agent. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 1042,
           *         "project_name": "Support Knowledge Base",
           *         "sitemap_path": "https://example.com/sitemap.xml",
           *         "is_chat_active": true,
           *         "user_id": 7,
           *         "team_id": 3,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-09 09:12:01",
           *         "deleted_at": null,
           *         "type": "SITEMAP",
           *         "is_shared": false,
           *         "shareable_slug": null,
           *         "shareable_link": null,
           *         "embed_code": null,
           *         "live_chat_code": null,
           *         "are_licenses_allowed": false,
           *         "subdomain_slug": null
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectResponse"];
        };
      };
      /** @description The name or sitemap is empty, or the plan's agent limit is reached. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "error",
           *       "url": "https://app.customgpt.ai/api/v1/projects",
           *       "data": {
           *         "code": 400,
           *         "message": "Agent name can't be empty"
           *       }
           *     }
           */
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  getAgent: {
    parameters: {
      query?: {
        /** @description Width of the embed code returned with each agent. */
        width?: components["parameters"]["EmbedWidth"];
        /** @description Height of the embed code returned with each agent. */
        height?: components["parameters"]["EmbedHeight"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 1042,
           *         "project_name": "Support Knowledge Base",
           *         "sitemap_path": "https://example.com/sitemap.xml",
           *         "is_chat_active": true,
           *         "user_id": 7,
           *         "team_id": 3,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-09 09:12:01",
           *         "deleted_at": null,
           *         "type": "SITEMAP",
           *         "is_shared": false,
           *         "shareable_slug": null,
           *         "shareable_link": null,
           *         "embed_code": null,
           *         "live_chat_code": null,
           *         "are_licenses_allowed": false,
           *         "subdomain_slug": null
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["AgentForm"] & {
          is_shared?: boolean;
          /** @default false */
          are_licenses_allowed?: boolean;
        };
      };
    };
    responses: {
      /** @description The updated agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 1042,
           *         "project_name": "Support Knowledge Base",
           *         "sitemap_path": "https://example.com/sitemap.xml",
           *         "is_chat_active": true,
           *         "user_id": 7,
           *         "team_id": 3,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-09 09:12:01",
           *         "deleted_at": null,
           *         "type": "SITEMAP",
           *         "is_shared": false,
           *         "shareable_slug": null,
           *         "shareable_link": null,
           *         "embed_code": null,
           *         "live_chat_code": null,
           *         "are_licenses_allowed": false,
           *         "subdomain_slug": null
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Deleted"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  replicateAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The copy. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 1042,
           *         "project_name": "Support Knowledge Base",
           *         "sitemap_path": "https://example.com/sitemap.xml",
           *         "is_chat_active": true,
           *         "user_id": 7,
           *         "team_id": 3,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-09 09:12:01",
           *         "deleted_at": null,
           *         "type": "SITEMAP",
           *         "is_shared": false,
           *         "shareable_slug": null,
           *         "shareable_link": null,
           *         "embed_code": null,
           *         "live_chat_code": null,
           *         "are_licenses_allowed": false,
           *         "subdomain_slug": null
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  getAgentStats: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statistics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "pages_found": 120,
           *         "pages_crawled": 118,
           *         "pages_indexed": 115,
           *         "crawl_credits_used": 118,
           *         "query_credits_used": 940,
           *         "total_queries": 940,
           *         "total_words_indexed": 81234,
           *         "total_storage_credits_used": 12
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["ProjectStats"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listConversations: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Sort direction. */
        order?: components["parameters"]["Order"];
        /** @description Sort field. */
        orderBy?: components["parameters"]["OrderBy"];
        /** @description Whose conversations to return. */
        userFilter?: "all" | "anonymous" | "team_member" | "me";
        /** @description Only conversations whose name contains this text. */
        name?: string;
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of conversations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "current_page": 1,
           *         "data": [
           *           {
           *             "id": 501,
           *             "name": "Support Chat",
           *             "project_id": 1042,
           *             "created_by": 7,
           *             "session_id": "9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b",
           *             "created_at": "2023-06-01 10:00:00",
           *             "updated_at": "2023-06-01 10:05:00",
           *             "deleted_at": null
           *           }
           *         ],
           *         "first_page_url": "https://app.customgpt.ai/api/v1/projects/1042/conversations?page=1",
           *         "from": 1,
           *         "last_page": 1,
           *         "last_page_url": "https://app.customgpt.ai/api/v1/projects/1042/conversations?page=1",
           *         "next_page_url": null,
           *         "path": "https://app.customgpt.ai/api/v1/projects/1042/conversations",
           *         "per_page": 10,
           *         "prev_page_url": null,
           *         "to": 1,
           *         "total": 1
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["ConversationPage"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  createConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "name": "Support Chat"
         *     }
         */
        "application/json": {
          name?: string;
        };
      };
    };
    responses: {
      /** @description The new conversation. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 501,
           *         "name": "Support Chat",
           *         "project_id": 1042,
           *         "created_by": 7,
           *         "session_id": "9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b",
           *         "created_at": "2023-06-01 10:00:00",
           *         "updated_at": "2023-06-01 10:05:00",
           *         "deleted_at": null
           *       }
           *     }
           */
          "application/json": components["schemas"]["ConversationResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 501,
           *         "name": "Support Chat",
           *         "project_id": 1042,
           *         "created_by": 7,
           *         "session_id": "9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b",
           *         "created_at": "2023-06-01 10:00:00",
           *         "updated_at": "2023-06-01 10:05:00",
           *         "deleted_at": null
           *       }
           *     }
           */
          "application/json": components["schemas"]["ConversationResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Returns question"
         *     }
         */
        "application/json": {
          name?: string;
        };
      };
    };
    responses: {
      /** @description The renamed conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 501,
           *         "name": "Support Chat",
           *         "project_id": 1042,
           *         "created_by": 7,
           *         "session_id": "9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b",
           *         "created_at": "2023-06-01 10:00:00",
           *         "updated_at": "2023-06-01 10:05:00",
           *         "deleted_at": null
           *       }
           *     }
           */
          "application/json": components["schemas"]["ConversationResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Deleted"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  shareConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The public link. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "share_url": "https://app.customgpt.ai/shared/conversations/9f3c2a1e"
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              /** Format: uri */
              share_url: string;
            };
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listMessages: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Sort direction. */
        order?: components["parameters"]["Order"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation and a page of messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "conversation": {
           *           "id": 501,
           *           "name": "Support Chat",
           *           "project_id": 1042,
           *           "created_by": 7,
           *           "session_id": "9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b",
           *           "created_at": "2023-06-01 10:00:00",
           *           "updated_at": "2023-06-01 10:05:00",
           *           "deleted_at": null
           *         },
           *         "messages": {
           *           "current_page": 1,
           *           "data": [
           *             {
           *               "id": 176,
           *               "user_id": 7,
           *               "user_query": "What is your return policy?",
           *               "openai_response": "You can return items within 30 days.",
           *               "created_at": "2023-06-01 10:01:00",
           *               "updated_at": "2023-06-01 10:01:04",
           *               "conversation_id": 501,
           *               "citations": [
           *                 88,
           *                 91
           *               ],
           *               "metadata": {
           *                 "user_ip": "203.0.113.7",
           *                 "user_agent": "Mozilla/5.0",
           *                 "external_id": "crm-8812",
           *                 "request_source": "api"
           *               },
           *               "response_feedback": {
           *                 "created_at": "2024-08-27T21:07:20.000000Z",
           *                 "updated_at": "2024-08-27T21:07:20.000000Z",
           *                 "user_id": null,
           *                 "reaction": "liked"
           *               }
           *             }
           *           ],
           *           "first_page_url": "https://app.customgpt.ai/api/v1/projects/1042/conversations/9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b/messages?page=1",
           *           "from": 1,
           *           "last_page": 1,
           *           "last_page_url": "https://app.customgpt.ai/api/v1/projects/1042/conversations/9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b/messages?page=1",
           *           "next_page_url": null,
           *           "path": "https://app.customgpt.ai/api/v1/projects/1042/conversations/9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b/messages",
           *           "per_page": 10,
           *           "prev_page_url": null,
           *           "to": 1,
           *           "total": 1
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              conversation: components["schemas"]["Conversation"];
              messages: components["schemas"]["PromptHistoryPage"];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  sendMessage: {
    parameters: {
      query?: {
        /** @description Answer as server-sent events. */
        stream?: boolean;
        /** @description Language of the answer. */
        lang?: string;
        /** @description Your own id of the end user, stored with the message. */
        external_id?: string;
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "prompt": "What is your return policy?"
         *     }
         */
        "application/json": {
          prompt?: string;
          /** @description Instructions that override the agent's persona for this message. */
          custom_persona?: string;
          chatbot_model?: components["schemas"]["ChatbotModel"];
          /**
           * @default default
           * @enum {unknown}
           */
          response_source?: "default" | "own_content" | "openai_content";
        };
      };
    };
    responses: {
      /** @description The answer, or its events when streaming. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 176,
           *         "user_id": 7,
           *         "user_query": "What is your return policy?",
           *         "openai_response": "You can return items within 30 days.",
           *         "created_at": "2023-06-01 10:01:00",
           *         "updated_at": "2023-06-01 10:01:04",
           *         "conversation_id": 501,
           *         "citations": [
           *           88,
           *           91
           *         ],
           *         "metadata": {
           *           "user_ip": "203.0.113.7",
           *           "user_agent": "Mozilla/5.0",
           *           "external_id": "crm-8812",
           *           "request_source": "api"
           *         },
           *         "response_feedback": {
           *           "created_at": "2024-08-27T21:07:20.000000Z",
           *           "updated_at": "2024-08-27T21:07:20.000000Z",
           *           "user_id": null,
           *           "reaction": "liked"
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["PromptHistoryResponse"];
          /**
           * @example {
           *       "status": "progress",
           *       "message": "You can return items "
           *     }
           */
          "text/event-stream": components["schemas"]["MessageStreamEvent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["CreditsExhausted"];
      500: components["responses"]["ServerError"];
    };
  };
  createChatCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "messages": [
         *         {
         *           "role": "user",
         *           "content": "Hello, what can you help with?"
         *         }
         *       ],
         *       "stream": false
         *     }
         */
        "application/json": {
          messages: components["schemas"]["ChatMessage"][];
          model?: string;
          /** @default false */
          stream?: boolean;
          /** @default en */
          lang?: string;
          external_id?: string;
          /** @default false */
          is_inline_citation?: boolean;
        };
      };
    };
    responses: {
      /** @description The completion, or its chunks when streaming. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "176",
           *       "object": "chat.completion",
           *       "created": 1717000000,
           *       "model": null,
           *       "usage": {
           *         "prompt_tokens": 12,
           *         "completion_tokens": 20,
           *         "total_tokens": 32
           *       },
           *       "choices": [
           *         {
           *           "index": 0,
           *           "message": {
           *             "role": "assistant",
           *             "content": "I can answer questions about our products."
           *           },
           *           "logprobs": null,
           *           "finish_reason": "stop"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["ChatCompletion"];
          /**
           * @example {
           *       "id": "176",
           *       "object": "chat.completion.chunk",
           *       "created": 1717000000,
           *       "model": null,
           *       "choices": [
           *         {
           *           "index": 0,
           *           "delta": {
           *             "content": "I can "
           *           },
           *           "finish_reason": null
           *         }
           *       ]
           *     }
           */
          "text/event-stream": components["schemas"]["ChatCompletionChunk"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["CreditsExhausted"];
      500: components["responses"]["ServerError"];
      501: components["responses"]["NotImplemented"];
    };
  };
  getMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
        /**
         * @description The message's id.
         * @example 176
         */
        promptId: components["parameters"]["PromptId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 176,
           *         "user_id": 7,
           *         "user_query": "What is your return policy?",
           *         "openai_response": "You can return items within 30 days.",
           *         "created_at": "2023-06-01 10:01:00",
           *         "updated_at": "2023-06-01 10:01:04",
           *         "conversation_id": 501,
           *         "citations": [
           *           88,
           *           91
           *         ],
           *         "metadata": {
           *           "user_ip": "203.0.113.7",
           *           "user_agent": "Mozilla/5.0",
           *           "external_id": "crm-8812",
           *           "request_source": "api"
           *         },
           *         "response_feedback": {
           *           "created_at": "2024-08-27T21:07:20.000000Z",
           *           "updated_at": "2024-08-27T21:07:20.000000Z",
           *           "user_id": null,
           *           "reaction": "liked"
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["PromptHistoryResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["MessageNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateMessageFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
        /**
         * @description The message's id.
         * @example 176
         */
        promptId: components["parameters"]["PromptId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reaction": "liked"
         *     }
         */
        "application/json": {
          reaction?: components["schemas"]["Reaction"];
        };
      };
    };
    responses: {
      /** @description The message with its feedback. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 176,
           *         "user_id": 7,
           *         "user_query": "What is your return policy?",
           *         "openai_response": "You can return items within 30 days.",
           *         "created_at": "2023-06-01 10:01:00",
           *         "updated_at": "2023-06-01 10:01:04",
           *         "conversation_id": 501,
           *         "citations": [
           *           88,
           *           91
           *         ],
           *         "metadata": {
           *           "user_ip": "203.0.113.7",
           *           "user_agent": "Mozilla/5.0",
           *           "external_id": "crm-8812",
           *           "request_source": "api"
           *         },
           *         "response_feedback": {
           *           "created_at": "2024-08-27T21:07:20.000000Z",
           *           "updated_at": "2024-08-27T21:07:20.000000Z",
           *           "user_id": null,
           *           "reaction": "liked"
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["PromptHistoryResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["MessageNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listMessageClaims: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
        /**
         * @description The message's id.
         * @example 176
         */
        promptId: components["parameters"]["PromptId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claims. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": 1,
           *           "claim": "Items can be returned within 30 days.",
           *           "verdict": "supported",
           *           "citations": [
           *             88
           *           ]
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["Claim"][];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["MessageNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getMessageTrustScore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
        /**
         * @description The message's id.
         * @example 176
         */
        promptId: components["parameters"]["PromptId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trust score. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "score": 92,
           *         "level": "high",
           *         "explanation": "Every claim is supported by a cited page."
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["TrustScore"];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["MessageNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  verifyMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The conversation's `session_id`.
         * @example 9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b
         */
        sessionId: components["parameters"]["SessionId"];
        /**
         * @description The message's id.
         * @example 176
         */
        promptId: components["parameters"]["PromptId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verification. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "claims": [
           *           {
           *             "id": 1,
           *             "claim": "Items can be returned within 30 days.",
           *             "verdict": "supported",
           *             "citations": [
           *               88
           *             ]
           *           }
           *         ],
           *         "trust_score": {
           *           "score": 92,
           *           "level": "high"
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              claims?: components["schemas"]["Claim"][];
              trust_score?: components["schemas"]["TrustScore"];
            };
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["MessageNotFound"];
      429: components["responses"]["CreditsExhausted"];
      500: components["responses"]["ServerError"];
    };
  };
  listSources: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "sitemaps": [
           *           {
           *             "id": 77,
           *             "created_at": "2023-05-08 13:06:55",
           *             "updated_at": "2023-05-08 13:06:55",
           *             "type": "sitemap",
           *             "settings": {
           *               "executive_js": true,
           *               "data_refresh_frequency": "weekly",
           *               "create_new_pages": true,
           *               "remove_unexist_pages": true,
           *               "refresh_existing_pages": "if_updated",
           *               "sitemap_path": "https://example.com/sitemap.xml"
           *             },
           *             "pages": []
           *           }
           *         ],
           *         "uploads": {
           *           "id": 78,
           *           "type": "upload",
           *           "pages": []
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              sitemaps?: components["schemas"]["ProjectSource"][];
              uploads?: components["schemas"]["ProjectSource"];
            };
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  createSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          sitemap_path?: string;
          /** Format: binary */
          file?: Uploadable;
          file_data_retension?: boolean;
          is_ocr_enabled?: boolean;
          is_anonymized?: boolean;
        };
      };
    };
    responses: {
      /** @description The new source. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 77,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-08 13:06:55",
           *         "type": "sitemap",
           *         "settings": {
           *           "executive_js": true,
           *           "data_refresh_frequency": "weekly",
           *           "create_new_pages": true,
           *           "remove_unexist_pages": true,
           *           "refresh_existing_pages": "if_updated",
           *           "sitemap_path": "https://example.com/sitemap.xml"
           *         },
           *         "pages": []
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectSourceResponse"];
        };
      };
      /** @description Neither a sitemap nor a file was given. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "error",
           *       "url": "https://app.customgpt.ai/api/v1/projects/1042/sources",
           *       "data": {
           *         "code": 400,
           *         "message": "Sitemap URL is empty"
           *       }
           *     }
           */
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The source's id.
         * @example 77
         */
        sourceId: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The source. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 77,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-08 13:06:55",
           *         "type": "sitemap",
           *         "settings": {
           *           "executive_js": true,
           *           "data_refresh_frequency": "weekly",
           *           "create_new_pages": true,
           *           "remove_unexist_pages": true,
           *           "refresh_existing_pages": "if_updated",
           *           "sitemap_path": "https://example.com/sitemap.xml"
           *         },
           *         "pages": []
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectSourceResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["SourceNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The source's id.
         * @example 77
         */
        sourceId: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "data_refresh_frequency": "advanced",
         *       "refresh_existing_pages": "if_updated",
         *       "refresh_schedule": [
         *         {
         *           "days": [
         *             1,
         *             4
         *           ],
         *           "hours": [
         *             "03:00"
         *           ]
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["SourceSettings"];
      };
    };
    responses: {
      /** @description The source with its new settings. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 77,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-08 13:06:55",
           *         "type": "sitemap",
           *         "settings": {
           *           "executive_js": true,
           *           "data_refresh_frequency": "weekly",
           *           "create_new_pages": true,
           *           "remove_unexist_pages": true,
           *           "refresh_existing_pages": "if_updated",
           *           "sitemap_path": "https://example.com/sitemap.xml"
           *         },
           *         "pages": []
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectSourceResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["SourceNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The source's id.
         * @example 77
         */
        sourceId: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Deleted"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  syncSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The source's id.
         * @example 77
         */
        sourceId: components["parameters"]["SourceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The source being synced. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 77,
           *         "created_at": "2023-05-08 13:06:55",
           *         "updated_at": "2023-05-08 13:06:55",
           *         "type": "sitemap",
           *         "settings": {
           *           "executive_js": true,
           *           "data_refresh_frequency": "weekly",
           *           "create_new_pages": true,
           *           "remove_unexist_pages": true,
           *           "refresh_existing_pages": "if_updated",
           *           "sitemap_path": "https://example.com/sitemap.xml"
           *         },
           *         "pages": []
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectSourceResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The plan does not allow instant syncs, the next one is not due yet, or the source cannot be synced. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "error",
           *       "url": "https://app.customgpt.ai/api/v1/projects/1042/sources/77/instant-sync",
           *       "data": {
           *         "code": 403,
           *         "message": "Your plan not eligible for instant sync"
           *       }
           *     }
           */
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["SourceNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listPages: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Pages per page. */
        limit?: number;
        /** @description Sort direction. */
        order?: components["parameters"]["Order"];
        /** @description Only pages with this crawl status. */
        crawl_status?: "all" | "ok" | "failed" | "n/a" | "queued" | "limited";
        /** @description Only pages with this index status. */
        index_status?: "all" | "ok" | "failed" | "n/a" | "queued" | "limited";
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent and a page of pages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "project": {
           *           "id": 1042,
           *           "project_name": "Support Knowledge Base",
           *           "sitemap_path": "https://example.com/sitemap.xml",
           *           "is_chat_active": true,
           *           "user_id": 7,
           *           "team_id": 3,
           *           "created_at": "2023-05-08 13:06:55",
           *           "updated_at": "2023-05-09 09:12:01",
           *           "deleted_at": null,
           *           "type": "SITEMAP",
           *           "is_shared": false,
           *           "shareable_slug": null,
           *           "shareable_link": null,
           *           "embed_code": null,
           *           "live_chat_code": null,
           *           "are_licenses_allowed": false,
           *           "subdomain_slug": null
           *         },
           *         "pages": {
           *           "current_page": 1,
           *           "data": [
           *             {
           *               "id": 3301,
           *               "page_url": "https://example.com/returns",
           *               "page_url_hash": "0cc175b9c0f1b6a831c399e269772661",
           *               "project_id": 1042,
           *               "s3_path": null,
           *               "crawl_status": "ok",
           *               "index_status": "ok",
           *               "is_file": false,
           *               "is_refreshable": true,
           *               "is_file_kept": false,
           *               "filename": null,
           *               "filesize": null,
           *               "created_at": "2023-05-08 13:10:00",
           *               "updated_at": "2023-05-08 13:12:00",
           *               "deleted_at": null
           *             }
           *           ],
           *           "first_page_url": "https://app.customgpt.ai/api/v1/projects/1042/pages?page=1",
           *           "from": 1,
           *           "last_page": 1,
           *           "last_page_url": "https://app.customgpt.ai/api/v1/projects/1042/pages?page=1",
           *           "next_page_url": null,
           *           "path": "https://app.customgpt.ai/api/v1/projects/1042/pages",
           *           "per_page": 20,
           *           "prev_page_url": null,
           *           "to": 1,
           *           "total": 1
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              project?: components["schemas"]["Project"];
              pages: components["schemas"]["PagePage"];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  deletePage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Deleted"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  reindexPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Updated"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["ServerError"];
    };
  };
  listPageLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page's labels. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": 12,
           *           "name": "Internal",
           *           "description": "Pages only staff may see.",
           *           "project_id": 1042,
           *           "created_at": "2024-02-01 10:00:00",
           *           "updated_at": "2024-02-01 10:00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["LabelListResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  addPageLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["LabelIds"];
    responses: {
      /** @description The page's labels after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": 12,
           *           "name": "Internal",
           *           "description": "Pages only staff may see.",
           *           "project_id": 1042,
           *           "created_at": "2024-02-01 10:00:00",
           *           "updated_at": "2024-02-01 10:00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["LabelListResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  removePageLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["LabelIds"];
    responses: {
      /** @description The page's labels after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": []
           *     }
           */
          "application/json": components["schemas"]["LabelListResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getPageMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metadata. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 3301,
           *         "url": "https://example.com/returns",
           *         "title": "Returns and refunds",
           *         "description": "How to return an item.",
           *         "image": "https://example.com/og/returns.png"
           *       }
           *     }
           */
          "application/json": components["schemas"]["PageMetadataResponse"];
        };
      };
      /** @description The metadata could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "error",
           *       "url": "https://app.customgpt.ai/api/v1/projects/1042/pages/3301/metadata",
           *       "data": {
           *         "code": 400,
           *         "message": "Something went wrong."
           *       }
           *     }
           */
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["PageNotFound"];
    };
  };
  updatePageMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The page's id.
         * @example 3301
         */
        pageId: components["parameters"]["PageId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "title": "Returns and refunds"
         *     }
         */
        "application/json": {
          title?: string;
          url?: string;
          description?: string;
          image?: string;
        };
      };
    };
    responses: {
      /** @description The new metadata. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 3301,
           *         "url": "https://example.com/returns",
           *         "title": "Returns and refunds",
           *         "description": "How to return an item.",
           *         "image": "https://example.com/og/returns.png"
           *       }
           *     }
           */
          "application/json": components["schemas"]["PageMetadataResponse"];
        };
      };
      /** @description A field is invalid, for example an image that is not a URL. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "error",
           *       "url": "https://app.customgpt.ai/api/v1/projects/1042/pages/3301/metadata",
           *       "data": {
           *         "code": 400,
           *         "message": "Image must be valid url."
           *       }
           *     }
           */
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["PageNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getCustomerIntelligence: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Entries per page. */
        limit?: number;
        /** @description Only queries from this time on. */
        start_date?: string;
        /** @description Only queries until this time. */
        end_date?: string;
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of analysed queries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "current_page": 1,
           *         "data": [
           *           {
           *             "prompt_id": 176,
           *             "conversation_id": 501,
           *             "project_id": 1042,
           *             "user_query": "What is your return policy?",
           *             "ai_response": "You can return items within 30 days.",
           *             "created_at": "2023-06-01 10:01:00",
           *             "content_source": "own_content",
           *             "user_emotion": "neutral",
           *             "user_intent": "returns",
           *             "language": "en",
           *             "feedback": "liked",
           *             "user_location": "Berlin",
           *             "chatbot_deployment": "web",
           *             "browser": "Firefox"
           *           }
           *         ],
           *         "first_page_url": "https://app.customgpt.ai/api/v1/projects/1042/reports/intelligence?page=1",
           *         "from": 1,
           *         "last_page": 1,
           *         "last_page_url": "https://app.customgpt.ai/api/v1/projects/1042/reports/intelligence?page=1",
           *         "next_page_url": null,
           *         "path": "https://app.customgpt.ai/api/v1/projects/1042/reports/intelligence",
           *         "per_page": 100,
           *         "prev_page_url": null,
           *         "to": 1,
           *         "total": 1
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["CustomerIntelligencePage"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  getTrafficReport: {
    parameters: {
      query: {
        /** @description Which figures to return. */
        filters: "sources"[];
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "sources": [
           *           {
           *             "request_source": "web",
           *             "request_source_number": 812
           *           },
           *           {
           *             "request_source": "api",
           *             "request_source_number": 128
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["TrafficReport"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getQueriesReport: {
    parameters: {
      query: {
        /** @description Which figures to return. */
        filters: ("total" | "query_status")[];
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "total": 940,
           *         "query_status": [
           *           {
           *             "status": "success",
           *             "count": 900
           *           },
           *           {
           *             "status": "failed",
           *             "count": 40
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              total?: number;
              query_status?: {
                /** @enum {unknown} */
                status?: "failed" | "success";
                count?: number;
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getConversationsReport: {
    parameters: {
      query: {
        /** @description Which figures to return. */
        filters: ("total" | "average_queries_per_conversation")[];
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "total": 310,
           *         "average_queries_per_conversation": 3.03
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              total?: number;
              average_queries_per_conversation?: number;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getAnalysisReport: {
    parameters: {
      query: {
        /** @description Which figures to return. */
        filters: ("queries" | "conversations" | "queries_per_conversation")[];
        /** @description Bucket size. */
        interval?: "daily" | "weekly";
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "queries": [
           *           {
           *             "created_at_interval": "Mon",
           *             "queries_number": 120
           *           },
           *           {
           *             "created_at_interval": "Tue",
           *             "queries_number": 95
           *           }
           *         ],
           *         "queries_per_conversation": [
           *           {
           *             "created_at_interval": "Mon",
           *             "queries_number": 2.5
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            /** @description One series per requested filter. */
            data: {
              queries?: components["schemas"]["AnalysisPoint"][];
              conversations?: components["schemas"]["AnalysisPoint"][];
              queries_per_conversation?: components["schemas"]["AnalysisPoint"][];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listLeads: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of leads. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "current_page": 1,
           *         "data": [
           *           {
           *             "id": 9,
           *             "name": "Grace Hopper",
           *             "email": "grace@example.com",
           *             "phone": null,
           *             "conversation_id": 501,
           *             "created_at": "2024-04-02 12:00:00"
           *           }
           *         ],
           *         "first_page_url": "https://app.customgpt.ai/api/v1/projects/1042/reports/leads?page=1",
           *         "from": 1,
           *         "last_page": 1,
           *         "last_page_url": "https://app.customgpt.ai/api/v1/projects/1042/reports/leads?page=1",
           *         "next_page_url": null,
           *         "path": "https://app.customgpt.ai/api/v1/projects/1042/reports/leads",
           *         "per_page": 10,
           *         "prev_page_url": null,
           *         "to": 1,
           *         "total": 1
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["LeadPage"];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  exportLeads: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "download_url": "https://app.customgpt.ai/exports/leads-1042.csv"
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              /** Format: uri */
              download_url?: string;
            };
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "chatbot_model": "gpt-4-o",
           *         "response_source": "own_content",
           *         "chatbot_msg_lang": "en",
           *         "enable_citations": 3,
           *         "citations_view_type": "user",
           *         "example_questions": [
           *           "What is your return policy?"
           *         ],
           *         "markdown_enabled": true
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["ProjectSettings"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description The agent's avatar image.
           */
          chat_bot_avatar?: Uploadable;
          /**
           * Format: binary
           * @description The chat window's background image.
           */
          chat_bot_bg?: Uploadable;
          default_prompt?: string;
          /** @description Starter questions (the field name carries the brackets). */
          "example_questions[]"?: string[];
          /** @enum {unknown} */
          response_source?: "default" | "own_content" | "openai_content";
          /** @description Language code of the agent's messages, such as en. */
          chatbot_msg_lang?: string;
          chatbot_color?: string;
          chatbot_toolbar_color?: string;
          persona_instructions?: string;
          citations_answer_source_label_msg?: string;
          citations_sources_label_msg?: string;
          hang_in_there_msg?: string;
          chatbot_siesta_msg?: string;
          /** @default true */
          is_loading_indicator_enabled?: boolean;
          /**
           * @default 3
           * @enum {integer}
           */
          enable_citations?: 0 | 1 | 2 | 3;
          /** @default true */
          enable_feedbacks?: boolean;
          /**
           * @default user
           * @enum {unknown}
           */
          citations_view_type?: "user" | "show" | "hide";
          /**
           * @default default
           * @enum {unknown}
           */
          image_citation_display?: "default" | "first_only";
          /** @default I'm sorry, I don't know the answer */
          no_answer_message?: string;
          ending_message?: string;
          /** @default Try asking these questions... */
          try_asking_questions_msg?: string;
          /** @default View more */
          view_more_msg?: string;
          /** @default View less */
          view_less_msg?: string;
          /** @default false */
          remove_branding?: boolean;
          /** @default false */
          enable_recaptcha_for_public_chatbots?: boolean;
          chatbot_model?: components["schemas"]["ChatbotModel"];
          /** @default false */
          is_selling_enabled?: boolean;
          /** @default false */
          can_share_conversation?: boolean;
          /** @default false */
          can_export_conversation?: boolean;
          /** @default true */
          hide_sources_from_responses?: boolean;
          /** @enum {unknown} */
          agent_capability?:
            "fastest-responses" | "optimal-choice" | "advanced-reasoning" | "complex-tasks";
          /** @default  */
          input_field_addendum?: string;
          /** @default false */
          user_avatar_enabled?: boolean;
          /** Format: binary */
          user_avatar?: Uploadable;
          /** @default false */
          spotlight_avatar_enabled?: boolean;
          /** Format: binary */
          spotlight_avatar?: Uploadable;
          /**
           * @default rectangle
           * @enum {unknown}
           */
          spotlight_avatar_shape?: "circle" | "rectangle";
          /**
           * @default default
           * @enum {unknown}
           */
          spotlight_avatar_type?: "default" | "image";
          /**
           * @default agent-left-user-right
           * @enum {unknown}
           */
          user_avatar_orientation?:
            | "agent-left-user-right"
            | "agent-right-user-right"
            | "agent-right-user-left"
            | "agent-left-user-left";
          /** @default  */
          chatbot_title?: string;
          /** @default #000000 */
          chatbot_title_color?: string;
          /** @default false */
          enable_inline_citations_api?: boolean;
          /** @default false */
          conversation_time_window?: boolean;
          /**
           * @default year
           * @enum {unknown}
           */
          conversation_retention_period?: "custom" | "year" | "never";
          /** @default 0 */
          conversation_retention_days?: number;
          /** @default false */
          use_context_aware_starter_question?: boolean;
          /** @default true */
          enable_agent_knowledge_base_awareness?: boolean;
          /** @default true */
          markdown_enabled?: boolean;
        };
      };
    };
    responses: {
      200: components["responses"]["Updated"];
      /** @description An image is invalid or a required setting is missing. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "error",
           *       "url": "https://app.customgpt.ai/api/v1/projects/1042/settings",
           *       "data": {
           *         "code": 400,
           *         "message": "Language Proficiency is required."
           *       }
           *     }
           */
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  listPersonas: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The personas. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": 5,
           *           "name": "Friendly support",
           *           "instructions": "Answer warmly and briefly.",
           *           "is_active": true,
           *           "created_at": "2024-03-01 10:00:00",
           *           "updated_at": "2024-03-01 10:00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["Persona"][];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  createPersona: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Friendly support",
         *       "instructions": "Answer warmly and briefly."
         *     }
         */
        "application/json": components["schemas"]["PersonaInput"];
      };
    };
    responses: {
      /** @description The new persona. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 5,
           *         "name": "Friendly support",
           *         "instructions": "Answer warmly and briefly.",
           *         "is_active": true,
           *         "created_at": "2024-03-01 10:00:00",
           *         "updated_at": "2024-03-01 10:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["PersonaResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updatePersona: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The persona's id.
         * @example 5
         */
        personaId: components["parameters"]["PersonaId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Friendly support",
         *       "instructions": "Answer warmly, briefly and in the user's language.",
         *       "is_active": true
         *     }
         */
        "application/json": components["schemas"]["PersonaInput"];
      };
    };
    responses: {
      /** @description The updated persona. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 5,
           *         "name": "Friendly support",
           *         "instructions": "Answer warmly and briefly.",
           *         "is_active": true,
           *         "created_at": "2024-03-01 10:00:00",
           *         "updated_at": "2024-03-01 10:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["PersonaResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getCitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description A citation id from a message.
         * @example 88
         */
        citationId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cited page's metadata. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 3301,
           *         "url": "https://example.com/returns",
           *         "title": "Returns and refunds",
           *         "description": "How to return an item.",
           *         "image": "https://example.com/og/returns.png"
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["Citation"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["PageNotFound"];
    };
  };
  previewCitationFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The citation's id.
         * @example 88
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": Blob;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["PageNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The labels. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": 12,
           *           "name": "Internal",
           *           "description": "Pages only staff may see.",
           *           "project_id": 1042,
           *           "created_at": "2024-02-01 10:00:00",
           *           "updated_at": "2024-02-01 10:00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["LabelListResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  assignLabelUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "labels": [
         *         {
         *           "id": 12,
         *           "users": [
         *             "ada@example.com"
         *           ]
         *         }
         *       ]
         *     }
         */
        "application/json": {
          labels?: {
            /** @description The label's id. */
            id?: number;
            /** @description Emails of the team members who may see the label's pages. */
            users?: string[];
          }[];
        };
      };
    };
    responses: {
      /** @description The labels were assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success"
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            /** @description Not published by the vendor. */
            data?: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  createLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["LabelInput"];
    responses: {
      /** @description The new label. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 12,
           *         "name": "Internal",
           *         "description": "Pages only staff may see.",
           *         "project_id": 1042,
           *         "created_at": "2024-02-01 10:00:00",
           *         "updated_at": "2024-02-01 10:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["LabelResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getLabelUserMappings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mappings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "label_id": 12,
           *           "users": [
           *             "ada@example.com"
           *           ]
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["LabelUserMappingsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  setLabelUserMappings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "labels": [
         *         {
         *           "label_id": 12,
         *           "users": [
         *             "ada@example.com"
         *           ]
         *         }
         *       ]
         *     }
         */
        "application/json": {
          labels?: components["schemas"]["LabelUserMapping"][];
        };
      };
    };
    responses: {
      /** @description The mappings after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "label_id": 12,
           *           "users": [
           *             "ada@example.com"
           *           ]
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["LabelUserMappingsResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The label's id.
         * @example 12
         */
        labelId: components["parameters"]["LabelId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The label. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 12,
           *         "name": "Internal",
           *         "description": "Pages only staff may see.",
           *         "project_id": 1042,
           *         "created_at": "2024-02-01 10:00:00",
           *         "updated_at": "2024-02-01 10:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["LabelResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The label's id.
         * @example 12
         */
        labelId: components["parameters"]["LabelId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["LabelInput"];
    responses: {
      /** @description The updated label. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 12,
           *         "name": "Internal",
           *         "description": "Pages only staff may see.",
           *         "project_id": 1042,
           *         "created_at": "2024-02-01 10:00:00",
           *         "updated_at": "2024-02-01 10:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["LabelResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The label's id.
         * @example 12
         */
        labelId: components["parameters"]["LabelId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Deleted"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listLicenses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The licenses. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "name": "Partner portal",
           *           "key": "6f1c1f7e-8d1b-4c4b-9d1e-0a3b5c7d9e1f",
           *           "project_id": 1042,
           *           "created_at": "2023-07-01 08:00:00",
           *           "updated_at": "2023-07-01 08:00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["ProjectLicense"][];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  createLicense: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["LicenseInput"];
    responses: {
      /** @description The new license and its key. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "license": {
           *           "name": "Partner portal",
           *           "key": "6f1c1f7e-8d1b-4c4b-9d1e-0a3b5c7d9e1f",
           *           "project_id": 1042,
           *           "created_at": "2023-07-01 08:00:00",
           *           "updated_at": "2023-07-01 08:00:00"
           *         },
           *         "licenseKey": "6f1c1f7e-8d1b-4c4b-9d1e-0a3b5c7d9e1f"
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: {
              license: components["schemas"]["ProjectLicense"];
              /** Format: uuid */
              licenseKey: string;
            };
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["UnprocessableEntity"];
      500: components["responses"]["ServerError"];
    };
  };
  getLicense: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The license's id.
         * @example 3
         */
        licenseId: components["parameters"]["LicenseId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The license. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "license": {
           *         "name": "Partner portal",
           *         "key": "6f1c1f7e-8d1b-4c4b-9d1e-0a3b5c7d9e1f",
           *         "project_id": 1042,
           *         "created_at": "2023-07-01 08:00:00",
           *         "updated_at": "2023-07-01 08:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["LicenseResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["LicenseNotFound"];
      422: components["responses"]["UnprocessableEntity"];
      500: components["responses"]["ServerError"];
    };
  };
  updateLicense: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The license's id.
         * @example 3
         */
        licenseId: components["parameters"]["LicenseId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["LicenseInput"];
    responses: {
      /** @description The renamed license. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "license": {
           *         "name": "Partner portal",
           *         "key": "6f1c1f7e-8d1b-4c4b-9d1e-0a3b5c7d9e1f",
           *         "project_id": 1042,
           *         "created_at": "2023-07-01 08:00:00",
           *         "updated_at": "2023-07-01 08:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["LicenseResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["LicenseNotFound"];
      422: components["responses"]["UnprocessableEntity"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteLicense: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
        /**
         * @description The license's id.
         * @example 3
         */
        licenseId: components["parameters"]["LicenseId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["Deleted"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["LicenseNotFound"];
      422: components["responses"]["UnprocessableEntity"];
      500: components["responses"]["ServerError"];
    };
  };
  getPlugin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plugin. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "model_name": "support_kb",
           *         "human_name": "Support KB",
           *         "keywords": "returns",
           *         "description": "Answers support questions.",
           *         "logo": null,
           *         "is_active": true
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectPluginResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["PluginNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updatePlugin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["PluginInput"];
    responses: {
      /** @description The plugin. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "model_name": "support_kb",
           *         "human_name": "Support KB",
           *         "is_active": true
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectPluginResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["PluginNotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  createPlugin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 1042
         */
        projectId: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["PluginInput"];
    responses: {
      /** @description The plugin. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "model_name": "support_kb",
           *         "human_name": "Support KB",
           *         "is_active": false
           *       }
           *     }
           */
          "application/json": components["schemas"]["ProjectPluginResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 7,
           *         "name": "Ada Lovelace",
           *         "email": "ada@example.com",
           *         "current_team_id": 3,
           *         "profile_photo_url": "https://example.com/photos/ada.png",
           *         "created_at": "2023-01-02 09:00:00",
           *         "updated_at": "2023-05-01 09:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["UserResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          name?: string;
          /** Format: binary */
          profile_photo?: Uploadable;
        };
      };
    };
    responses: {
      /** @description The updated user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "id": 7,
           *         "name": "Ada Lovelace",
           *         "email": "ada@example.com",
           *         "current_team_id": 3,
           *         "profile_photo_url": "https://example.com/photos/ada.png",
           *         "created_at": "2023-01-02 09:00:00",
           *         "updated_at": "2023-05-01 09:00:00"
           *       }
           *     }
           */
          "application/json": components["schemas"]["UserResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  searchTeamMembers: {
    parameters: {
      query?: {
        /** @description Text to find in names or emails. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching team members. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": 8,
           *           "name": "Grace Hopper",
           *           "email": "grace@example.com",
           *           "role": "editor"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["TeamMember"][];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  getUsageLimits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Limits and usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "max_projects_num": 10,
           *         "current_projects_num": 3,
           *         "max_total_storage_credits": 5000,
           *         "current_total_storage_credits": 812,
           *         "max_queries": 10000,
           *         "current_queries": 940
           *       }
           *     }
           */
          "application/json": components["schemas"]["Success"] & {
            data: components["schemas"]["UsageLimits"];
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
}
