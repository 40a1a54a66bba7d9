/**
 * Credentials of the contract suite come from the variables the package README names, one rule
 * for every scheme: a key from `<PACKAGE>_<OPTION>`, HTTP basic from `<PACKAGE>_<OPTION>_USERNAME`
 * and `_PASSWORD` as one `{ username, password }` value, the shape the client takes; against the
 * mock, a basic credential is a made-up user and password the mock accepts.
 */
import { describe, expect, it } from "vitest";
import type { ContractPlan } from "../../generator/contract-runtime/api.js";
import { credentialsFromEnv, mockCredentials } from "../../generator/contract-runtime/credentials.js";
import { contractPlanOf } from "../../generator/emit/contract/contract-plan.js";
import { loadModel } from "../../generator/pipeline.js";

describe("contract credentials of a spec with key and basic schemes", async () => {
  const model = await loadModel({ specFile: "test/fixtures/specs/security-schemes.yaml" });
  // Credentials are all these functions read of a plan.
  const plan: ContractPlan = { bindings: [], resources: [], credentials: contractPlanOf(model).credentials };
  const basic = plan.credentials.find((credential) => credential.basic);
  const key = plan.credentials.find((credential) => !credential.basic);

  it("marks the basic scheme's option and names every variable by the package's rule", () => {
    expect(basic).toBeDefined();
    expect(key).toBeDefined();
    for (const credential of plan.credentials) expect(credential.env).toMatch(/^SECURITY_SCHEMES_[A-Z0-9_]+$/);
  });

  it("reads a basic credential from its _USERNAME and _PASSWORD variables, and a key from its own", () => {
    if (!basic || !key) throw new Error("the fixture has no basic or key scheme");
    const env = {
      [`${basic.env}_USERNAME`]: "ada",
      [`${basic.env}_PASSWORD`]: "s3cret",
      [key.env]: "k-123",
    };
    const found = credentialsFromEnv(plan, env);
    expect(found[basic.option]).toEqual({ username: "ada", password: "s3cret" });
    expect(found[key.option]).toBe("k-123");
    // Half a basic credential is none: the client would send a malformed header.
    expect(credentialsFromEnv(plan, { [`${basic.env}_USERNAME`]: "ada" })[basic.option]).toBeUndefined();
  });

  it("gives the mock a basic credential in the shape the client takes", () => {
    if (!basic) throw new Error("the fixture has no basic scheme");
    expect(mockCredentials(plan)[basic.option]).toEqual({ username: expect.any(String), password: expect.any(String) });
  });
});
