// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListMessagesOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/messages"]["get"];

/** Arguments of {@link MessagesResource.list}. */
export interface ListMessagesParams {
  /** The agent's id. */
  projectId: NonNullable<ListMessagesOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<ListMessagesOperation["parameters"]["path"]>["sessionId"];
  /** Page number, from 1. */
  page?: NonNullable<ListMessagesOperation["parameters"]["query"]>["page"];
  /** Sort direction. */
  order?: NonNullable<ListMessagesOperation["parameters"]["query"]>["order"];
}

export type ListMessagesResponse = At<
  ListMessagesOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link MessagesResource.list} throws for a documented error response. */
export type ListMessagesErrorBody =
  | ListMessagesOperation["responses"]["400"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["401"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["404"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["500"]["content"]["application/json"];

export type ListMessagesItem = At<At<At<ListMessagesResponse, "messages">, "data">, number>;

type GetMessageOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}"]["get"];

/** Arguments of {@link MessagesResource.get}. */
export interface GetMessageParams {
  /** The agent's id. */
  projectId: NonNullable<GetMessageOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<GetMessageOperation["parameters"]["path"]>["sessionId"];
  /** The message's id. */
  promptId: NonNullable<GetMessageOperation["parameters"]["path"]>["promptId"];
}

export type GetMessageResponse = At<
  GetMessageOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link MessagesResource.get} throws for a documented error response. */
export type GetMessageErrorBody =
  | GetMessageOperation["responses"]["400"]["content"]["application/json"]
  | GetMessageOperation["responses"]["401"]["content"]["application/json"]
  | GetMessageOperation["responses"]["404"]["content"]["application/json"]
  | GetMessageOperation["responses"]["500"]["content"]["application/json"];

type UpdateMessageFeedbackOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/feedback"]["put"];

/** Arguments of {@link MessagesResource.updateMessageFeedback}. */
export interface UpdateMessageFeedbackParams {
  /** The agent's id. */
  projectId: NonNullable<UpdateMessageFeedbackOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<UpdateMessageFeedbackOperation["parameters"]["path"]>["sessionId"];
  /** The message's id. */
  promptId: NonNullable<UpdateMessageFeedbackOperation["parameters"]["path"]>["promptId"];
  body: NonNullable<UpdateMessageFeedbackOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateMessageFeedbackResponse = At<
  UpdateMessageFeedbackOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link MessagesResource.updateMessageFeedback} throws for a documented error response. */
export type UpdateMessageFeedbackErrorBody =
  | UpdateMessageFeedbackOperation["responses"]["400"]["content"]["application/json"]
  | UpdateMessageFeedbackOperation["responses"]["401"]["content"]["application/json"]
  | UpdateMessageFeedbackOperation["responses"]["404"]["content"]["application/json"]
  | UpdateMessageFeedbackOperation["responses"]["500"]["content"]["application/json"];

type ListMessageClaimsOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/claims"]["get"];

/** Arguments of {@link MessagesResource.listMessageClaims}. */
export interface ListMessageClaimsParams {
  /** The agent's id. */
  projectId: NonNullable<ListMessageClaimsOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<ListMessageClaimsOperation["parameters"]["path"]>["sessionId"];
  /** The message's id. */
  promptId: NonNullable<ListMessageClaimsOperation["parameters"]["path"]>["promptId"];
}

export type ListMessageClaimsResponse = At<
  ListMessageClaimsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link MessagesResource.listMessageClaims} throws for a documented error response. */
export type ListMessageClaimsErrorBody =
  | ListMessageClaimsOperation["responses"]["401"]["content"]["application/json"]
  | ListMessageClaimsOperation["responses"]["404"]["content"]["application/json"]
  | ListMessageClaimsOperation["responses"]["500"]["content"]["application/json"];

type GetMessageTrustScoreOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/trust-score"]["get"];

/** Arguments of {@link MessagesResource.getMessageTrustScore}. */
export interface GetMessageTrustScoreParams {
  /** The agent's id. */
  projectId: NonNullable<GetMessageTrustScoreOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<GetMessageTrustScoreOperation["parameters"]["path"]>["sessionId"];
  /** The message's id. */
  promptId: NonNullable<GetMessageTrustScoreOperation["parameters"]["path"]>["promptId"];
}

export type GetMessageTrustScoreResponse = At<
  GetMessageTrustScoreOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link MessagesResource.getMessageTrustScore} throws for a documented error response. */
export type GetMessageTrustScoreErrorBody =
  | GetMessageTrustScoreOperation["responses"]["401"]["content"]["application/json"]
  | GetMessageTrustScoreOperation["responses"]["404"]["content"]["application/json"]
  | GetMessageTrustScoreOperation["responses"]["500"]["content"]["application/json"];

type VerifyMessageOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/verify"]["post"];

/** Arguments of {@link MessagesResource.verify}. */
export interface VerifyMessageParams {
  /** The agent's id. */
  projectId: NonNullable<VerifyMessageOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<VerifyMessageOperation["parameters"]["path"]>["sessionId"];
  /** The message's id. */
  promptId: NonNullable<VerifyMessageOperation["parameters"]["path"]>["promptId"];
}

export type VerifyMessageResponse = At<
  VerifyMessageOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link MessagesResource.verify} throws for a documented error response. */
export type VerifyMessageErrorBody =
  | VerifyMessageOperation["responses"]["401"]["content"]["application/json"]
  | VerifyMessageOperation["responses"]["404"]["content"]["application/json"]
  | VerifyMessageOperation["responses"]["429"]["content"]["application/json"]
  | VerifyMessageOperation["responses"]["500"]["content"]["application/json"];

/**
 * messages
 *
 * Messages (prompt and answer pairs) of a conversation, with feedback and verification.
 */
export class MessagesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List a conversation's messages
   *
   * Returns the conversation and one page of its messages (the paginator sits under `messages`).
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/projects/{projectId}/conversations/{sessionId}/messages
   * @throws {ApiError<ListMessagesErrorBody>} when the API answers with an error, or the request fails
   */
  list(
    params: ListMessagesParams,
    options?: RequestOptions,
  ): PagePromise<ListMessagesResponse, ListMessagesItem> {
    return paginate(this.core, operations.listMessages, params, options);
  }

  /**
   * Get a message
   *
   * Returns one message of a conversation.
   * @see GET /api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}
   * @throws {ApiError<GetMessageErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetMessageParams, options?: RequestOptions): ApiPromise<GetMessageResponse> {
    return this.core.call(operations.getMessage, params, options) as ApiPromise<GetMessageResponse>;
  }

  /**
   * Rate an answer
   *
   * Records the user's reaction to an answer. The call is a PUT.
   * @see PUT /api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/feedback
   * @throws {ApiError<UpdateMessageFeedbackErrorBody>} when the API answers with an error, or the request fails
   */
  updateMessageFeedback(
    params: UpdateMessageFeedbackParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateMessageFeedbackResponse> {
    return this.core.call(
      operations.updateMessageFeedback,
      params,
      options,
    ) as ApiPromise<UpdateMessageFeedbackResponse>;
  }

  /**
   * List an answer's claims
   *
   * Returns the statements an answer makes and whether its sources support each. The vendor does not publish this response's shape; the fields below are inferred.
   * @see GET /api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/claims
   * @throws {ApiError<ListMessageClaimsErrorBody>} when the API answers with an error, or the request fails
   */
  listMessageClaims(
    params: ListMessageClaimsParams,
    options?: RequestOptions,
  ): ApiPromise<ListMessageClaimsResponse> {
    return this.core.call(
      operations.listMessageClaims,
      params,
      options,
    ) as ApiPromise<ListMessageClaimsResponse>;
  }

  /**
   * Get an answer's trust score
   *
   * Returns how well an answer is grounded in the agent's sources. The vendor does not publish this response's shape; the fields below are inferred.
   * @see GET /api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/trust-score
   * @throws {ApiError<GetMessageTrustScoreErrorBody>} when the API answers with an error, or the request fails
   */
  getMessageTrustScore(
    params: GetMessageTrustScoreParams,
    options?: RequestOptions,
  ): ApiPromise<GetMessageTrustScoreResponse> {
    return this.core.call(
      operations.getMessageTrustScore,
      params,
      options,
    ) as ApiPromise<GetMessageTrustScoreResponse>;
  }

  /**
   * Verify an answer
   *
   * Checks an answer's claims against the agent's sources and returns the claims with a trust score. Each verification uses query credits. The vendor does not publish this response's shape; the fields below are inferred.
   * @see POST /api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/verify
   * @throws {ApiError<VerifyMessageErrorBody>} when the API answers with an error, or the request fails
   */
  verify(params: VerifyMessageParams, options?: RequestOptions): ApiPromise<VerifyMessageResponse> {
    return this.core.call(
      operations.verifyMessage,
      params,
      options,
    ) as ApiPromise<VerifyMessageResponse>;
  }
}
