export * from "../data-protection/identifiers.ts";
export * from "./mothers.ts";
