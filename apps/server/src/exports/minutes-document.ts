import type { ActionStatus } from "@moei/domain/action";
import {
  type AttendanceStatus,
  formatMeetingNumber,
  type MeetingMode,
  type MeetingNumber,
  type NumberingScheme,
  weekdayName,
} from "@moei/domain/meeting";
import {
  dateOf,
  formatDate,
  formatDualZoneText,
  formatTime,
  type Instant,
  type PlainDate,
  stateLabel,
  type TimeZone,
  toMyanmarDigits,
  type UiLanguage,
} from "@moei/domain/shared";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type IRunOptions,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { LABELS, type Labels } from "./minutes-labels.ts";

/*
 * The minutes of one meeting as a Word document in one language, laid out as Thai ministries file a
 * รายงานการประชุม (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ): title block, who came, the opening time, each
 * agenda item with its minutes and resolutions, the follow-up tables, the closing time and the lines the
 * minute taker and checker sign. Pure: the meeting as the API gave it to the reader in, a document out.
 */

// ---------------------------------------------------------------------------------------------------
// What the builder reads: the shape of the export's GraphQL query (see minutes-docx.ts)

/** A name in the interface languages, as the API's LocalizedText. */
export interface Localized {
  readonly en: string;
  readonly th: string | null;
  readonly my: string | null;
}

export interface MinutesOrganization {
  readonly acronym: string | null;
  readonly name: Localized;
}

export interface MinutesAction {
  readonly text: string;
  readonly dueOn: PlainDate;
  readonly status: ActionStatus;
  readonly overdue: boolean;
  readonly owners: readonly MinutesOrganization[];
}

export interface MinutesMeeting {
  readonly id: string;
  readonly title: Localized | null;
  readonly number: MeetingNumber | null;
  readonly statusLabel: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly zone: TimeZone;
  readonly mode: MeetingMode;
  readonly venue: string | null;
  /** The zones the start is shown in: the meeting's, and each country's of a cross-border series. */
  readonly times: readonly { readonly zone: TimeZone }[];
  readonly series: {
    readonly name: Localized;
    readonly numbering: NumberingScheme;
    readonly countries: readonly string[];
    readonly quorum: number | null;
    readonly secretariat: MinutesOrganization;
  };
  readonly invitations: readonly { readonly organization: MinutesOrganization }[];
  readonly attendance: readonly {
    readonly status: AttendanceStatus;
    readonly delegates: readonly string[];
    readonly organization: MinutesOrganization;
  }[];
  readonly quorum: {
    readonly members: number;
    readonly present: number;
    readonly required: number;
    readonly met: boolean;
  };
  readonly agenda: readonly {
    readonly id: string;
    readonly position: number;
    readonly title: Localized;
    readonly presenter: MinutesOrganization | null;
    readonly minutes: readonly { readonly language: string; readonly body: string }[];
  }[];
  readonly decisions: readonly {
    readonly position: number;
    readonly text: Localized;
    readonly agendaItem: { readonly id: string } | null;
  }[];
  readonly actions: readonly MinutesAction[];
  readonly mattersArising: readonly {
    readonly carriedOver: number;
    readonly action: MinutesAction;
  }[];
}

// ---------------------------------------------------------------------------------------------------
// Fonts: each script in its government's standard font, declared so Word and LibreOffice shape it

/**
 * Thai text in TH Sarabun New 16 pt, the Thai government's standard face for official documents (the
 * Sarabun of the national fonts, Cabinet resolution of 2010); Burmese in Pyidaungsu, the Myanmar government's
 * Unicode font, at 12 pt, which reads about as large as Sarabun at 16 (Sarabun is drawn small on its body).
 * Word takes Thai's font from `w:cs` and its size from `w:szCs` and shapes it by `w:lang w:bidi`; every font
 * slot of a run is set to its script's font, so no application can pick another for Burmese either.
 */
const SCRIPTS = {
  thai: { font: "TH Sarabun New", points: 16, lang: "th-TH" },
  myanmar: { font: "Pyidaungsu", points: 12, lang: "my-MM" },
} as const;
type Script = keyof typeof SCRIPTS | "latin";
/** The character style that declares each script's font and language. */
const STYLE_OF = { thai: "ThaiText", myanmar: "MyanmarText" } as const;

/**
 * Latin text (names, acronyms, English) takes the font of the document's language: Sarabun in Thai and in
 * English, since the English minutes are filed beside the Thai ones and should look like them (Sarabun has
 * Latin letters drawn to match its Thai); Pyidaungsu, which has Latin letters too, in Burmese.
 */
const LATIN_OF: Readonly<Record<UiLanguage, { readonly font: string; readonly points: number }>> = {
  th: SCRIPTS.thai,
  en: SCRIPTS.thai,
  my: SCRIPTS.myanmar,
};
const LATIN_LANG = "en-US";

const THAI = /[\u0e00-\u0e7f]/;
const MYANMAR = /[\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]/;
const LETTER = /\p{L}/u;

/** The script a character sets, or undefined for digits, spaces and punctuation, which follow their neighbours. */
function scriptOf(char: string): Script | undefined {
  if (THAI.test(char)) return "thai";
  if (MYANMAR.test(char)) return "myanmar";
  return LETTER.test(char) ? "latin" : undefined;
}

/** Splits text into runs of one script each, so every run can carry its own font and language. */
export function splitByScript(text: string): { readonly script: Script; readonly text: string }[] {
  const parts: { script: Script; text: string }[] = [];
  let pending = "";
  for (const char of text) {
    const script = scriptOf(char);
    const last = parts.at(-1);
    if (script === undefined) {
      if (last === undefined) pending += char;
      else last.text += char;
    } else if (last?.script === script) {
      last.text += char;
    } else {
      parts.push({ script, text: pending + char });
      pending = "";
    }
  }
  if (pending !== "") parts.push({ script: "latin", text: pending });
  return parts;
}

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Relative to the script's body size. */
  readonly scale?: number;
}

/**
 * The font, size and language of one script's run. `hint: cs` has Word set the spaces and digits inside a
 * Thai or Burmese run in that run's font too.
 */
function scriptFormat(
  script: Script,
  lang: UiLanguage,
): Pick<IRunOptions, "font" | "language"> & { points: number } {
  if (script === "latin") {
    const { font, points } = LATIN_OF[lang];
    return {
      font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
      language: { value: LATIN_LANG },
      points,
    };
  }
  const { font, points, lang: tag } = SCRIPTS[script];
  return {
    font: { ascii: font, hAnsi: font, cs: font, eastAsia: font, hint: "cs" },
    language: { value: tag, bidirectional: tag },
    points,
  };
}

/** The runs of a text, one per script, each tagged with its font and language; a tab becomes Word's tab. */
function runs(text: string, lang: UiLanguage, style: RunStyle = {}): TextRun[] {
  const emphasis = {
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italics === true ? { italics: true } : {}),
  };
  return text.split("\t").flatMap((piece, i) => [
    ...(i === 0 ? [] : [new TextRun({ children: [new Tab()] })]),
    ...splitByScript(piece).map((part) => {
      const { points, ...format } = scriptFormat(part.script, lang);
      return new TextRun({
        text: part.text,
        ...format,
        ...(part.script === "latin" ? {} : { style: STYLE_OF[part.script] }),
        // Half-points; `size` writes w:sz and w:szCs alike.
        size: Math.round(points * (style.scale ?? 1) * 2),
        ...emphasis,
      });
    }),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Building blocks

const CM = 567; // twips
/** A4 with the margins of the Thai official-document standard: 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom. */
const PAGE = { width: 11906, height: 16838, top: 1418, right: 1134, bottom: 1134, left: 1701 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

interface Writer {
  readonly lang: UiLanguage;
  readonly t: Labels;
  /** Digits as the document's language writes them: Myanmar digits in Burmese, as the domain's dates do. */
  readonly n: (value: number) => string;
  readonly p: (
    text: string,
    options?: RunStyle & {
      readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType];
      readonly heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
      readonly indent?: number;
      readonly firstLine?: number;
      readonly hanging?: number;
      readonly before?: number;
      readonly after?: number;
    },
  ) => Paragraph;
}

function writer(lang: UiLanguage): Writer {
  const body = lang === "th" ? AlignmentType.THAI_DISTRIBUTE : AlignmentType.LEFT;
  return {
    lang,
    t: LABELS[lang],
    n: (value) => (lang === "my" ? toMyanmarDigits(String(value)) : String(value)),
    p: (text, o = {}) =>
      new Paragraph({
        children: runs(text, lang, o),
        alignment: o.align ?? (o.heading === undefined ? body : AlignmentType.LEFT),
        ...(o.heading === undefined ? {} : { heading: o.heading, keepNext: true }),
        indent: {
          left: o.indent ?? 0,
          ...(o.firstLine === undefined ? {} : { firstLine: o.firstLine }),
          ...(o.hanging === undefined ? {} : { hanging: o.hanging }),
        },
        spacing: { before: o.before ?? 0, after: o.after ?? 60 },
      }),
  };
}

/** The text in the document's language; English, marked as such, when it has none. */
function inLanguage(text: Localized, lang: UiLanguage): { readonly text: string; readonly english: boolean } {
  const own = lang === "en" ? text.en : text[lang];
  if (own !== null && own.trim() !== "") return { text: own, english: false };
  return { text: text.en, english: lang !== "en" };
}

/** Names and titles fall back to English quietly, as the portal shows them. */
const named = (text: Localized, lang: UiLanguage): string => inLanguage(text, lang).text;

function organization(o: MinutesOrganization, lang: UiLanguage): string {
  const name = named(o.name, lang);
  return o.acronym !== null && o.acronym !== name ? `${name} (${o.acronym})` : name;
}

const shortOrganization = (o: MinutesOrganization, lang: UiLanguage): string =>
  o.acronym ?? named(o.name, lang);

function table(
  w: Writer,
  widths: readonly number[],
  header: readonly string[],
  rows: readonly string[][],
): Table {
  const cell = (text: string, width: number, head: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(head ? { shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } } : {}),
      children: text
        .split("\n")
        .map((line) => w.p(line, { bold: head, align: AlignmentType.LEFT, after: 0 })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, widths[i] ?? 0, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, widths[i] ?? 0, false)),
          }),
      ),
    ],
  });
}

/** The start (and end) as read in the meeting's zone, or on each side of the border for a cross-border series. */
function timeOf(meeting: MinutesMeeting, instant: Instant, lang: UiLanguage): string {
  if (meeting.series.countries.length > 1) {
    return formatDualZoneText(
      instant,
      lang,
      meeting.times.map((t) => t.zone),
    );
  }
  const time = formatTime(instant, meeting.zone, lang);
  return lang === "th" ? `${time} น.` : time;
}

function dateLine(meeting: MinutesMeeting, w: Writer): string {
  const date = dateOf(meeting.start, meeting.zone);
  return w.t.date(weekdayName(date, w.lang), formatDate(date, w.lang, { style: "long" }));
}

function timeLine(meeting: MinutesMeeting, w: Writer): string {
  if (meeting.series.countries.length > 1) return w.t.time(timeOf(meeting, meeting.start, w.lang));
  const range = `${formatTime(meeting.start, meeting.zone, w.lang)}–${formatTime(meeting.end, meeting.zone, w.lang)}`;
  return w.t.time(w.lang === "th" ? `${range} น.` : range);
}

/** The number line, as formatMeetingNumber writes it in the long style ("ครั้งที่ 1 ประจำปีงบประมาณ 2564"). */
export function meetingNumberText(
  meeting: Pick<MinutesMeeting, "number" | "series">,
  lang: UiLanguage,
): string | null {
  if (meeting.number === null) return null;
  const { numbering } = meeting.series;
  return LABELS[lang].number[numbering](
    formatMeetingNumber(meeting.number, numbering, lang, { style: "long" }),
  );
}

// ---------------------------------------------------------------------------------------------------
// The sections of the minutes

function titleBlock(meeting: MinutesMeeting, w: Writer): Paragraph[] {
  const centered = { align: AlignmentType.CENTER } as const;
  const seriesName = named(meeting.series.name, w.lang);
  const title = meeting.title === null ? null : named(meeting.title, w.lang);
  const number = meetingNumberText(meeting, w.lang);
  return [
    w.p(w.t.documentTitle, { ...centered, heading: HeadingLevel.TITLE, bold: true, scale: 1.25 }),
    w.p(seriesName, { ...centered, bold: true, scale: 1.1 }),
    ...(title !== null && title !== seriesName ? [w.p(title, { ...centered, bold: true })] : []),
    ...(number === null ? [] : [w.p(number, { ...centered, bold: true })]),
    w.p(dateLine(meeting, w), centered),
    w.p(timeLine(meeting, w), centered),
    w.p(w.t.venue[meeting.mode](meeting.venue), centered),
    new Paragraph({
      children: runs(w.t.status(meeting.statusLabel), w.lang, { italics: true, scale: 0.875 }),
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "808080", space: 4 } },
      spacing: { after: 240 },
    }),
  ];
}

const ATTENDANCE_ORDER: readonly AttendanceStatus[] = ["present", "remote", "excused", "absent"];

function attendanceSection(meeting: MinutesMeeting, w: Writer): Paragraph[] {
  const heading = w.p(w.t.attendance, { heading: HeadingLevel.HEADING_1, bold: true, before: 120 });
  const numbered = (i: number, text: string) =>
    w.p(`${w.n(i + 1)}.\t${text}`, { indent: 2 * CM, hanging: CM, after: 0 });
  if (meeting.attendance.length === 0) {
    return [
      heading,
      w.p(w.t.noAttendance),
      ...(meeting.invitations.length === 0
        ? []
        : [
            w.p(w.t.invited, { bold: true, before: 120 }),
            ...meeting.invitations.map((inv, i) => numbered(i, organization(inv.organization, w.lang))),
          ]),
    ];
  }
  const groups = ATTENDANCE_ORDER.flatMap((status) => {
    const rows = meeting.attendance
      .filter((a) => a.status === status)
      .map((a) => ({ ...a, label: organization(a.organization, w.lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, w.lang));
    if (rows.length === 0) return [];
    return [
      w.p(w.t.attendanceGroups[status], { bold: true, before: 120 }),
      ...rows.map((row, i) =>
        numbered(i, row.delegates.length === 0 ? row.label : `${row.label} — ${row.delegates.join(", ")}`),
      ),
    ];
  });
  const { quorum } = meeting;
  const quorumLine =
    meeting.series.quorum === null
      ? []
      : [
          w.p(
            w.t.quorum({
              present: w.n(quorum.present),
              required: w.n(quorum.required),
              members: w.n(quorum.members),
              met: quorum.met,
            }),
            { before: 120 },
          ),
        ];
  return [heading, ...groups, ...quorumLine];
}

/** Minutes are kept as plain text; each line is a paragraph, indented on its first line as Thai minutes are. */
function bodyParagraphs(text: string, w: Writer): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => w.p(line, { firstLine: Math.round(1.25 * CM), after: 120 }));
}

function agendaSection(meeting: MinutesMeeting, w: Writer): Paragraph[] {
  return meeting.agenda.flatMap((item) => {
    const own = item.minutes.find((m) => m.language === w.lang && m.body.trim() !== "");
    const english = item.minutes.find((m) => m.language === "en" && m.body.trim() !== "");
    const minutes = own
      ? bodyParagraphs(own.body, w)
      : english && w.lang !== "en"
        ? [
            w.p(`${w.t.inEnglish} ${w.t.englishMinutes}`, { italics: true, scale: 0.875 }),
            ...bodyParagraphs(english.body, w),
          ]
        : [w.p(w.t.noMinutes, { italics: true })];
    const decisions = meeting.decisions.filter((d) => d.agendaItem?.id === item.id);
    return [
      w.p(w.t.agendaItem(w.n(item.position), named(item.title, w.lang)), {
        heading: HeadingLevel.HEADING_1,
        bold: true,
        before: 240,
      }),
      ...(item.presenter === null
        ? []
        : [w.p(w.t.presenter(organization(item.presenter, w.lang)), { italics: true })]),
      ...minutes,
      ...(decisions.length === 0
        ? []
        : [
            w.p(w.t.resolutions, { bold: true, before: 60 }),
            ...decisions.map((d) => decisionParagraph(d, w)),
          ]),
    ];
  });
}

function decisionParagraph(decision: MinutesMeeting["decisions"][number], w: Writer): Paragraph {
  const { text, english } = inLanguage(decision.text, w.lang);
  const label = `${w.t.decision(w.n(decision.position))}${english ? ` ${w.t.inEnglish}` : ""}`;
  return new Paragraph({
    children: [...runs(`${label}: `, w.lang, { bold: true }), ...runs(text, w.lang)],
    indent: { left: CM },
    spacing: { after: 60 },
  });
}

function otherDecisions(meeting: MinutesMeeting, w: Writer): Paragraph[] {
  const items = new Set(meeting.agenda.map((i) => i.id));
  const loose = meeting.decisions.filter((d) => d.agendaItem === null || !items.has(d.agendaItem.id));
  if (loose.length === 0) return [];
  return [
    w.p(w.t.otherDecisions, { heading: HeadingLevel.HEADING_1, bold: true, before: 240 }),
    ...loose.map((d) => decisionParagraph(d, w)),
  ];
}

function actionCells(action: MinutesAction, w: Writer): string[] {
  const status = stateLabel("action", action.status, w.lang);
  return [
    action.text,
    action.owners.map((o) => shortOrganization(o, w.lang)).join("\n"),
    formatDate(action.dueOn, w.lang),
    action.overdue ? `${status} (${w.t.overdue})` : status,
  ];
}

/** No., action, owners, due, status: widths in twips, adding up to the text width. */
const ACTION_COLUMNS = [737, 3458, 1900, 1276, 1700] as const;

function actionTables(meeting: MinutesMeeting, w: Writer): (Paragraph | Table)[] {
  const c = w.t.columns;
  const matters =
    meeting.mattersArising.length === 0
      ? []
      : [
          w.p(w.t.mattersArising, { heading: HeadingLevel.HEADING_1, bold: true, before: 240 }),
          table(
            w,
            ACTION_COLUMNS,
            [c.number, c.action, c.owners, c.due, c.status],
            meeting.mattersArising.map((m, i) => {
              const [text = "", owners = "", due = "", status = ""] = actionCells(m.action, w);
              return [w.n(i + 1), text, owners, due, `${status}\n${c.carriedOver}: ${w.n(m.carriedOver)}`];
            }),
          ),
        ];
  const agreed = [
    w.p(w.t.actions, { heading: HeadingLevel.HEADING_1, bold: true, before: 240 }),
    meeting.actions.length === 0
      ? w.p(w.t.noActions)
      : table(
          w,
          ACTION_COLUMNS,
          [c.number, c.action, c.owners, c.due, c.status],
          meeting.actions.map((a, i) => [w.n(i + 1), ...actionCells(a, w)]),
        ),
  ];
  return [...matters, ...agreed];
}

function closing(meeting: MinutesMeeting, w: Writer): Paragraph[] {
  const signature = (role: string) =>
    w.p(`${w.t.signed} ...................................... ${role}`, {
      align: AlignmentType.RIGHT,
      before: 480,
    });
  return [
    w.p(w.t.closed(timeOf(meeting, meeting.end, w.lang)), { before: 240 }),
    signature(w.t.minuteTaker),
    signature(w.t.checker),
    w.p(w.t.secretariat(organization(meeting.series.secretariat, w.lang)), {
      align: AlignmentType.RIGHT,
      before: 120,
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// The document

/** The script of the document's own language: what its defaults and headings are set in. */
const MAIN_SCRIPT: Readonly<Record<UiLanguage, keyof typeof SCRIPTS>> = {
  th: "thai",
  en: "thai",
  my: "myanmar",
};

/**
 * The styles every run inherits: the document language's font and size with its language tags, and one
 * character style per script (TH Sarabun New, Pyidaungsu) that runs of that script carry, so that both
 * fonts are declared in every document, whichever language it is in.
 */
function styles(lang: UiLanguage) {
  const main = SCRIPTS[MAIN_SCRIPT[lang]];
  const latin = LATIN_OF[lang];
  const scriptStyle = (script: keyof typeof SCRIPTS) => {
    const { font, points, lang: tag } = SCRIPTS[script];
    return {
      id: STYLE_OF[script],
      name: script === "thai" ? "Thai text" : "Myanmar text",
      run: {
        font: { ascii: font, hAnsi: font, cs: font, eastAsia: font, hint: "cs" },
        size: points * 2,
        language: { value: tag, bidirectional: tag },
      },
    };
  };
  const heading = (points: number) => ({
    run: { bold: true, size: points * 2, color: "000000" },
    paragraph: { spacing: { before: 240, after: 60 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: {
          font: { ascii: latin.font, hAnsi: latin.font, cs: main.font, eastAsia: latin.font },
          size: main.points * 2,
          language: { value: lang === "en" ? LATIN_LANG : main.lang, bidirectional: main.lang },
        },
        paragraph: { spacing: { after: 60 } },
      },
      title: heading(Math.round(main.points * 1.25)),
      heading1: heading(main.points),
      heading2: heading(main.points),
    },
    characterStyles: [scriptStyle("thai"), scriptStyle("myanmar")],
  };
}

export interface MinutesDocumentOptions {
  readonly lang: UiLanguage;
  /** The day the document is made, in Thailand: printed in the footer. */
  readonly today: PlainDate;
}

/** The minutes of `meeting` as a Word document in `lang`. */
export function minutesDocument(meeting: MinutesMeeting, options: MinutesDocumentOptions): Document {
  const { lang, today } = options;
  const w = writer(lang);
  const seriesName = named(meeting.series.name, lang);
  const number = meetingNumberText(meeting, lang);
  const small = { scale: 0.75, align: AlignmentType.CENTER, after: 0 } as const;
  const { points, ...latinFormat } = scriptFormat("latin", lang);
  return new Document({
    creator: "Moei",
    lastModifiedBy: "Moei",
    title: `${w.t.documentTitle} ${seriesName}${number === null ? "" : ` ${number}`}`,
    // Declares both script fonts in the theme as well, for text typed into the document later.
    theme: {
      fonts: {
        body: {
          latin: LATIN_OF[lang].font,
          complexScript: SCRIPTS[MAIN_SCRIPT[lang]].font,
          scripts: { Thai: SCRIPTS.thai.font, Mymr: SCRIPTS.myanmar.font },
        },
        headings: {
          latin: LATIN_OF[lang].font,
          complexScript: SCRIPTS[MAIN_SCRIPT[lang]].font,
          scripts: { Thai: SCRIPTS.thai.font, Mymr: SCRIPTS.myanmar.font },
        },
      },
    },
    styles: styles(lang),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left },
          },
        },
        headers: {
          // Thai official documents number their pages from the second, centred at the top: "- 2 -".
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  ...runs("- ", lang),
                  new TextRun({ children: [PageNumber.CURRENT], ...latinFormat }),
                  ...runs(" -", lang),
                ],
              }),
            ],
          }),
          first: new Header({ children: [] }),
        },
        footers: {
          default: new Footer({ children: [w.p(w.t.generated(formatDate(today, lang)), small)] }),
          first: new Footer({ children: [w.p(w.t.generated(formatDate(today, lang)), small)] }),
        },
        children: [
          ...titleBlock(meeting, w),
          ...attendanceSection(meeting, w),
          w.p(w.t.opened(timeOf(meeting, meeting.start, lang)), { before: 240 }),
          ...agendaSection(meeting, w),
          ...otherDecisions(meeting, w),
          ...actionTables(meeting, w),
          ...closing(meeting, w),
        ],
      },
    ],
  });
}

/** `minutes-<series short name>-<number>-<lang>.docx`: ASCII, from the series' English name, nothing personal. */
export function minutesFileName(
  meeting: Pick<MinutesMeeting, "series" | "number" | "start" | "zone">,
  lang: UiLanguage,
): string {
  const slug = (s: string) =>
    s
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const name = meeting.series.name.en;
  // The words before the first "on", "of", "for" or bracket, plus a bracketed acronym: "tak-myawaddy-border-cooperation-bcatip".
  const head = name.split(/\s+(?:on|of|for|in)\s+|\s*\(/i)[0] ?? name;
  const acronym = /\(([^)]+)\)/.exec(name)?.[1];
  const full = slug(acronym === undefined ? head : `${head} ${acronym}`) || "meeting";
  const short = full.length <= 48 ? full : full.slice(0, 48).replace(/-[^-]*$/, "");
  const number =
    meeting.number === null
      ? dateOf(meeting.start, meeting.zone)
      : slug(formatMeetingNumber(meeting.number, meeting.series.numbering, "en"));
  return `minutes-${short}-${number}-${lang}.docx`;
}
