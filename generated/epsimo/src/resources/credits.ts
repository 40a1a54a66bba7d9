// Generated from specs/epsimo.yaml (sha256 7aedd440092e4024). Do not edit: run `npm run generate`.
import { operations } from "../operations.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type GetCreditBalanceOperation = paths["/credits/balance"]["get"];

export type GetCreditBalanceResponse =
  GetCreditBalanceOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link CreditsResource.getCreditBalance} throws for a documented error response. */
export type GetCreditBalanceErrorBody =
  | GetCreditBalanceOperation["responses"]["401"]["content"]["application/json"]
  | GetCreditBalanceOperation["responses"]["500"]["content"]["application/json"];

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
  | CreateCheckoutSessionOperation["responses"]["500"]["content"]["application/json"];

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
   * Returns used, maximum and remaining threads. Documented by the seed only; the platform's SDK reads the same numbers from `getThreadInfo`, so this path is unconfirmed.
   * @see GET /credits/balance
   */
  getCreditBalance(options?: RequestOptions): Promise<GetCreditBalanceResponse> {
    return this.core.call(
      operations.getCreditBalance,
      {},
      options,
    ) as Promise<GetCreditBalanceResponse>;
  }

  /**
   * Start buying thread credits
   *
   * Creates a Stripe checkout session for buying threads and returns its URL. Price per thread:
   * €0.10 below 500, €0.09 from 500 to 999, €0.08 from 1,000. The seed documents
   * `POST /credits/checkout` with `{quantity, amount}`; the platform's SDK posts here with
   * `{quantity, total_amount}`.
   * @see POST /checkout/create-checkout-session
   */
  createCheckoutSession(
    params: CreateCheckoutSessionParams,
    options?: RequestOptions,
  ): Promise<CreateCheckoutSessionResponse> {
    return this.core.call(
      operations.createCheckoutSession,
      params,
      options,
    ) as Promise<CreateCheckoutSessionResponse>;
  }
}
