import type { Instant, PlainDate } from "@moei/domain/shared";
import { integer, snakeCase, text } from "drizzle-orm/sqlite-core";

/** Instants are canonical ISO strings (whole seconds, `Z`), so they sort as text in indexes. */
export const instant = () => text().$type<Instant>();
export const plainDate = () => text().$type<PlainDate>();
export const bool = () => integer({ mode: "boolean" });
export const json = <T>() => text({ mode: "json" }).$type<T>();

export const timestamps = {
  createdAt: instant().notNull(),
  updatedAt: instant().notNull(),
};

/** Tables are declared with camelCase keys and stored with snake_case names. */
export const table = snakeCase.table;
