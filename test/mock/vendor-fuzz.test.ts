/**
 * A seeded fuzz of every vendor's generated mock over HTTP: a couple of thousand random and
 * hostile requests each (real routes with hostile path values, queries, credentials, content types
 * and bodies, wrong methods and prefixes). Not one connection is dropped, no 5xx comes back that
 * the operation does not declare, and after a reset every parameterless read answers exactly as
 * it did before the fuzz. (Error shapes are checked per operation in vendor-mocks.test.ts.)
 */
import { describe, expect, it } from "vitest";
import type { ApiModel } from "../../generator/model/types.js";
import { loadModel } from "../../generator/pipeline.js";
import { CONTENT_TYPES, HOSTILE_BODIES, HOSTILE_VALUES, lcg, METHODS } from "../helpers/fuzz-inputs.js";
import { entryUrl } from "../helpers/packed-packages.js";
import { VENDORS } from "../helpers/vendors.js";

const REQUESTS = 2000;

interface RunningMock {
  url: string;
  close(): Promise<void>;
}

/** Every read the API answers without path values: what the state looks like from outside. */
async function snapshot(model: ApiModel, url: string, headers: Record<string, string>): Promise<string[]> {
  const reads = model.operations.filter((operation) => operation.method === "GET" && !operation.path.includes("{"));
  return Promise.all(
    reads.map(async (operation) => {
      const answer = await fetch(`${url}${operation.path}`, { headers });
      return `${operation.id} ${answer.status} ${await answer.text()}`;
    }),
  );
}

describe.each(VENDORS)("%s mock under a seeded fuzz", (vendor) => {
  it(`answers ${REQUESTS} random and hostile requests without a crash, and a reset restores its start`, async () => {
    const model = await loadModel({ specFile: `specs/${vendor}.yaml` });
    const { startMock } = (await import(/* @vite-ignore */ entryUrl(vendor, "./mock"))) as {
      startMock(options: { port: number; seed: number }): Promise<RunningMock>;
    };
    const mock = await startMock({ port: 0, seed: 7 });
    try {
      const random = lcg(vendor.length * 7919);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
      const auth = { authorization: "Bearer fuzz-key", "x-auth-token": "fuzz-key" };
      const before = await snapshot(model, mock.url, auth);
      const problems: string[] = [];
      let dropped = 0;
      const one = async () => {
        const operation = pick(model.operations);
        const path = operation.path.replace(/\{[^}]+\}/g, () =>
          random() < 0.5 ? String(Math.floor(random() * 5)) : pick(HOSTILE_VALUES),
        );
        const parameter = pick([...operation.parameters.map((entry) => entry.name), "page", "%zz"]);
        const query = random() < 0.5 ? `?${parameter}=${pick(HOSTILE_VALUES)}` : "";
        const method = random() < 0.7 ? operation.method : pick(METHODS);
        const headers: Record<string, string> = random() < 0.7 ? { ...auth } : {};
        const contentType = pick(CONTENT_TYPES);
        if (contentType !== "") headers["content-type"] = contentType;
        const withBody = method !== "GET" && method !== "HEAD" && random() < 0.8;
        const prefix = random() < 0.9 ? "" : pick(["/api", "/v9", "/__mock"]);
        const target = `${prefix}${path}${query}`;
        try {
          const answer = await fetch(`${mock.url}${target}`, {
            method,
            headers,
            ...(withBody ? { body: pick(HOSTILE_BODIES) } : {}),
          });
          const text = await answer.text();
          const declared = operation.responses.some(
            (response) => response.status === String(answer.status) || response.status === "5XX",
          );
          if (answer.status >= 500 && !declared)
            problems.push(`${method} ${target} → ${answer.status}: ${text.slice(0, 160)}`);
        } catch (error) {
          dropped++;
          problems.push(`${method} ${target} → ${(error as Error).message}`);
        }
      };
      for (let sent = 0; sent < REQUESTS; sent += 10) await Promise.all(Array.from({ length: 10 }, one));
      expect(problems.slice(0, 10)).toEqual([]);
      expect(dropped).toBe(0);
      expect((await fetch(`${mock.url}/__mock/reset`, { method: "POST" })).status).toBeLessThan(300);
      expect(await snapshot(model, mock.url, auth)).toEqual(before);
    } finally {
      await mock.close();
    }
  });
});
