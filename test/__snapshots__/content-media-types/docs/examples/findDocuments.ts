// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Content } from "@agent-sdks/content-media-types";

const client = new Content();

const result = await client.documents.find({ filter: { status: "draft" } });
console.log(result);
