import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "./signed-in.ts";
import { startServer, type TestServer } from "./support.ts";

/* The fields every agreement test reads back, and every failure a mutation may return. */
const AGREEMENT = /* GraphQL */ `
  fragment AgreementFields on Agreement {
    __typename id kind status version allowedEvents
    title { en th }
    dates { cabinetApprovedOn signedOn inForceOn reviewStartedOn reviewDueOn expiresOn endedOn }
    parties { kind country organization { id name { en } } signatories { name title signedOn } }
    areas { number title { en } }
    renewal { kind periodMonths noticeDays }
    parent { id }
    supersedes { id }
    supersededBy { id }
  }
`;
const RESULT = /* GraphQL */ `
  __typename
  ... on Agreement { ...AgreementFields }
  ... on Error { code message }
  ... on TransitionError { from event }
  ... on ConflictError { currentVersion }
  ... on ValidationError { fields { path key message } }
`;

interface AgreementView {
  __typename: "Agreement";
  id: string;
  kind: string;
  status: string;
  version: number;
  allowedEvents: string[];
  title: { en: string; th: string | null };
  dates: Record<string, string | null>;
  parties: {
    kind: string;
    country: string | null;
    organization: { id: string; name: { en: string } } | null;
    signatories: { name: string; title: string; signedOn: string | null }[];
  }[];
  areas: { number: string; title: { en: string } }[];
  renewal: { kind: string; periodMonths: number | null; noticeDays: number | null };
  parent: { id: string } | null;
  supersedes: { id: string } | null;
  supersededBy: { id: string } | null;
}
interface FailureView {
  __typename: string;
  code: string;
  message: string;
  from?: string;
  event?: string;
  currentVersion?: number;
  fields?: { path: string; key: string; message: string }[];
}
type Outcome = AgreementView | FailureView;

const CREATE = `mutation CreateAgreement($input: AgreementDraftInput!) { createAgreement(input: $input) { ${RESULT} } } ${AGREEMENT}`;
const UPDATE = `mutation UpdateAgreement($id: ID!, $version: Int!, $input: AgreementEditInput!) {
  updateAgreement(id: $id, version: $version, input: $input) { ${RESULT} } } ${AGREEMENT}`;
const READ = `query Agreement($id: ID!) { node(id: $id) { ...AgreementFields } } ${AGREEMENT}`;

const ARG_TYPES: Record<string, string> = { on: "Date!", nextReviewDueOn: "Date", by: "ID!" };

/** Runs a lifecycle mutation with the arguments given (always id and version). */
function lifecycle(name: string, extra: Record<string, unknown> = {}) {
  const names = Object.keys(extra);
  const decl = names.map((n) => `, $${n}: ${ARG_TYPES[n]}`).join("");
  const use = names.map((n) => `, ${n}: $${n}`).join("");
  return `mutation Step($id: ID!, $version: Int!${decl}) { ${name}(id: $id, version: $version${use}) { ${RESULT} } } ${AGREEMENT}`;
}

const ORG = `mutation Org($input: OrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`;

async function data<T>(s: TestServer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await s.gql<T>(query, variables);
  expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
  return result.body.data as T;
}

async function organization(s: TestServer, en: string, kind = "ministry"): Promise<string> {
  const d = await data<{ createOrganization: { id: string } }>(s, ORG, { input: { name: { en }, kind } });
  return d.createOrganization.id;
}

/** A Thailand–Myanmar MOU draft input: the Thai government through its ministry, and IOM. */
function mouInput(ministry: string, iom: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: "mou",
    title: { en: "MOU on Cooperation to Combat Trafficking in Persons", th: "บันทึกความเข้าใจ" },
    parties: [
      {
        ref: { kind: "government", country: "TH", organizationId: ministry },
        signatories: [{ name: "Khun Somchai", title: "Permanent Secretary" }],
      },
      {
        ref: { kind: "organization", organizationId: iom },
        signatories: [{ name: "Chief of Mission", title: "IOM Thailand", signedOn: "2026-01-09" }],
      },
    ],
    areas: [
      { number: "1", title: { en: "Prevention" } },
      { number: "2", title: { en: "Protection" } },
    ],
    cabinetApprovedOn: "2025-12-16",
    ...overrides,
  };
}

async function create(s: TestServer, input: Record<string, unknown>): Promise<AgreementView> {
  const d = await data<{ createAgreement: Outcome }>(s, CREATE, { input });
  expect(d.createAgreement.__typename, JSON.stringify(d.createAgreement)).toBe("Agreement");
  return d.createAgreement as AgreementView;
}

async function step(
  s: TestServer,
  name: string,
  target: { id: string; version: number },
  extra: Record<string, unknown> = {},
): Promise<Outcome> {
  const d = await data<Record<string, Outcome>>(s, lifecycle(name, extra), {
    id: target.id,
    version: target.version,
    ...extra,
  });
  return d[name] as Outcome;
}

/** Applies the steps in turn, each against the version the previous one left; all must succeed. */
async function advance(
  s: TestServer,
  agreement: AgreementView,
  ...steps: [string, Record<string, unknown>?][]
): Promise<AgreementView> {
  let current = agreement;
  for (const [name, extra] of steps) {
    const next = await step(s, name, current, extra);
    expect(next.__typename, `${name}: ${JSON.stringify(next)}`).toBe("Agreement");
    current = next as AgreementView;
  }
  return current;
}

const read = async (s: TestServer, id: string) => (await data<{ node: AgreementView }>(s, READ, { id })).node;

const inForce = (s: TestServer, a: AgreementView) =>
  advance(
    s,
    a,
    ["startAgreementNegotiation"],
    ["signAgreement", { on: "2026-01-10" }],
    ["bringAgreementIntoForce", { on: "2026-02-01" }],
  );

describe("agreements over HTTP", () => {
  let s: TestServer;
  let ministry: string;
  let iom: string;
  beforeAll(async () => {
    s = await signedIn(await startServer());
    ministry = await organization(s, "Ministry of Social Development and Human Security");
    iom = await organization(s, "IOM Thailand", "un_agency");
  });
  afterAll(() => s.close());

  it("takes an MOU from draft to expiry: negotiating, signed, in force, under review, in force, expired", async () => {
    const draft = await create(s, mouInput(ministry, iom));
    expect(draft).toMatchObject({
      kind: "mou",
      status: "draft",
      version: 1,
      allowedEvents: ["start_negotiation"],
      title: { th: "บันทึกความเข้าใจ" },
      dates: { cabinetApprovedOn: "2025-12-16", signedOn: null },
      renewal: { kind: "none", periodMonths: null },
      parties: [
        {
          kind: "government",
          country: "TH",
          organization: { id: ministry, name: { en: "Ministry of Social Development and Human Security" } },
        },
        { kind: "organization", country: null, organization: { id: iom, name: { en: "IOM Thailand" } } },
      ],
      areas: [{ number: "1" }, { number: "2" }],
      parent: null,
    });

    const negotiating = await advance(s, draft, ["startAgreementNegotiation"]);
    expect([negotiating.status, negotiating.version, negotiating.allowedEvents]).toEqual([
      "negotiating",
      2,
      ["sign", "terminate"],
    ]);
    const signed = await advance(s, negotiating, ["signAgreement", { on: "2026-01-10" }]);
    expect(signed.status).toBe("signed");
    expect(signed.dates.signedOn).toBe("2026-01-10");
    // Signatures without their own date take the signing date; one already dated keeps it.
    expect(signed.parties.map((p) => p.signatories[0]?.signedOn)).toEqual(["2026-01-10", "2026-01-09"]);

    const active = await advance(s, signed, ["bringAgreementIntoForce", { on: "2026-02-01" }]);
    expect([active.status, active.dates.inForceOn]).toEqual(["in_force", "2026-02-01"]);
    const review = await advance(s, active, ["startAgreementReview", { on: "2026-06-01" }]);
    expect([review.status, review.dates.reviewStartedOn]).toEqual(["under_review", "2026-06-01"]);
    const reviewed = await advance(s, review, [
      "completeAgreementReview",
      { on: "2026-07-01", nextReviewDueOn: "2027-07-01" },
    ]);
    expect(reviewed).toMatchObject({
      status: "in_force",
      dates: { reviewStartedOn: null, reviewDueOn: "2027-07-01" },
    });
    const expired = await advance(s, reviewed, ["expireAgreement", { on: "2026-11-20" }]);
    expect(expired).toMatchObject({
      status: "expired",
      version: 7,
      allowedEvents: [],
      dates: { endedOn: "2026-11-20" },
    });
    expect(await read(s, draft.id)).toEqual(expired);

    const statusOn = await data<{ node: Record<string, string> }>(
      s,
      `query S($id: ID!) { node(id: $id) { ... on Agreement {
        before: statusOn(date: "2026-01-01") signed: statusOn(date: "2026-01-20")
        active: statusOn(date: "2026-03-01") ended: statusOn(date: "2026-12-01") } } }`,
      { id: draft.id },
    );
    expect(statusOn.node).toEqual({
      before: "negotiating",
      signed: "signed",
      active: "in_force",
      ended: "expired",
    });
  });

  it("refuses steps the lifecycle does not allow with a typed error, changing nothing", async () => {
    const draft = await create(s, mouInput(ministry, iom));
    expect(await step(s, "signAgreement", draft, { on: "2026-01-10" })).toEqual({
      __typename: "TransitionError",
      code: "AGREEMENT.TRANSITION_FORBIDDEN",
      message: expect.any(String),
      from: "draft",
      event: "sign",
    });
    expect(await step(s, "expireAgreement", draft, { on: "2026-01-10" })).toMatchObject({
      __typename: "TransitionError",
      from: "draft",
      event: "expire",
    });
    expect(await read(s, draft.id)).toEqual(draft);

    const active = await inForce(s, draft);
    expect(await step(s, "completeAgreementReview", active, { on: "2026-03-01" })).toMatchObject({
      __typename: "TransitionError",
      from: "in_force",
      event: "complete_review",
    });
    // A later step may not be dated before an earlier one.
    expect(await step(s, "startAgreementReview", active, { on: "2026-01-31" })).toMatchObject({
      __typename: "RuleError",
      code: "AGREEMENT.DATE_BEFORE_PREVIOUS",
    });
    const ended = await advance(s, active, ["terminateAgreement", { on: "2026-05-01" }]);
    expect(ended).toMatchObject({
      status: "terminated",
      allowedEvents: [],
      dates: { endedOn: "2026-05-01" },
    });
    expect(await step(s, "startAgreementReview", ended, { on: "2026-06-01" })).toMatchObject({
      __typename: "TransitionError",
      from: "terminated",
      event: "start_review",
    });
    expect(await read(s, draft.id)).toEqual(ended);
  });

  it("will not sign with fewer than two parties or a party without a signatory", async () => {
    const one = await advance(
      s,
      await create(s, mouInput(ministry, iom, { parties: [{ ref: { kind: "government", country: "TH" } }] })),
      ["startAgreementNegotiation"],
    );
    expect(await step(s, "signAgreement", one, { on: "2026-01-10" })).toMatchObject({
      __typename: "RuleError",
      code: "AGREEMENT.TOO_FEW_PARTIES",
      message: expect.stringMatching(/./),
    });
    const unsigned = await advance(
      s,
      await create(
        s,
        mouInput(ministry, iom, {
          parties: [
            { ref: { kind: "government", country: "TH" }, signatories: [{ name: "A", title: "B" }] },
            { ref: { kind: "government", country: "MM" } },
          ],
        }),
      ),
      ["startAgreementNegotiation"],
    );
    expect(await step(s, "signAgreement", unsigned, { on: "2026-01-10" })).toMatchObject({
      code: "AGREEMENT.UNSIGNED_PARTY",
    });
    expect((await read(s, unsigned.id)).status).toBe("negotiating");
  });

  it("answers a stale version with the current one and an unknown id with NotFoundError", async () => {
    const draft = await create(s, mouInput(ministry, iom));
    const negotiating = await advance(s, draft, ["startAgreementNegotiation"]);
    expect(await step(s, "signAgreement", draft, { on: "2026-01-10" })).toEqual({
      __typename: "ConflictError",
      code: "CONFLICT",
      message: expect.any(String),
      currentVersion: 2,
    });
    const stale = await data<{ updateAgreement: Outcome }>(s, UPDATE, {
      id: draft.id,
      version: 1,
      input: { title: { en: "Too late" } },
    });
    expect(stale.updateAgreement).toMatchObject({ __typename: "ConflictError", currentVersion: 2 });
    expect(await read(s, draft.id)).toEqual(negotiating);

    const missing = Buffer.from("Agreement:agr_000000000nothinghere0").toString("base64");
    expect(await step(s, "startAgreementNegotiation", { id: missing, version: 1 })).toMatchObject({
      __typename: "NotFoundError",
      code: "NOT_FOUND",
    });
    // A global id of another type is refused before the resolver runs (as an unexpected error, for now).
    const wrongType = await s.gql(lifecycle("startAgreementNegotiation"), { id: ministry, version: 1 });
    expect([wrongType.body.data, wrongType.body.errors?.length]).toEqual([null, 1]);
    expect((await read(s, draft.id)).version).toBe(2);
  });

  it("validates the draft with per-field paths and refuses unknown organizations", async () => {
    const invalid = await data<{ createAgreement: FailureView }>(s, CREATE, {
      input: mouInput(ministry, iom, {
        title: { en: " " },
        areas: [
          { number: "one", title: { en: "Prevention" } },
          { number: "2", title: { en: "" } },
        ],
        renewal: { kind: "automatic" },
        parties: [{ ref: { kind: "organization" }, signatories: [{ name: "", title: "Director" }] }],
      }),
    });
    expect(invalid.createAgreement.__typename).toBe("ValidationError");
    expect(invalid.createAgreement.fields?.map((f) => [f.path, f.key])).toEqual(
      expect.arrayContaining([
        ["title.en", "validation.required"],
        ["areas.0.number", "validation.invalid_clause_number"],
        ["areas.1.title.en", "validation.required"],
        ["renewal.periodMonths", "validation.required"],
        ["parties.0.ref.organizationId", "validation.required"],
        ["parties.0.signatories.0.name", "validation.required"],
      ]),
    );
    const duplicate = await data<{ createAgreement: FailureView }>(s, CREATE, {
      input: mouInput(ministry, iom, {
        areas: [
          { number: "1", title: { en: "A" } },
          { number: "1", title: { en: "B" } },
        ],
      }),
    });
    expect(duplicate.createAgreement.fields).toEqual([
      expect.objectContaining({ path: "areas", key: "validation.duplicate_clause" }),
    ]);

    const ghost = Buffer.from("Organization:org_000000000nothinghere0").toString("base64");
    const unknown = await data<{ createAgreement: FailureView }>(s, CREATE, {
      input: mouInput(ministry, ghost),
    });
    expect(unknown.createAgreement).toMatchObject({ __typename: "ValidationError", code: "VALIDATION" });
    expect(JSON.stringify(unknown.createAgreement)).toContain("parties.1.ref.organizationId");
  });

  it("updates only what is given, clears with null, and locks the terms once signed", async () => {
    const mou = await create(
      s,
      mouInput(ministry, iom, { expiresOn: "2031-01-09", reviewDueOn: "2028-01-01" }),
    );
    const sop = await create(s, { kind: "sop", title: { en: "SOP on return" }, parentId: mou.id });
    expect(sop.parent).toEqual({ id: mou.id });

    const renamed = await data<{ updateAgreement: AgreementView }>(s, UPDATE, {
      id: mou.id,
      version: 1,
      input: { title: { en: "Renamed MOU" }, expiresOn: null, renewal: { kind: "by_agreement" } },
    });
    expect(renamed.updateAgreement).toMatchObject({
      version: 2,
      title: { en: "Renamed MOU", th: null },
      dates: { expiresOn: null, reviewDueOn: "2028-01-01", cabinetApprovedOn: "2025-12-16" },
      renewal: { kind: "by_agreement" },
      parties: mou.parties,
      areas: mou.areas,
    });
    const unparented = await data<{ updateAgreement: AgreementView }>(s, UPDATE, {
      id: sop.id,
      version: 1,
      input: { parentId: null },
    });
    expect(unparented.updateAgreement.parent).toBeNull();

    const selfParent = await data<{ updateAgreement: FailureView }>(s, UPDATE, {
      id: mou.id,
      version: 2,
      input: { parentId: mou.id },
    });
    expect(selfParent.updateAgreement).toMatchObject({
      __typename: "RuleError",
      code: "AGREEMENT.SELF_REFERENCE",
    });
    const noTitle = await data<{ updateAgreement: FailureView }>(s, UPDATE, {
      id: mou.id,
      version: 2,
      input: { title: null },
    });
    expect(noTitle.updateAgreement).toMatchObject({ __typename: "ValidationError" });
    expect(noTitle.updateAgreement.fields?.[0]?.path).toBe("title");

    const signed = await advance(
      s,
      renamed.updateAgreement,
      ["startAgreementNegotiation"],
      ["signAgreement", { on: "2026-01-10" }],
    );
    const locked = await data<{ updateAgreement: FailureView }>(s, UPDATE, {
      id: mou.id,
      version: signed.version,
      input: { areas: [{ number: "1", title: { en: "Only prevention" } }], kind: "convention" },
    });
    expect(locked.updateAgreement).toMatchObject({ __typename: "RuleError", code: "AGREEMENT.TERMS_LOCKED" });
    expect(await read(s, mou.id)).toEqual(signed);
    // Dates and the title are not terms: they still change after signature.
    const dated = await data<{ updateAgreement: AgreementView }>(s, UPDATE, {
      id: mou.id,
      version: signed.version,
      input: { expiresOn: "2031-01-09" },
    });
    expect(dated.updateAgreement).toMatchObject({ status: "signed", dates: { expiresOn: "2031-01-09" } });
  });

  it("supersedes an agreement and links both ways", async () => {
    const old = await inForce(s, await create(s, mouInput(ministry, iom, { title: { en: "MOU 2003" } })));
    const next = await create(s, mouInput(ministry, iom, { title: { en: "MOU 2016" } }));

    expect(await step(s, "supersedeAgreement", old, { on: "2026-06-01", by: old.id })).toMatchObject({
      __typename: "RuleError",
      code: "AGREEMENT.SUPERSEDES_ITSELF",
    });
    const ghost = Buffer.from("Agreement:agr_000000000nothinghere0").toString("base64");
    expect(await step(s, "supersedeAgreement", old, { on: "2026-06-01", by: ghost })).toMatchObject({
      __typename: "ValidationError",
      code: "VALIDATION",
    });
    expect(await read(s, old.id)).toEqual(old);

    const superseded = await advance(s, old, ["supersedeAgreement", { on: "2026-06-01", by: next.id }]);
    expect(superseded).toMatchObject({
      status: "superseded",
      supersededBy: { id: next.id },
      dates: { endedOn: "2026-06-01" },
    });
    const successor = await read(s, next.id);
    expect([successor.supersedes, successor.version]).toEqual([{ id: old.id }, 2]);
    const chain = await data<{
      node: { supersededBy: { title: { en: string }; supersedes: { title: { en: string } } } };
    }>(
      s,
      `query C($id: ID!) { node(id: $id) { ... on Agreement { supersededBy { title { en } supersedes { title { en } } } } } }`,
      { id: old.id },
    );
    expect(chain.node.supersededBy).toEqual({
      title: { en: "MOU 2016" },
      supersedes: { title: { en: "MOU 2003" } },
    });
  });

  describe("SOP versions", () => {
    const STEPS = [
      {
        key: "identification",
        order: 1,
        title: { en: "Identification in Thailand" },
        responsibleSide: "TH",
        targetDays: 15,
      },
      {
        key: "verification",
        order: 2,
        title: { en: "Nationality verification" },
        responsibleSide: "MM",
        targetDays: 60,
      },
      { key: "handover", order: 3, title: { en: "Handover at the border" }, responsibleSide: "joint" },
    ];
    const ADD = `mutation Add($input: SopVersionInput!) { addSopVersion(input: $input) {
      __typename
      ... on SopVersion { version adoptedOn note targetDays agreement { id } steps { key order title { en } responsibleSide targetDays } }
      ... on Error { code }
      ... on ValidationError { fields { path key } }
    } }`;
    const add = async (input: Record<string, unknown>) =>
      (await data<{ addSopVersion: Record<string, unknown> }>(s, ADD, { input })).addSopVersion;

    it("adds versions, lists them with ordered steps, and compares two of them", async () => {
      const sop = await create(s, { kind: "sop", title: { en: "Bilateral SOP on return" } });
      const v1 = await add({
        agreementId: sop.id,
        adoptedOn: "2026-03-01",
        note: "First edition",
        steps: STEPS,
      });
      expect(v1).toMatchObject({
        __typename: "SopVersion",
        version: 1,
        adoptedOn: "2026-03-01",
        targetDays: null,
        agreement: { id: sop.id },
      });
      const revised = [
        { ...STEPS[2], order: 3, targetDays: 1 },
        { ...STEPS[1], order: 1, targetDays: 45 },
        {
          key: "family_assessment",
          order: 2,
          title: { en: "Family assessment" },
          responsibleSide: "MM",
          targetDays: 30,
        },
      ];
      const v2 = await add({ agreementId: sop.id, steps: revised });
      expect(v2).toMatchObject({ version: 2, adoptedOn: null, note: null, targetDays: 76 });
      expect((v2.steps as { key: string }[]).map((x) => x.key)).toEqual([
        "verification",
        "family_assessment",
        "handover",
      ]);

      const history = await data<{
        node: {
          sopVersions: { version: number; steps: { key: string; order: number }[] }[];
          sopChanges: unknown[];
          missing: unknown;
          same: unknown[];
        };
      }>(
        s,
        `query H($id: ID!) { node(id: $id) { ... on Agreement {
          sopVersions { version steps { key order } }
          sopChanges(from: 1, to: 2) { kind key fields before { order targetDays } after { order targetDays } }
          missing: sopChanges(from: 1, to: 3) { kind }
          same: sopChanges(from: 2, to: 2) { kind }
        } } }`,
        { id: sop.id },
      );
      expect(history.node.sopVersions.map((v) => [v.version, v.steps.map((x) => x.order)])).toEqual([
        [1, [1, 2, 3]],
        [2, [1, 2, 3]],
      ]);
      expect(history.node.sopChanges).toEqual([
        {
          kind: "changed",
          key: "verification",
          fields: ["order", "targetDays"],
          before: { order: 2, targetDays: 60 },
          after: { order: 1, targetDays: 45 },
        },
        {
          kind: "added",
          key: "family_assessment",
          fields: [],
          before: null,
          after: { order: 2, targetDays: 30 },
        },
        {
          kind: "changed",
          key: "handover",
          fields: ["targetDays"],
          before: { order: 3, targetDays: null },
          after: { order: 3, targetDays: 1 },
        },
        {
          kind: "removed",
          key: "identification",
          fields: [],
          before: { order: 1, targetDays: 15 },
          after: null,
        },
      ]);
      expect(history.node.missing).toBeNull();
      expect(history.node.same).toEqual([]);
    });

    it("refuses steps for an MOU, invalid steps and gaps, changing nothing", async () => {
      const mou = await create(s, mouInput(ministry, iom));
      expect(await add({ agreementId: mou.id, steps: STEPS })).toMatchObject({
        __typename: "RuleError",
        code: "SOP.NOT_AN_SOP",
      });
      const sop = await create(s, { kind: "annex", title: { en: "Annex" } });
      expect(await add({ agreementId: sop.id, steps: [] })).toMatchObject({
        __typename: "ValidationError",
        fields: [{ path: "steps", key: "validation.required" }],
      });
      expect(
        await add({ agreementId: sop.id, steps: [{ ...STEPS[0], key: "Bad Key", responsibleSide: "TH" }] }),
      ).toMatchObject({
        __typename: "ValidationError",
        fields: [{ path: "steps.0.key", key: "validation.invalid_key" }],
      });
      expect(await add({ agreementId: sop.id, steps: [STEPS[0], { ...STEPS[2], order: 3 }] })).toMatchObject({
        __typename: "RuleError",
        code: "SOP.STEP_ORDER_GAP",
      });
      const none = await data<{ node: { sopVersions: unknown[] } }>(
        s,
        `query V($id: ID!) { node(id: $id) { ... on Agreement { sopVersions { version } } } }`,
        { id: sop.id },
      );
      expect(none.node.sopVersions).toEqual([]);
    });
  });
});

describe("agreement lists over HTTP", () => {
  let s: TestServer;
  let statements: string[];
  let ministry: string;
  let ngo: string;
  beforeAll(async () => {
    statements = [];
    // Today in Thailand is 2026-11-21.
    s = await signedIn(
      await startServer({ now: "2026-11-21T03:00:00Z", onQuery: (sql) => statements.push(sql) }),
    );
    ministry = await organization(s, "Ministry of Social Development and Human Security");
    ngo = await organization(s, "Mae Sot Legal Aid", "legal_aid");
  });
  afterAll(() => s.close());

  const LIST = `query List($first: Int, $after: String, $status: [AgreementStatus!], $kind: [AgreementKind!],
      $party: ID, $query: String, $days: Int) {
    agreements(first: $first, after: $after, status: $status, kind: $kind, partyOrganizationId: $party,
        query: $query, expiringWithinDays: $days) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { title { en } status effectiveExpiry reminders { kind threshold dueOn daysLeft } } }
    }
  }`;
  interface ListView {
    agreements: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          title: { en: string };
          status: string;
          effectiveExpiry: string | null;
          reminders: { kind: string; threshold: number; dueOn: string; daysLeft: number }[];
        };
      }[];
    };
  }
  const list = async (variables: Record<string, unknown>) =>
    (await data<ListView>(s, LIST, variables)).agreements;
  const titles = (page: ListView["agreements"]) => page.edges.map((e) => e.node.title.en);

  beforeAll(async () => {
    const make = (en: string, extra: Record<string, unknown> = {}) =>
      create(s, mouInput(ministry, ngo, { title: { en }, ...extra }));
    // Stored expiry long past, but it renews itself every five years: effectively 2026-11-30.
    await inForce(
      s,
      await make("Renewing MOU", {
        expiresOn: "2021-11-30",
        renewal: { kind: "automatic", periodMonths: 60 },
      }),
    );
    await inForce(s, await make("Expiring MOU", { expiresOn: "2027-01-20", reviewDueOn: "2027-05-01" }));
    await inForce(s, await make("Later MOU", { expiresOn: "2028-01-01" }));
    await make("Draft plan", { kind: "plan_of_action", expiresOn: "2026-12-01" });
    await create(s, {
      kind: "sop",
      title: { en: "Government SOP" },
      parties: [
        { ref: { kind: "government", country: "TH" } },
        { ref: { kind: "government", country: "MM" } },
      ],
    });
  });

  it("filters by status, kind, party and title, and pages with a total count", async () => {
    expect(titles(await list({ status: ["draft"] }))).toEqual(["Draft plan", "Government SOP"]);
    expect(titles(await list({ kind: ["sop"] }))).toEqual(["Government SOP"]);
    expect(titles(await list({ party: ngo, status: ["in_force"] }))).toEqual([
      "Renewing MOU",
      "Expiring MOU",
      "Later MOU",
    ]);
    expect(titles(await list({ query: "later" }))).toEqual(["Later MOU"]);

    const first = await list({ first: 3 });
    expect([first.totalCount, first.pageInfo.hasNextPage, titles(first)]).toEqual([
      5,
      true,
      ["Renewing MOU", "Draft plan", "Expiring MOU"],
    ]);
    const rest = await list({ first: 3, after: first.pageInfo.endCursor });
    expect([rest.totalCount, rest.pageInfo.hasNextPage, titles(rest)]).toEqual([
      5,
      false,
      ["Later MOU", "Government SOP"],
    ]);
  });

  it("lists what expires within a window by effective expiry, as the domain decides", async () => {
    const within60 = await list({ days: 60 });
    // The draft's stored expiry is in the window, but a draft is not in force: it does not expire.
    expect(titles(within60)).toEqual(["Renewing MOU", "Expiring MOU"]);
    expect(within60.totalCount).toBe(2);
    expect(within60.edges.map((e) => [e.node.effectiveExpiry, e.node.reminders])).toEqual([
      ["2026-11-30", [{ kind: "expiry", threshold: 30, dueOn: "2026-11-30", daysLeft: 9 }]],
      [
        "2027-01-20",
        [
          { kind: "expiry", threshold: 90, dueOn: "2027-01-20", daysLeft: 60 },
          { kind: "review", threshold: 180, dueOn: "2027-05-01", daysLeft: 161 },
        ],
      ],
    ]);
    expect(titles(await list({ days: 59 }))).toEqual(["Renewing MOU"]);
    expect(titles(await list({ days: 60, kind: ["sop"] }))).toEqual([]);

    const page = await list({ days: 1000, first: 2 });
    expect([page.totalCount, page.pageInfo.hasNextPage, titles(page)]).toEqual([
      3,
      true,
      ["Renewing MOU", "Expiring MOU"],
    ]);
    const next = await list({ days: 1000, first: 2, after: page.pageInfo.endCursor });
    expect([next.pageInfo.hasNextPage, titles(next)]).toEqual([false, ["Later MOU"]]);

    const negative = await s.gql(LIST, { days: -1 });
    expect(negative.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badCursor = await s.gql(LIST, { days: 30, after: "nonsense" });
    expect(badCursor.body.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
  });

  it("reads parties, children, parents and SOP versions of a page in a fixed number of statements", async () => {
    /** An MOU with two SOPs under it, each with an adopted version. */
    const addFamily = async (en: string) => {
      const parent = await create(s, mouInput(ministry, ngo, { title: { en } }));
      for (const sop of ["SOP B", "SOP A"]) {
        const child = await create(s, { kind: "sop", title: { en: sop }, parentId: parent.id });
        await data(
          s,
          `mutation Add($input: SopVersionInput!) { addSopVersion(input: $input) { __typename } }`,
          {
            input: {
              agreementId: child.id,
              steps: [{ key: "handover", order: 1, title: { en: "Handover" }, responsibleSide: "joint" }],
            },
          },
        );
      }
    };
    await addFamily("Parent MOU");
    const DEEP = `query Deep($first: Int) { agreements(first: $first) { totalCount edges { node {
      title { en }
      parties { organization { name { en } } signatories { name } }
      parent { title { en } }
      children { title { en } parent { title { en } } sopVersions { version steps { key } } }
      sopVersions { version }
      sopChanges(from: 1, to: 1) { kind }
      supersededBy { id }
    } } } }`;
    const measure = async (first: number) => {
      statements.length = 0;
      const d = await data<{
        agreements: { edges: { node: { title: { en: string }; children: unknown[] } }[] };
      }>(s, DEEP, { first });
      return { d, count: statements.length };
    };
    const before = await measure(50);
    const parentNode = before.d.agreements.edges.find((e) => e.node.title.en === "Parent MOU")?.node;
    expect(parentNode?.children).toEqual([
      {
        title: { en: "SOP A" },
        parent: { title: { en: "Parent MOU" } },
        sopVersions: [{ version: 1, steps: [{ key: "handover" }] }],
      },
      {
        title: { en: "SOP B" },
        parent: { title: { en: "Parent MOU" } },
        sopVersions: [{ version: 1, steps: [{ key: "handover" }] }],
      },
    ]);
    // Three times the parents, children and SOP versions: the same statements, one per batch.
    for (let i = 0; i < 3; i++) await addFamily(`More ${i}`);
    const after = await measure(50);
    expect(after.d.agreements.edges.length).toBe(before.d.agreements.edges.length + 9);
    expect(after.count).toBe(before.count);
    // The session (1), the page (5), organizations, the parents, the children (4 each) and the SOP
    // versions (2).
    expect(before.count).toBeLessThanOrEqual(17);
  });
});
