export * from "./access.ts";
export * from "./rules.ts";
