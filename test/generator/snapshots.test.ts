/**
 * Every file the pipeline emits for small fixture specs (one concern each) is compared with its
 * committed snapshot under test/__snapshots__/<fixture>/, so a reviewer sees exactly what a
 * generator change does to output. The runtime's, the mock engine's and the contract engine's modules are left out (they
 * are copied byte for byte), but which of them a package carries is part of the snapshot.
 */
import { describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/pipeline.js";
import { FIXTURES } from "../helpers/fixtures.js";

describe.each(FIXTURES)("fixture %s", (fixture) => {
  it("matches its snapshot, file by file", async () => {
    const files = await generatePackage({ specFile: `test/fixtures/specs/${fixture}` });
    const name = fixture.replace(/\/api\.yaml$|\.yaml$/, "");
    const copied = (path: string) =>
      (path.startsWith("src/runtime/") && path !== "src/runtime/index.ts") ||
      path.startsWith("src/mock/engine/") ||
      path.startsWith("src/contract/engine/");
    const runtime = files.filter((file) => file.path.startsWith("src/runtime/") && copied(file.path));
    await expect(`${runtime.map((file) => file.path).join("\n")}\n`).toMatchFileSnapshot(
      `../__snapshots__/${name}/runtime-files.txt`,
    );
    const engine = files.filter((file) => file.path.startsWith("src/mock/engine/"));
    await expect(`${engine.map((file) => file.path).join("\n")}\n`).toMatchFileSnapshot(
      `../__snapshots__/${name}/mock-engine-files.txt`,
    );
    const checks = files.filter((file) => file.path.startsWith("src/contract/engine/"));
    await expect(`${checks.map((file) => file.path).join("\n")}\n`).toMatchFileSnapshot(
      `../__snapshots__/${name}/contract-engine-files.txt`,
    );
    for (const file of files) {
      if (copied(file.path)) continue;
      await expect(file.contents).toMatchFileSnapshot(`../__snapshots__/${name}/${file.path}`);
    }
  });
});
