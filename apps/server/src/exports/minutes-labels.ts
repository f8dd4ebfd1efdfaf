import type { AttendanceStatus, MeetingMode, NumberingScheme } from "@moei/domain/meeting";
import type { UiLanguage } from "@moei/domain/shared";

/*
 * The words of the minutes document in English, Thai and Burmese. Statuses, dates and meeting numbers
 * come from the domain; these are the document's own headings and sentences.
 */

/** Every label of the document; typing LABELS with it makes the three languages carry the same keys. */
export interface Labels {
  readonly documentTitle: string;
  /** The number line, from formatMeetingNumber's long form in the document language. */
  readonly number: Readonly<Record<NumberingScheme, (n: string) => string>>;
  /** Sunday first. */
  readonly date: (weekday: string, date: string) => string;
  readonly time: (time: string) => string;
  readonly venue: Readonly<Record<MeetingMode, (venue: string | null) => string>>;
  readonly status: (label: string) => string;
  readonly attendance: string;
  readonly attendanceGroups: Readonly<Record<AttendanceStatus, string>>;
  readonly noAttendance: string;
  readonly invited: string;
  readonly quorum: (q: { present: string; required: string; members: string; met: boolean }) => string;
  readonly opened: (time: string) => string;
  readonly closed: (time: string) => string;
  readonly agendaItem: (position: string, title: string) => string;
  readonly presenter: (organization: string) => string;
  readonly noMinutes: string;
  /** Marks English text standing in for the document's language. */
  readonly inEnglish: string;
  readonly englishMinutes: string;
  readonly resolutions: string;
  readonly decision: (position: string) => string;
  readonly otherDecisions: string;
  readonly mattersArising: string;
  readonly actions: string;
  readonly noActions: string;
  readonly overdue: string;
  readonly columns: {
    readonly number: string;
    readonly action: string;
    readonly owners: string;
    readonly due: string;
    readonly status: string;
    readonly carriedOver: string;
  };
  readonly signed: string;
  readonly minuteTaker: string;
  readonly checker: string;
  readonly secretariat: (organization: string) => string;
  readonly generated: (date: string) => string;
}

export const LABELS: Readonly<Record<UiLanguage, Labels>> = {
  en: {
    documentTitle: "Minutes",
    number: {
      sequential: (n) => `${n} meeting`,
      thai_year: (n) => `Meeting ${n}`,
      fiscal_year: (n) => n,
    },
    date: (weekday, date) => `${weekday}, ${date}`,
    time: (time) => `Time: ${time}`,
    venue: {
      in_person: (venue) => `Venue: ${venue ?? "—"}`,
      hybrid: (venue) => `Venue: ${venue ?? "—"} and online`,
      online: () => "Held online",
    },
    status: (label) => `Status of these minutes: ${label}`,
    attendance: "Attendance",
    attendanceGroups: {
      present: "Present",
      remote: "Joined online",
      excused: "Apologies",
      absent: "Absent",
    },
    noAttendance: "Attendance has not been recorded.",
    invited: "Organizations invited",
    quorum: ({ present, required, members, met }) =>
      `Quorum: ${required} of ${members} member organizations needed; ${present} attended. The quorum was ${met ? "met" : "not met"}.`,
    opened: (time) => `The meeting opened at ${time}.`,
    closed: (time) => `The meeting closed at ${time}.`,
    agendaItem: (position, title) => `Agenda item ${position}: ${title}`,
    presenter: (organization) => `Presented by ${organization}`,
    noMinutes: "No minutes were recorded for this item.",
    inEnglish: "(English)",
    englishMinutes: "",
    resolutions: "Decisions",
    decision: (position) => `Decision ${position}`,
    otherDecisions: "Other decisions",
    mattersArising: "Matters arising: open actions of earlier meetings",
    actions: "Actions agreed",
    noActions: "No actions were agreed.",
    overdue: "overdue",
    columns: {
      number: "No.",
      action: "Action",
      owners: "Responsible",
      due: "Due",
      status: "Status",
      carriedOver: "Meetings raised",
    },
    signed: "(Signed)",
    minuteTaker: "Minute taker",
    checker: "Minutes checked by",
    secretariat: (organization) => `Secretariat: ${organization}`,
    generated: (date) => `Exported from Moei on ${date}`,
  },
  th: {
    documentTitle: "รายงานการประชุม",
    number: {
      sequential: (n) => n,
      thai_year: (n) => `ครั้งที่ ${n}`,
      fiscal_year: (n) => n,
    },
    date: (weekday, date) => `เมื่อ${weekday}ที่ ${date}`,
    time: (time) => `เวลา ${time}`,
    venue: {
      in_person: (venue) => `ณ ${venue ?? "—"}`,
      hybrid: (venue) => `ณ ${venue ?? "—"} และผ่านระบบการประชุมออนไลน์`,
      online: () => "ประชุมผ่านระบบการประชุมออนไลน์",
    },
    status: (label) => `สถานะรายงานการประชุม: ${label}`,
    attendance: "ผู้เข้าประชุม",
    attendanceGroups: {
      present: "ผู้มาประชุม",
      remote: "ผู้ร่วมประชุมผ่านระบบออนไลน์",
      excused: "ผู้ลาประชุม",
      absent: "ผู้ไม่มาประชุม",
    },
    noAttendance: "ยังไม่ได้บันทึกการเข้าร่วมประชุม",
    invited: "หน่วยงานที่ได้รับเชิญ",
    quorum: ({ present, required, members, met }) =>
      `องค์ประชุม: ต้องมีหน่วยงานสมาชิกเข้าประชุมอย่างน้อย ${required} จาก ${members} หน่วยงาน มาประชุม ${present} หน่วยงาน ${met ? "ครบองค์ประชุม" : "ไม่ครบองค์ประชุม"}`,
    opened: (time) => `เริ่มประชุมเวลา ${time}`,
    closed: (time) => `เลิกประชุมเวลา ${time}`,
    agendaItem: (position, title) => `ระเบียบวาระที่ ${position} ${title}`,
    presenter: (organization) => `ผู้นำเสนอ: ${organization}`,
    noMinutes: "ไม่มีการบันทึกรายงานการประชุมในวาระนี้",
    inEnglish: "(ภาษาอังกฤษ)",
    englishMinutes: "ยังไม่มีรายงานการประชุมวาระนี้เป็นภาษาไทย จึงแสดงฉบับภาษาอังกฤษ",
    resolutions: "มติที่ประชุม",
    decision: (position) => `มติที่ ${position}`,
    otherDecisions: "มติอื่น ๆ",
    mattersArising: "เรื่องสืบเนื่อง: งานที่ยังไม่แล้วเสร็จจากการประชุมครั้งก่อน",
    actions: "งานที่ที่ประชุมมอบหมาย",
    noActions: "ไม่มีงานที่มอบหมาย",
    overdue: "เลยกำหนด",
    columns: {
      number: "ลำดับ",
      action: "งาน",
      owners: "ผู้รับผิดชอบ",
      due: "กำหนดเสร็จ",
      status: "สถานะ",
      carriedOver: "จำนวนครั้งที่ติดตาม",
    },
    signed: "(ลงชื่อ)",
    minuteTaker: "ผู้จดรายงานการประชุม",
    checker: "ผู้ตรวจรายงานการประชุม",
    secretariat: (organization) => `ฝ่ายเลขานุการ: ${organization}`,
    generated: (date) => `จัดทำจากระบบ Moei เมื่อ ${date}`,
  },
  my: {
    documentTitle: "အစည်းအဝေးမှတ်တမ်း",
    number: {
      sequential: (n) => `${n} အစည်းအဝေး`,
      thai_year: (n) => `အစည်းအဝေး ${n}`,
      fiscal_year: (n) => `${n} အစည်းအဝေး`,
    },
    date: (weekday, date) => `${date} (${weekday}နေ့)`,
    time: (time) => `အချိန် - ${time}`,
    venue: {
      in_person: (venue) => `နေရာ - ${venue ?? "—"}`,
      hybrid: (venue) => `နေရာ - ${venue ?? "—"} နှင့် အွန်လိုင်း`,
      online: () => "အွန်လိုင်းဖြင့် ကျင်းပသည်",
    },
    status: (label) => `မှတ်တမ်း၏ အခြေအနေ - ${label}`,
    attendance: "အစည်းအဝေး တက်ရောက်မှု",
    attendanceGroups: {
      present: "တက်ရောက်သူများ",
      remote: "အွန်လိုင်းမှ တက်ရောက်သူများ",
      excused: "ခွင့်ယူသူများ",
      absent: "မတက်ရောက်သူများ",
    },
    noAttendance: "တက်ရောက်မှု မှတ်တမ်းမတင်ရသေးပါ။",
    invited: "ဖိတ်ကြားထားသော အဖွဲ့အစည်းများ",
    quorum: ({ present, required, members, met }) =>
      `အထမြောက်ဦးရေ - အဖွဲ့ဝင် ${members} ဖွဲ့အနက် ${required} ဖွဲ့ လိုအပ်ပြီး ${present} ဖွဲ့ တက်ရောက်သည်။ ${met ? "အထမြောက်သည်။" : "အထမမြောက်ပါ။"}`,
    opened: (time) => `အစည်းအဝေးကို ${time} တွင် စတင်သည်။`,
    closed: (time) => `အစည်းအဝေးကို ${time} တွင် ပြီးဆုံးသည်။`,
    agendaItem: (position, title) => `အစီအစဉ် (${position}) ${title}`,
    presenter: (organization) => `${organization} မှ တင်ပြသည်`,
    noMinutes: "ဤအစီအစဉ်အတွက် မှတ်တမ်း မရှိပါ။",
    inEnglish: "(အင်္ဂလိပ်ဘာသာ)",
    englishMinutes: "ဤအစီအစဉ်၏ မြန်မာဘာသာ မှတ်တမ်း မရှိသေးသဖြင့် အင်္ဂလိပ်ဘာသာ မှတ်တမ်းကို ဖော်ပြထားသည်။",
    resolutions: "ဆုံးဖြတ်ချက်",
    decision: (position) => `ဆုံးဖြတ်ချက် (${position})`,
    otherDecisions: "အခြား ဆုံးဖြတ်ချက်များ",
    mattersArising: "ယခင်အစည်းအဝေးများမှ ဆက်စပ်ကိစ္စရပ်များ - မပြီးသေးသော လုပ်ငန်းများ",
    actions: "သဘောတူထားသော လုပ်ငန်းများ",
    noActions: "သဘောတူထားသော လုပ်ငန်း မရှိပါ။",
    overdue: "သတ်မှတ်ရက် ကျော်လွန်",
    columns: {
      number: "စဉ်",
      action: "လုပ်ငန်း",
      owners: "တာဝန်ခံအဖွဲ့များ",
      due: "ပြီးရမည့်ရက်",
      status: "အခြေအနေ",
      carriedOver: "တင်ပြသည့် အကြိမ်",
    },
    signed: "(လက်မှတ်)",
    minuteTaker: "မှတ်တမ်းတင်သူ",
    checker: "မှတ်တမ်း စစ်ဆေးသူ",
    secretariat: (organization) => `အတွင်းရေးမှူးအဖွဲ့ - ${organization}`,
    generated: (date) => `Moei မှ ${date} တွင် ထုတ်ယူသည်`,
  },
};
