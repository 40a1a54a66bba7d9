/** The fields of a Path Item Object (OpenAPI 3.0 and 3.1) that hold an operation, in the specification's order. */
export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
