export * from "./agreement.schemas.ts";
export * from "./agreement.ts";
export * from "./sop.ts";
