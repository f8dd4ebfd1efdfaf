export * from "./action.schemas.ts";
export * from "./action.ts";
export * from "./matters-arising.ts";
