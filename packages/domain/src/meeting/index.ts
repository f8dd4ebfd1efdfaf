export * from "./agenda.ts";
export * from "./meeting.schemas.ts";
export * from "./meeting.ts";
export * from "./minutes.ts";
export * from "./numbering.ts";
export * from "./participation.ts";
export * from "./recurrence.ts";
export * from "./series.ts";
