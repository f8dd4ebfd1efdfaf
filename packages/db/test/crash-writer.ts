// Child process of the crash test: writes through the repositories in a loop and acknowledges each
// committed write on stdout, until it is killed.
import { writeSync } from "node:fs";
import { type ActionInput, actionInputSchema } from "@moei/domain/action";
import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import { instantFromEpochMs } from "@moei/domain/shared";
import { openDb } from "../src/client.ts";
import { actionRepository } from "../src/repositories/action.repository.ts";
import { meetingRepository } from "../src/repositories/meeting.repository.ts";
import { meetings, organizations } from "../src/schema/index.ts";
import { must, parsed, smallWorld } from "./fixtures.ts";
import { ctx } from "./support.ts";

const path = process.argv[2] as string;
const db = openDb({ path });
if (db.select().from(meetings).get() === undefined) {
  const { series } = smallWorld(db);
  must(
    meetingRepository(db).schedule(
      ctx(),
      parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
        seriesId: series.id,
        start: "2026-12-10T10:00",
        zone: "Asia/Bangkok",
        durationMinutes: 120,
        mode: "in_person",
      }),
    ),
  );
}
const meetingId = (db.select().from(meetings).get() as { id: string }).id;
const owners = db
  .select({ id: organizations.id })
  .from(organizations)
  .limit(2)
  .all()
  .map((o) => o.id);
const actions = actionRepository(db);

writeSync(1, "ready\n");
for (let i = 0; ; i++) {
  const at = ctx(instantFromEpochMs(Date.now()));
  const input = parsed<ActionInput>(actionInputSchema, {
    text: `Crash-test action ${i}`,
    ownerIds: owners,
    dueOn: "2027-01-31",
    source: { meetingId },
  });
  const { action } = must(actions.create(at, input));
  writeSync(1, `ack create ${action.id}\n`);
  if (i % 2 === 0) {
    must(actions.changeStatus(at, { actionId: action.id, version: 1, event: "start", comment: "started" }));
    writeSync(1, `ack start ${action.id}\n`);
  }
}
