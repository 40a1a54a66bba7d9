// Generated from specs/epsimo.yaml (sha256 a43368c317b8d642). Do not edit: run `npm run generate`.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo({
  email: process.env["EPSIMO_EMAIL"],
  password: process.env["EPSIMO_PASSWORD"],
});

const result = await client.projects.update({
  project_id: "proj_abc123",
  body: { name: "Support Automation", description: "Tier-1 customer support agents" },
});
console.log(result);
