// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo({
  email: process.env["EPSIMO_EMAIL"],
  password: process.env["EPSIMO_PASSWORD"],
  projectId: process.env["EPSIMO_PROJECT_ID"],
});

const result = await client.assistants.create({
  body: {
    name: "Research Assistant",
    config: {
      instructions: "You help with research tasks.",
      model: "gpt-4o",
      configurable: { type: "agent", agent_type: "agent" },
      tools: [
        { type: "search_tavily", name: "Search (Tavily)", config: { max_results: 5 } },
        {
          type: "function",
          name: "update_database",
          description: "Save structured data",
          parameters: {
            type: "object",
            properties: { key: { type: "string" }, value: { type: "object" } },
            required: ["key", "value"],
          },
        },
      ],
    },
    public: false,
  },
});
console.log(result);
