/**
 * Every file the pipeline emits for small fixture specs (one concern each) is compared with its
 * committed snapshot under test/__snapshots__/<fixture>/, so a reviewer sees exactly what a
 * generator change does to output. The runtime copy is left out: it is the same in every package.
 */
import { describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/pipeline.js";
import { FIXTURES } from "../helpers/fixtures.js";

describe.each(FIXTURES)("fixture %s", (fixture) => {
  it("matches its snapshot, file by file", async () => {
    const files = await generatePackage({ specFile: `test/fixtures/specs/${fixture}` });
    const name = fixture.replace(/\/api\.yaml$|\.yaml$/, "");
    for (const file of files) {
      if (file.path.startsWith("src/runtime/")) continue;
      await expect(file.contents).toMatchFileSnapshot(`../__snapshots__/${name}/${file.path}`);
    }
  });
});
