// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { openStream, type Stream } from "../runtime/sse.js";
import type { paths } from "../types.js";

type FollowEventsOperation = paths["/events"]["get"];

export type FollowEventsEvent =
  FollowEventsOperation["responses"]["200"]["content"]["text/event-stream"];

/** events */
export class EventsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Follow events
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see GET /events
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  follow(options?: RequestOptions): Promise<Stream<FollowEventsEvent>> {
    return openStream<FollowEventsEvent>(this.core, operations.followEvents, {}, options);
  }
}
