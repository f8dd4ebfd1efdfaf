/** Now as an Instant the API accepts: whole seconds, UTC. */
export const nowInstant = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
