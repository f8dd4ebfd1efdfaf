// The whole domain from one import; prefer the subpath exports (`@moei/domain/meeting`) in application code.
export * from "./access/index.ts";
export * from "./account/index.ts";
export * from "./action/index.ts";
export * from "./agreement/index.ts";
export * from "./case-reference/index.ts";
export * from "./data-protection/index.ts";
export * from "./meeting/index.ts";
export * from "./organization/index.ts";
export * from "./shared/index.ts";
