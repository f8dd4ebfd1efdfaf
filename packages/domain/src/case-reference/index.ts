export * from "./case-reference.ts";
