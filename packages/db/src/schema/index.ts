export * from "./action.ts";
export * from "./agreement.ts";
export * from "./calendar-feed.ts";
export * from "./case-reference.ts";
export * from "./meeting.ts";
export * from "./organization.ts";
export * from "./user.ts";
