// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type GetCreditBalanceOperation = paths["/credits/balance"]["get"];

export type GetCreditBalanceResponse =
  GetCreditBalanceOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link CreditsResource.getCreditBalance} throws for a documented error response. */
export type GetCreditBalanceErrorBody =
  | GetCreditBalanceOperation["responses"]["401"]["content"]["application/json"]
  | GetCreditBalanceOperation["responses"]["429"]["content"]["application/json"]
  | GetCreditBalanceOperation["responses"]["500"]["content"]["application/json"]
  | GetCreditBalanceOperation["responses"]["503"]["content"]["application/json"];

type CreateCheckoutSessionOperation = paths["/checkout/create-checkout-session"]["post"];

/** Arguments of {@link CreditsResource.createCheckoutSession}. */
export interface CreateCheckoutSessionParams {
  body: NonNullable<CreateCheckoutSessionOperation["requestBody"]>["content"]["application/json"];
}

export type CreateCheckoutSessionResponse =
  CreateCheckoutSessionOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link CreditsResource.createCheckoutSession} throws for a documented error response. */
export type CreateCheckoutSessionErrorBody =
  | CreateCheckoutSessionOperation["responses"]["400"]["content"]["application/json"]
  | CreateCheckoutSessionOperation["responses"]["401"]["content"]["application/json"]
  | CreateCheckoutSessionOperation["responses"]["422"]["content"]["application/json"]
  | CreateCheckoutSessionOperation["responses"]["429"]["content"]["application/json"]
  | CreateCheckoutSessionOperation["responses"]["500"]["content"]["application/json"]
  | CreateCheckoutSessionOperation["responses"]["503"]["content"]["application/json"];

/**
 * credits
 *
 * Thread credits and their purchase.
 */
export class CreditsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Get the thread credit balance
   *
   * Returns the user's thread usage, allowance and remaining threads. Epsimo's own clients
   * read the same figures from `getThreadInfo` instead, so this operation's availability is
   * unconfirmed.
   * @see GET /credits/balance
   * @throws {ApiError<GetCreditBalanceErrorBody>} when the API answers with an error, or the request fails
   */
  getCreditBalance(options?: RequestOptions): ApiPromise<GetCreditBalanceResponse> {
    return this.core.call(
      operations.getCreditBalance,
      {},
      options,
    ) as ApiPromise<GetCreditBalanceResponse>;
  }

  /**
   * Start a purchase of thread credits
   *
   * Creates a Stripe checkout session for buying threads and returns the page to send the user
   * to. Per-thread prices fall with volume (EUR 0.10 below 500, 0.09 from 500, 0.08 from 1,000);
   * `total_amount` is the price in euros.
   * @see POST /checkout/create-checkout-session
   * @throws {ApiError<CreateCheckoutSessionErrorBody>} when the API answers with an error, or the request fails
   */
  createCheckoutSession(
    params: CreateCheckoutSessionParams,
    options?: RequestOptions,
  ): ApiPromise<CreateCheckoutSessionResponse> {
    return this.core.call(
      operations.createCheckoutSession,
      params,
      options,
    ) as ApiPromise<CreateCheckoutSessionResponse>;
  }
}
