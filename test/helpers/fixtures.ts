/** The fixture specs of test/fixtures/specs, one concern each, shared by the snapshot and real-world tests. */
export const FIXTURES = [
  "petstore.yaml",
  "envelope-pagination.yaml",
  "streaming.yaml",
  "security-schemes.yaml",
  "naming-edge-cases.yaml",
  "name-clashes.yaml",
  "composition.yaml",
  "split-refs/api.yaml",
  "reserved-names.yaml",
  "recursive-schemas.yaml",
  "content-media-types.yaml",
];
