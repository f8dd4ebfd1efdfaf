// Type-only imports: the label tables below must name every state and event, and tsc checks that they do.
import type { ActionEvent, ActionStatus } from "../action/action.ts";
import type { AgreementEventType, AgreementStatus } from "../agreement/agreement.ts";
import type { CaseEvent, CaseStatus } from "../case-reference/case-reference.ts";
import type { FindingKind } from "../data-protection/guard.ts";
import type { MeetingEventType, MeetingStatus } from "../meeting/meeting.ts";
import type { ErrorParams, FieldIssue } from "./errors.ts";
import { formatDate } from "./format.ts";
import type { UiLanguage } from "./language.ts";
import { parsePlainDate } from "./time.ts";

type Localized = Readonly<Record<UiLanguage, string>>;
type Labels<K extends string = string> = Readonly<Record<K, Localized>>;

interface Lifecycles {
  readonly meeting: { readonly state: MeetingStatus; readonly event: MeetingEventType };
  readonly agreement: { readonly state: AgreementStatus; readonly event: AgreementEventType };
  readonly action: { readonly state: ActionStatus; readonly event: ActionEvent };
  readonly case: { readonly state: CaseStatus; readonly event: CaseEvent };
}
/** The lifecycles whose states and events have labels in every interface language. */
export type LifecycleName = keyof Lifecycles;

const CASE_CODE_HELP: Localized = {
  en: "A case code is capital letters and digits in groups joined by dashes, such as CMM30-L017. Never use a name or an ID number.",
  th: "รหัสกรณีต้องเป็นอักษรภาษาอังกฤษตัวพิมพ์ใหญ่และตัวเลขเป็นกลุ่มคั่นด้วยขีด เช่น CMM30-L017 ห้ามใช้ชื่อหรือเลขประจำตัวของบุคคล",
  my: "ကိစ္စရပ်ကုဒ်သည် CMM30-L017 ကဲ့သို့ အင်္ဂလိပ်စာလုံးကြီးနှင့် ဂဏန်းများကို တုံးတိုဖြင့် ခွဲထားသော အုပ်စုများ ဖြစ်ရပါမည်။ အမည် သို့မဟုတ် မှတ်ပုံတင်အမှတ်ကို လုံးဝ မသုံးပါနှင့်။",
};
const RULE_INVALID: Localized = {
  en: "This repeat rule is not valid. Check how often and on which days the meetings repeat.",
  th: "รูปแบบการประชุมซ้ำไม่ถูกต้อง โปรดตรวจสอบความถี่และวันที่ประชุม",
  my: "ထပ်ကျင်းပမည့် စည်းမျဉ်း မမှန်ကန်ပါ။ မည်သည့်ကြိမ်နှုန်းဖြင့် မည်သည့်နေ့များတွင် ကျင်းပမည်ကို စစ်ဆေးပါ။",
};
const RULE_TOO_OFTEN: Localized = {
  en: "A meeting series can repeat at most daily. Choose daily, weekly, monthly or yearly.",
  th: "การประชุมประจำซ้ำได้บ่อยที่สุดวันละครั้ง โปรดเลือกรายวัน รายสัปดาห์ รายเดือน หรือรายปี",
  my: "ပုံမှန်အစည်းအဝေးကို အများဆုံး နေ့စဉ်သာ ထပ်ကျင်းပနိုင်ပါသည်။ နေ့စဉ်၊ အပတ်စဉ်၊ လစဉ် သို့မဟုတ် နှစ်စဉ်ကို ရွေးပါ။",
};
const RULE_ENDS_EARLY: Localized = {
  en: "The series ends before its first meeting. Choose an end date after the first meeting.",
  th: "การประชุมประจำสิ้นสุดก่อนการประชุมครั้งแรก โปรดเลือกวันสิ้นสุดหลังการประชุมครั้งแรก",
  my: "ပုံမှန်အစည်းအဝေးသည် ပထမအစည်းအဝေး မတိုင်မီ ပြီးဆုံးနေပါသည်။ ပထမအစည်းအဝေးနောက်ပိုင်း ပြီးဆုံးရက်ကို ရွေးပါ။",
};
const RULE_START_OFF: Localized = {
  en: "The first meeting must fall on a day the rule repeats on. Move the first meeting or change the rule.",
  th: "การประชุมครั้งแรกต้องตรงกับวันตามรูปแบบการประชุมซ้ำ โปรดเปลี่ยนวันประชุมครั้งแรกหรือแก้ไขรูปแบบ",
  my: "ပထမအစည်းအဝေးသည် စည်းမျဉ်းအရ ကျင်းပမည့်နေ့တစ်နေ့ ဖြစ်ရပါမည်။ ပထမအစည်းအဝေးကို ရွှေ့ပါ သို့မဟုတ် စည်းမျဉ်းကို ပြင်ပါ။",
};
const DATE_TIME_INVALID: Localized = {
  en: "Enter a valid date and time.",
  th: "โปรดระบุวันและเวลาที่ถูกต้อง",
  my: "မှန်ကန်သော ရက်စွဲနှင့် အချိန်ကို ထည့်ပါ။",
};

/**
 * Human messages for every error code and validation key, in en/th/my, with {param} placeholders.
 * Placeholders name only params the code always carries; `from`, `status`, `event`, `activity`,
 * `entity` and `kinds` are shown as labels in the reader's language (see `message`).
 */
export const MESSAGES: Readonly<Record<string, Localized>> = {
  // Store and API
  VALIDATION: {
    en: "Some fields need attention. Correct the highlighted fields, then try again.",
    th: "ข้อมูลบางช่องไม่ถูกต้อง โปรดแก้ไขช่องที่ทำเครื่องหมายไว้แล้วลองอีกครั้ง",
    my: "အချို့အကွက်များကို ပြင်ဆင်ရန် လိုအပ်ပါသည်။ အမှတ်အသားပြထားသော အကွက်များကို ပြင်ပြီး ထပ်မံကြိုးစားပါ။",
  },
  CONFLICT: {
    en: "Someone else saved a newer version first (version {currentVersion}). Review their changes, then save again.",
    th: "มีผู้อื่นบันทึกฉบับที่ใหม่กว่าไว้ก่อน (ฉบับที่ {currentVersion}) โปรดตรวจดูการแก้ไขนั้นแล้วบันทึกอีกครั้ง",
    my: "အခြားသူတစ်ဦးက ပိုသစ်သောမူကို အရင် သိမ်းဆည်းထားပါသည် (မူ {currentVersion})။ ၎င်းတို့၏ ပြင်ဆင်ချက်များကို စစ်ဆေးပြီးမှ ထပ်မံသိမ်းဆည်းပါ။",
  },
  NOT_FOUND: {
    en: "The requested {entity} could not be found. It may have been deleted, or you may not have access to it.",
    th: "ไม่พบ{entity}ที่ต้องการ อาจถูกลบไปแล้ว หรือคุณไม่มีสิทธิ์เข้าถึง",
    my: "ရှာဖွေသော {entity}ကို မတွေ့ပါ။ ဖျက်ပြီးဖြစ်နိုင်သည် သို့မဟုတ် သင့်တွင် ကြည့်ရှုခွင့် မရှိနိုင်ပါ။",
  },
  UNKNOWN_REFERENCE: {
    en: "Something you chose no longer exists ({field}). Reload the page and choose again.",
    th: "รายการที่คุณเลือกไม่มีอยู่แล้ว ({field}) โปรดโหลดหน้าใหม่แล้วเลือกอีกครั้ง",
    my: "သင်ရွေးထားသည့်အရာ မရှိတော့ပါ ({field})။ စာမျက်နှာကို ပြန်ဖွင့်ပြီး ထပ်မံရွေးပါ။",
  },
  DUPLICATE: {
    en: "This value is already in use ({field}). Choose a different one.",
    th: "ค่านี้มีการใช้งานแล้ว ({field}) โปรดใช้ค่าอื่น",
    my: "ဤတန်ဖိုးကို အသုံးပြုပြီးသား ဖြစ်ပါသည် ({field})။ အခြားတစ်ခုကို ရွေးပါ။",
  },
  INVALID_CURSOR: {
    en: "This page of the list is no longer valid. Reload the list from the first page.",
    th: "หน้านี้ของรายการใช้ไม่ได้แล้ว โปรดโหลดรายการใหม่ตั้งแต่หน้าแรก",
    my: "ဤစာရင်းစာမျက်နှာသည် အသုံးမဝင်တော့ပါ။ စာရင်းကို ပထမစာမျက်နှာမှ ပြန်ဖွင့်ပါ။",
  },
  FORBIDDEN: {
    en: "You do not have permission to do this. Ask your organization's Moei coordinator if you need access.",
    th: "คุณไม่มีสิทธิ์ดำเนินการนี้ หากต้องการสิทธิ์ โปรดติดต่อผู้ประสานงานระบบ Moei ของหน่วยงานคุณ",
    my: "သင့်တွင် ဤလုပ်ဆောင်ချက်ကို ပြုလုပ်ခွင့် မရှိပါ။ ခွင့်ပြုချက် လိုအပ်ပါက သင့်အဖွဲ့အစည်း၏ Moei ညှိနှိုင်းရေးမှူးကို ဆက်သွယ်ပါ။",
  },
  "EXPORT.INVALID_OPTION": {
    en: "This download link is not valid ({option}). Start the download again from Moei.",
    th: "ลิงก์ดาวน์โหลดนี้ไม่ถูกต้อง ({option}) โปรดเริ่มดาวน์โหลดใหม่จากระบบ Moei",
    my: "ဤဒေါင်းလုဒ်လင့်ခ် မမှန်ကန်ပါ ({option})။ Moei မှ ဒေါင်းလုဒ်ကို ပြန်စပါ။",
  },
  "EXPORT.UNAVAILABLE": {
    en: 'This server cannot make PDF files right now. Open the print view and choose "Save as PDF" instead.',
    th: 'ขณะนี้เซิร์ฟเวอร์ไม่สามารถสร้างไฟล์ PDF ได้ โปรดเปิดหน้าสำหรับพิมพ์แล้วเลือก "บันทึกเป็น PDF" แทน',
    my: 'ယခု ဆာဗာသည် PDF ဖိုင် မပြုလုပ်နိုင်ပါ။ ပုံနှိပ်ရန်စာမျက်နှာကို ဖွင့်ပြီး "PDF အဖြစ် သိမ်းရန်" ကို ရွေးပါ။',
  },
  "EXPORT.BUSY": {
    en: "Many documents are being prepared at the moment. Try again in a minute.",
    th: "ขณะนี้มีการจัดทำเอกสารจำนวนมาก โปรดลองอีกครั้งในอีกหนึ่งนาที",
    my: "ယခု စာရွက်စာတမ်းများစွာကို ပြင်ဆင်နေပါသည်။ တစ်မိနစ်အကြာတွင် ထပ်မံကြိုးစားပါ။",
  },
  "CALENDAR_FEED.REVOKED": {
    en: "This calendar link no longer works: it was revoked, or its owner's account was closed. Create a new link in Moei.",
    th: "ลิงก์ปฏิทินนี้ใช้ไม่ได้แล้ว เนื่องจากถูกยกเลิกหรือบัญชีของเจ้าของถูกปิด โปรดสร้างลิงก์ใหม่ในระบบ Moei",
    my: "ဤပြက္ခဒိန်လင့်ခ် အလုပ်မလုပ်တော့ပါ။ ရုပ်သိမ်းထားခြင်း သို့မဟုတ် ပိုင်ရှင်၏အကောင့် ပိတ်ထားခြင်း ဖြစ်ပါသည်။ Moei တွင် လင့်ခ်အသစ် ပြုလုပ်ပါ။",
  },
  "CALENDAR_FEED.TOO_MANY": {
    en: "You already have {limit} calendar links. Revoke one you no longer use, then create the new one.",
    th: "คุณมีลิงก์ปฏิทินครบ {limit} ลิงก์แล้ว โปรดยกเลิกลิงก์ที่ไม่ใช้แล้ว จากนั้นจึงสร้างลิงก์ใหม่",
    my: "သင့်တွင် ပြက္ခဒိန်လင့်ခ် {limit} ခု ရှိပြီးဖြစ်သည်။ မသုံးတော့သော လင့်ခ်တစ်ခုကို ရုပ်သိမ်းပြီးမှ လင့်ခ်အသစ် ပြုလုပ်ပါ။",
  },
  UNAUTHENTICATED: {
    en: "Please sign in to continue. Your session may have expired.",
    th: "โปรดเข้าสู่ระบบเพื่อดำเนินการต่อ การเข้าสู่ระบบครั้งก่อนอาจหมดอายุแล้ว",
    my: "ဆက်လက်လုပ်ဆောင်ရန် အကောင့်သို့ ဝင်ပါ။ ယခင်ဝင်ရောက်မှု သက်တမ်း ကုန်သွားနိုင်ပါသည်။",
  },
  RATE_LIMITED: {
    en: "Too many requests in a short time. Please wait a minute, then try again.",
    th: "มีคำขอมากเกินไปในเวลาสั้น ๆ โปรดรอสักครู่แล้วลองอีกครั้ง",
    my: "အချိန်တိုအတွင်း တောင်းဆိုမှု များလွန်းနေပါသည်။ ခဏစောင့်ပြီး ထပ်မံကြိုးစားပါ။",
  },
  INTERNAL: {
    en: "Something went wrong on our side. Please try again; if it keeps happening, give the support team this reference: {errorId}.",
    th: "เกิดข้อผิดพลาดในระบบ โปรดลองอีกครั้ง หากยังเกิดซ้ำ โปรดแจ้งรหัสอ้างอิงนี้แก่ผู้ดูแลระบบ: {errorId}",
    my: "စနစ်ဘက်တွင် အမှားတစ်ခု ဖြစ်ပေါ်ခဲ့ပါသည်။ ထပ်မံကြိုးစားပါ။ ဆက်ဖြစ်နေပါက ဤရည်ညွှန်းနံပါတ်ကို စနစ်စီမံသူထံ ပေးပို့ပါ - {errorId}",
  },

  // Accounts
  "AUTH.INVALID_LINK": {
    en: "This link no longer works: it was used already, it expired, or a newer one replaced it. Ask an administrator for a new link.",
    th: "ลิงก์นี้ใช้ไม่ได้แล้ว อาจถูกใช้ไปแล้ว หมดอายุ หรือมีลิงก์ใหม่มาแทน โปรดขอลิงก์ใหม่จากผู้ดูแลระบบ",
    my: "ဤလင့်ခ်ကို အသုံးပြု၍ မရတော့ပါ။ အသုံးပြုပြီးသား ဖြစ်နိုင်သည်၊ သက်တမ်းကုန်သွားနိုင်သည် သို့မဟုတ် လင့်ခ်အသစ်ဖြင့် အစားထိုးထားနိုင်သည်။ စနစ်စီမံသူထံမှ လင့်ခ်အသစ် တောင်းပါ။",
  },
  "AUTH.WRONG_CREDENTIALS": {
    en: "Wrong username or password. Check both, then try again.",
    th: "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง โปรดตรวจสอบทั้งสองอย่างแล้วลองอีกครั้ง",
    my: "အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက် မှားနေပါသည်။ နှစ်ခုလုံးကို စစ်ဆေးပြီး ထပ်မံကြိုးစားပါ။",
  },

  // Actions
  "ACTION.COMMENT_REQUIRED": {
    en: "Add a comment to “{event}”: partners need to know why.",
    th: "โปรดใส่ความเห็นประกอบการ “{event}” เพื่อให้หน่วยงานภาคีทราบเหตุผล",
    my: "“{event}” အတွက် မှတ်ချက်ထည့်ပါ။ မိတ်ဖက်အဖွဲ့အစည်းများ အကြောင်းရင်းကို သိရန် လိုအပ်ပါသည်။",
  },
  "ACTION.NO_OWNER": {
    en: "An action needs at least one responsible organization. Choose one, then save again.",
    th: "เรื่องที่ต้องดำเนินการต้องมีหน่วยงานรับผิดชอบอย่างน้อยหนึ่งหน่วยงาน โปรดเลือกแล้วบันทึกอีกครั้ง",
    my: "ဆောင်ရွက်ရန်ကိစ္စတစ်ခုတွင် တာဝန်ယူမည့် အဖွဲ့အစည်း အနည်းဆုံး တစ်ခု ရှိရပါမည်။ တစ်ခုရွေးပြီး ထပ်မံသိမ်းဆည်းပါ။",
  },
  "ACTION.TRANSITION_FORBIDDEN": {
    en: "“{event}” is not possible while the action is “{from}”. Reload the page to see its current status.",
    th: "ไม่สามารถ “{event}” ได้ เนื่องจากเรื่องนี้อยู่ในสถานะ “{from}” โปรดโหลดหน้าใหม่เพื่อดูสถานะปัจจุบัน",
    my: "ဤဆောင်ရွက်ရန်ကိစ္စသည် “{from}” အခြေအနေတွင် ရှိနေသဖြင့် “{event}” ကို ပြုလုပ်၍ မရပါ။ လက်ရှိအခြေအနေကို ကြည့်ရန် စာမျက်နှာကို ပြန်ဖွင့်ပါ။",
  },

  // Agenda, attendance, invitations
  "AGENDA.NOT_A_PERMUTATION": {
    en: "The new order must list each of the {expected} agenda items exactly once ({received} given). Reload the agenda and reorder it again.",
    th: "ลำดับใหม่ต้องมีระเบียบวาระครบทั้ง {expected} ข้อ ข้อละหนึ่งครั้ง (ได้รับ {received} ข้อ) โปรดโหลดระเบียบวาระใหม่แล้วจัดลำดับอีกครั้ง",
    my: "အစီအစဉ်အသစ်တွင် အစီအစဉ်ခေါင်းစဉ် {expected} ခုလုံး တစ်ကြိမ်စီ ပါရပါမည် ({received} ခု ပေးပို့ထားသည်)။ အစီအစဉ်ကို ပြန်ဖွင့်ပြီး အစဉ်ပြန်စီပါ။",
  },
  "ATTENDANCE.DUPLICATE": {
    en: "An organization appears twice in the attendance list. Keep one row per organization.",
    th: "มีหน่วยงานซ้ำในรายชื่อผู้เข้าร่วมประชุม โปรดใส่หน่วยงานละหนึ่งรายการ",
    my: "တက်ရောက်သူစာရင်းတွင် အဖွဲ့အစည်းတစ်ခု နှစ်ကြိမ် ပါနေပါသည်။ အဖွဲ့အစည်းတစ်ခုလျှင် တစ်ကြောင်းသာ ထားပါ။",
  },
  "INVITATION.NOT_INVITED": {
    en: "Only invited organizations can reply to this invitation. Ask the secretariat to invite yours.",
    th: "เฉพาะหน่วยงานที่ได้รับเชิญเท่านั้นที่ตอบรับคำเชิญนี้ได้ โปรดติดต่อฝ่ายเลขานุการเพื่อขอให้เชิญหน่วยงานของคุณ",
    my: "ဖိတ်ကြားထားသော အဖွဲ့အစည်းများသာ ဤဖိတ်ကြားချက်ကို အကြောင်းပြန်နိုင်ပါသည်။ သင့်အဖွဲ့အစည်းကို ဖိတ်ကြားရန် အတွင်းရေးမှူးရုံးကို ဆက်သွယ်ပါ။",
  },

  // Agreements and SOPs
  "AGREEMENT.DATE_BEFORE_PREVIOUS": {
    en: "{date} is before the previous step of this agreement ({previous}). Enter a date on or after {previous}.",
    th: "วันที่ {date} อยู่ก่อนขั้นตอนก่อนหน้าของความตกลงนี้ ({previous}) โปรดระบุวันที่ตั้งแต่ {previous} เป็นต้นไป",
    my: "{date} ရက်စွဲသည် ဤသဘောတူညီချက်၏ ယခင်အဆင့် ({previous}) ထက် စောနေပါသည်။ {previous} သို့မဟုတ် ၎င်းနောက်ပိုင်း ရက်စွဲကို ထည့်ပါ။",
  },
  "AGREEMENT.PARENT_CYCLE": {
    en: "That parent would place the agreement under itself. Choose an agreement that is not one of its own SOPs, annexes or plans.",
    th: "เลือกความตกลงนี้เป็นฉบับแม่ไม่ได้ เพราะจะทำให้ความตกลงอยู่ใต้ตัวเอง โปรดเลือกฉบับที่ไม่ใช่ SOP ภาคผนวก หรือแผนที่อยู่ภายใต้ฉบับนี้",
    my: "ထိုမူလသဘောတူညီချက်ကို ရွေးပါက ဤသဘောတူညီချက်သည် မိမိအောက်သို့ ပြန်ရောက်သွားပါမည်။ ၎င်း၏ SOP၊ နောက်ဆက်တွဲ သို့မဟုတ် စီမံချက် မဟုတ်သော သဘောတူညီချက်ကို ရွေးပါ။",
  },
  "AGREEMENT.SELF_REFERENCE": {
    en: "An agreement cannot be its own parent or predecessor. Choose a different agreement.",
    th: "ความตกลงไม่สามารถเป็นฉบับแม่หรือฉบับก่อนหน้าของตัวเองได้ โปรดเลือกความตกลงฉบับอื่น",
    my: "သဘောတူညီချက်တစ်ခုသည် မိမိကိုယ်တိုင်၏ မူလ သို့မဟုတ် ယခင်သဘောတူညီချက် ဖြစ်၍ မရပါ။ အခြားသဘောတူညီချက်ကို ရွေးပါ။",
  },
  "AGREEMENT.SUPERSEDES_ITSELF": {
    en: "An agreement cannot replace itself. Choose the new agreement that replaces it.",
    th: "ความตกลงไม่สามารถแทนที่ตัวเองได้ โปรดเลือกความตกลงฉบับใหม่ที่มาแทนที่",
    my: "သဘောတူညီချက်တစ်ခုကို ၎င်းကိုယ်တိုင်ဖြင့် အစားထိုး၍ မရပါ။ အစားထိုးမည့် သဘောတူညီချက်အသစ်ကို ရွေးပါ။",
  },
  "AGREEMENT.TERMS_LOCKED": {
    en: "The kind, parties and areas of cooperation cannot change once the agreement is “{status}”. Record the change as a new agreement that supersedes this one.",
    th: "แก้ไขประเภท ภาคี และขอบเขตความร่วมมือไม่ได้เมื่อความตกลงอยู่ในสถานะ “{status}” โปรดบันทึกการเปลี่ยนแปลงเป็นความตกลงฉบับใหม่ที่มาแทนที่ฉบับนี้",
    my: "သဘောတူညီချက်သည် “{status}” အခြေအနေ ရောက်ပြီးနောက် အမျိုးအစား၊ ပါဝင်သည့်ဘက်များနှင့် ပူးပေါင်းဆောင်ရွက်မည့် နယ်ပယ်များကို ပြောင်း၍ မရပါ။ ပြောင်းလဲမှုကို ဤသဘောတူညီချက်အား အစားထိုးမည့် သဘောတူညီချက်အသစ်အဖြစ် မှတ်တမ်းတင်ပါ။",
  },
  "AGREEMENT.TOO_FEW_PARTIES": {
    en: "An agreement needs at least two parties to be signed; it has {count}. Add the other parties first.",
    th: "ความตกลงต้องมีภาคีอย่างน้อยสองฝ่ายจึงจะลงนามได้ ขณะนี้มี {count} ฝ่าย โปรดเพิ่มภาคีอื่นก่อน",
    my: "သဘောတူညီချက်ကို လက်မှတ်ရေးထိုးရန် ပါဝင်သည့်ဘက် အနည်းဆုံး နှစ်ဘက် လိုအပ်ပါသည်။ ယခု {count} ဘက်သာ ရှိပါသည်။ ကျန်ဘက်များကို ဦးစွာ ထည့်ပါ။",
  },
  "AGREEMENT.TRANSITION_FORBIDDEN": {
    en: "“{event}” is not possible while the agreement is “{from}”. Reload the page to see its current status.",
    th: "ไม่สามารถ “{event}” ได้ เนื่องจากความตกลงอยู่ในสถานะ “{from}” โปรดโหลดหน้าใหม่เพื่อดูสถานะปัจจุบัน",
    my: "သဘောတူညီချက်သည် “{from}” အခြေအနေတွင် ရှိနေသဖြင့် “{event}” ကို ပြုလုပ်၍ မရပါ။ လက်ရှိအခြေအနေကို ကြည့်ရန် စာမျက်နှာကို ပြန်ဖွင့်ပါ။",
  },
  "AGREEMENT.UNSIGNED_PARTY": {
    en: "Every party needs at least one signatory before the agreement can be signed. Add the missing signatories.",
    th: "ภาคีทุกฝ่ายต้องมีผู้ลงนามอย่างน้อยหนึ่งคนก่อนลงนามความตกลง โปรดเพิ่มผู้ลงนามที่ยังขาด",
    my: "သဘောတူညီချက်ကို လက်မှတ်မရေးထိုးမီ ပါဝင်သည့်ဘက်တိုင်းတွင် လက်မှတ်ရေးထိုးသူ အနည်းဆုံး တစ်ဦး ရှိရပါမည်။ လိုအပ်နေသော လက်မှတ်ရေးထိုးသူများကို ထည့်ပါ။",
  },
  "SOP.DUPLICATE_STEP_KEY": {
    en: "Two steps share the key “{key}”. Give each step its own key.",
    th: "มีสองขั้นตอนที่ใช้คีย์ “{key}” ซ้ำกัน โปรดกำหนดคีย์ที่ไม่ซ้ำให้แต่ละขั้นตอน",
    my: "အဆင့်နှစ်ခုတွင် “{key}” ကီးကို တူညီစွာ သုံးထားပါသည်။ အဆင့်တစ်ခုစီကို ကိုယ်ပိုင်ကီး ပေးပါ။",
  },
  "SOP.NOT_AN_SOP": {
    en: "Only SOPs and their annexes have steps.",
    th: "เฉพาะ SOP และภาคผนวกเท่านั้นที่มีขั้นตอนได้",
    my: "SOP နှင့် ၎င်း၏ နောက်ဆက်တွဲများတွင်သာ အဆင့်များ ပါဝင်နိုင်ပါသည်။",
  },
  "SOP.NO_STEPS": {
    en: "An SOP version needs at least one step. Add the steps, then save.",
    th: "SOP แต่ละฉบับต้องมีอย่างน้อยหนึ่งขั้นตอน โปรดเพิ่มขั้นตอนแล้วบันทึก",
    my: "SOP မူတစ်ခုတွင် အနည်းဆုံး အဆင့်တစ်ခု ပါရပါမည်။ အဆင့်များ ထည့်ပြီးမှ သိမ်းဆည်းပါ။",
  },
  "SOP.STEP_ORDER_GAP": {
    en: "Steps must be numbered 1, 2, 3… without gaps; step {expected} is missing. Renumber the steps.",
    th: "ขั้นตอนต้องเรียงเลข 1, 2, 3… โดยไม่เว้น ขณะนี้ขาดขั้นตอนที่ {expected} โปรดเรียงเลขขั้นตอนใหม่",
    my: "အဆင့်များကို 1, 2, 3… ဟု ကြားမလပ်ဘဲ နံပါတ်တပ်ရပါမည်။ အဆင့် {expected} မပါပါ။ အဆင့်နံပါတ်များကို ပြန်စီပါ။",
  },
  "SOP.VERSION_NOT_NEWER": {
    en: "The new version number must be higher than {previous}; {version} was given.",
    th: "เลขฉบับใหม่ต้องมากกว่า {previous} (ระบุมา {version})",
    my: "မူအသစ်၏ နံပါတ်သည် {previous} ထက် ကြီးရပါမည် ({version} ဟု ပေးထားသည်)။",
  },

  // Cases
  "CASE.INVALID_CODE": CASE_CODE_HELP,
  "CASE.NO_OWNER": {
    en: "A case needs at least one owning organization, or no one could see it. Choose one, then save again.",
    th: "กรณีต้องมีหน่วยงานเจ้าของอย่างน้อยหนึ่งหน่วยงาน มิฉะนั้นจะไม่มีใครเห็น โปรดเลือกแล้วบันทึกอีกครั้ง",
    my: "ကိစ္စရပ်တစ်ခုတွင် တာဝန်ယူသည့် အဖွဲ့အစည်း အနည်းဆုံး တစ်ခု ရှိရပါမည်။ မရှိပါက မည်သူမျှ မမြင်နိုင်ပါ။ တစ်ခုရွေးပြီး ထပ်မံသိမ်းဆည်းပါ။",
  },
  "CASE.TRANSITION_FORBIDDEN": {
    en: "“{event}” is not possible while the case is “{from}”. Reload the page to see its current status.",
    th: "ไม่สามารถ “{event}” ได้ เนื่องจากกรณีนี้อยู่ในสถานะ “{from}” โปรดโหลดหน้าใหม่เพื่อดูสถานะปัจจุบัน",
    my: "ဤကိစ္စရပ်သည် “{from}” အခြေအနေတွင် ရှိနေသဖြင့် “{event}” ကို ပြုလုပ်၍ မရပါ။ လက်ရှိအခြေအနေကို ကြည့်ရန် စာမျက်နှာကို ပြန်ဖွင့်ပါ။",
  },

  // Meetings
  "MEETING.END_BEFORE_START": {
    en: "The meeting must end at least {minimum} minutes after it starts. Check the start and end times.",
    th: "การประชุมต้องสิ้นสุดหลังเวลาเริ่มอย่างน้อย {minimum} นาที โปรดตรวจสอบเวลาเริ่มและเวลาสิ้นสุด",
    my: "အစည်းအဝေးသည် စတင်ပြီး အနည်းဆုံး {minimum} မိနစ်အကြာမှ ပြီးဆုံးရပါမည်။ စတင်ချိန်နှင့် ပြီးဆုံးချိန်ကို စစ်ဆေးပါ။",
  },
  "MEETING.IN_PAST": {
    en: "A meeting cannot be moved to a time that has passed. Choose a future date and time.",
    th: "ไม่สามารถเลื่อนการประชุมไปยังเวลาที่ผ่านมาแล้วได้ โปรดเลือกวันและเวลาในอนาคต",
    my: "အစည်းအဝေးကို ကျော်လွန်ပြီးသော အချိန်သို့ ရွှေ့၍ မရပါ။ နောင်လာမည့် ရက်နှင့် အချိန်ကို ရွေးပါ။",
  },
  "MEETING.LOCKED": {
    en: "The {activity} can no longer be changed while the meeting is “{status}”. If the minutes were circulated, reopen them to make corrections.",
    th: "แก้ไข{activity}ไม่ได้แล้ว เนื่องจากการประชุมอยู่ในสถานะ “{status}” หากเวียนรายงานการประชุมแล้ว โปรดเปิดแก้ไขรายงานการประชุมอีกครั้งก่อน",
    my: "အစည်းအဝေးသည် “{status}” အခြေအနေတွင် ရှိနေသဖြင့် {activity}ကို ပြင်ဆင်၍ မရတော့ပါ။ မှတ်တမ်း ဖြန့်ဝေပြီးပါက ပြင်ဆင်ရန် မှတ်တမ်းကို ပြန်ဖွင့်ပါ။",
  },
  "MEETING.NOT_STARTED": {
    en: "The meeting has not started yet. Mark it as held, or take attendance, once it has begun.",
    th: "การประชุมยังไม่เริ่ม โปรดบันทึกว่าจัดประชุมแล้วหรือบันทึกผู้เข้าร่วมหลังการประชุมเริ่มแล้ว",
    my: "အစည်းအဝေး မစတင်သေးပါ။ အစည်းအဝေး စတင်ပြီးမှသာ ကျင်းပပြီးကြောင်း မှတ်တမ်းတင်ခြင်း သို့မဟုတ် တက်ရောက်သူစာရင်း ယူခြင်းကို ပြုလုပ်ပါ။",
  },
  "MEETING.NO_ATTENDANCE": {
    en: "Record who attended before circulating the minutes.",
    th: "โปรดบันทึกผู้เข้าร่วมประชุมก่อนเวียนรายงานการประชุม",
    my: "အစည်းအဝေးမှတ်တမ်း မဖြန့်ဝေမီ တက်ရောက်သူများကို မှတ်တမ်းတင်ပါ။",
  },
  "MEETING.NO_MINUTES": {
    en: "Write the minutes of at least one agenda item before circulating them.",
    th: "โปรดบันทึกรายงานการประชุมอย่างน้อยหนึ่งระเบียบวาระก่อนเวียน",
    my: "မဖြန့်ဝေမီ အစီအစဉ်ခေါင်းစဉ် အနည်းဆုံး တစ်ခုအတွက် အစည်းအဝေးမှတ်တမ်း ရေးပါ။",
  },
  "MEETING.TOO_LONG": {
    en: "A meeting can last at most {maximum} minutes. Split a longer event into several meetings.",
    th: "การประชุมหนึ่งครั้งยาวได้ไม่เกิน {maximum} นาที โปรดแบ่งกิจกรรมที่ยาวกว่านั้นเป็นหลายการประชุม",
    my: "အစည်းအဝေးတစ်ခုသည် အများဆုံး {maximum} မိနစ်သာ ကြာနိုင်ပါသည်။ ပိုရှည်သော အစီအစဉ်ကို အစည်းအဝေး အများအပြားအဖြစ် ခွဲပါ။",
  },
  "MEETING.TRANSITION_FORBIDDEN": {
    en: "“{event}” is not possible while the meeting is “{from}”. Reload the page to see its current status.",
    th: "ไม่สามารถ “{event}” ได้ เนื่องจากการประชุมอยู่ในสถานะ “{from}” โปรดโหลดหน้าใหม่เพื่อดูสถานะปัจจุบัน",
    my: "အစည်းအဝေးသည် “{from}” အခြေအနေတွင် ရှိနေသဖြင့် “{event}” ကို ပြုလုပ်၍ မရပါ။ လက်ရှိအခြေအနေကို ကြည့်ရန် စာမျက်နှာကို ပြန်ဖွင့်ပါ။",
  },
  "MEETING_NUMBER.INVALID": {
    en: "“{text}” could not be read as a meeting number. Write it as in the register, such as “30” or “1/2567” (Buddhist Era year).",
    th: "อ่าน “{text}” เป็นครั้งที่ของการประชุมไม่ได้ โปรดเขียนตามทะเบียน เช่น “30” หรือ “1/2567” (ปี พ.ศ.)",
    my: "“{text}” ကို အစည်းအဝေး အကြိမ်အမှတ်အဖြစ် ဖတ်၍ မရပါ။ မှတ်ပုံတင်စာရင်းတွင် ရေးထားသည့်အတိုင်း “30” သို့မဟုတ် “1/2567” (ထိုင်း ဗုဒ္ဓသက္ကရာဇ်) ကဲ့သို့ ရေးပါ။",
  },

  // Meeting series and their cadence
  "SERIES.ALREADY_MEMBER": {
    en: "This organization is already a member of the series.",
    th: "หน่วยงานนี้เป็นสมาชิกของการประชุมประจำนี้อยู่แล้ว",
    my: "ဤအဖွဲ့အစည်းသည် ဤပုံမှန်အစည်းအဝေး၏ အဖွဲ့ဝင် ဖြစ်ပြီးသား ဖြစ်ပါသည်။",
  },
  "SERIES.NOT_MEMBER": {
    en: "This organization is not a member of the series.",
    th: "หน่วยงานนี้ไม่ได้เป็นสมาชิกของการประชุมประจำนี้",
    my: "ဤအဖွဲ့အစည်းသည် ဤပုံမှန်အစည်းအဝေး၏ အဖွဲ့ဝင် မဟုတ်ပါ။",
  },
  "SERIES.NO_CADENCE": {
    en: "This series has no regular cadence. Schedule its meetings one at a time, or give it a cadence first.",
    th: "ชุดการประชุมนี้ไม่มีรอบการประชุมประจำ โปรดนัดประชุมทีละครั้ง หรือกำหนดรอบการประชุมก่อน",
    my: "ဤအစည်းအဝေးစဉ်တွင် ပုံမှန်ကျင်းပချိန် မသတ်မှတ်ရသေးပါ။ အစည်းအဝေးများကို တစ်ကြိမ်ချင်း စီစဉ်ပါ သို့မဟုတ် ပုံမှန်ကျင်းပချိန်ကို ဦးစွာ သတ်မှတ်ပါ။",
  },
  "SERIES.NO_FREE_OCCURRENCE": {
    en: "Every remaining occurrence of this series' cadence already has a meeting. Extend the cadence or schedule a meeting by hand.",
    th: "รอบการประชุมที่เหลือของชุดการประชุมนี้มีการนัดประชุมไว้ครบแล้ว โปรดขยายรอบการประชุม หรือนัดประชุมเอง",
    my: "ဤအစည်းအဝေးစဉ်၏ ကျန်ရှိသော ကျင်းပချိန်အားလုံးတွင် အစည်းအဝေး စီစဉ်ပြီးဖြစ်သည်။ ကျင်းပချိန်ကို တိုးချဲ့ပါ သို့မဟုတ် အစည်းအဝေးကို ကိုယ်တိုင် စီစဉ်ပါ။",
  },
  "SERIES.SECRETARIAT_NOT_MEMBER": {
    en: "The secretariat cannot leave the series. Hand the secretariat over to another member first.",
    th: "ฝ่ายเลขานุการออกจากการประชุมประจำไม่ได้ โปรดโอนหน้าที่ฝ่ายเลขานุการให้สมาชิกอื่นก่อน",
    my: "အတွင်းရေးမှူးရုံးသည် ပုံမှန်အစည်းအဝေးမှ ထွက်၍ မရပါ။ အတွင်းရေးမှူးတာဝန်ကို အခြားအဖွဲ့ဝင်ထံ ဦးစွာ လွှဲပြောင်းပါ။",
  },
  "RECURRENCE.FREQUENCY_NOT_ALLOWED": RULE_TOO_OFTEN,
  "RECURRENCE.INVALID_DURATION": {
    en: "Each meeting in the series must last between {minimum} and {maximum} minutes.",
    th: "การประชุมแต่ละครั้งต้องยาว {minimum} ถึง {maximum} นาที",
    my: "အစည်းအဝေးတစ်ကြိမ်စီသည် {minimum} မိနစ်မှ {maximum} မိနစ်အထိ ကြာရပါမည်။",
  },
  "RECURRENCE.INVALID_MOVE": {
    en: "A moved meeting must end after it starts. Check the new start and end times.",
    th: "การประชุมที่เลื่อนต้องสิ้นสุดหลังเวลาเริ่ม โปรดตรวจสอบเวลาเริ่มและเวลาสิ้นสุดใหม่",
    my: "ရွှေ့ထားသော အစည်းအဝေးသည် စတင်ချိန်နောက်မှ ပြီးဆုံးရပါမည်။ စတင်ချိန်နှင့် ပြီးဆုံးချိန်အသစ်ကို စစ်ဆေးပါ။",
  },
  "RECURRENCE.INVALID_RULE": RULE_INVALID,
  "RECURRENCE.NOT_AN_OCCURRENCE": {
    en: "That date is not one of the series' regular meetings. Choose a meeting from the series' schedule.",
    th: "วันดังกล่าวไม่ใช่วันประชุมตามกำหนดของการประชุมประจำนี้ โปรดเลือกครั้งประชุมจากกำหนดการ",
    my: "ထိုရက်သည် ဤပုံမှန်အစည်းအဝေး၏ သတ်မှတ်ရက်တစ်ရက် မဟုတ်ပါ။ အချိန်ဇယားထဲမှ အစည်းအဝေးတစ်ခုကို ရွေးပါ။",
  },
  "RECURRENCE.PART_NOT_ALLOWED": {
    en: "The repeat rule cannot set {part}. The time of day comes from the first meeting's start.",
    th: "รูปแบบการประชุมซ้ำกำหนด {part} ไม่ได้ เวลาประชุมจะใช้ตามเวลาเริ่มของการประชุมครั้งแรก",
    my: "ထပ်ကျင်းပမည့် စည်းမျဉ်းတွင် {part} ကို သတ်မှတ်၍ မရပါ။ အစည်းအဝေးချိန်ကို ပထမအစည်းအဝေး၏ စတင်ချိန်မှ ယူပါသည်။",
  },
  "RECURRENCE.START_NOT_AN_OCCURRENCE": RULE_START_OFF,
  "RECURRENCE.TOO_MANY": {
    en: "A series can plan at most {maximum} meetings; this rule asks for {count}. Lower the count or set an end date.",
    th: "การประชุมประจำวางแผนได้ไม่เกิน {maximum} ครั้ง แต่รูปแบบนี้กำหนด {count} ครั้ง โปรดลดจำนวนครั้งหรือกำหนดวันสิ้นสุด",
    my: "ပုံမှန်အစည်းအဝေးအတွက် အများဆုံး {maximum} ကြိမ်သာ စီစဉ်နိုင်ပါသည်။ ဤစည်းမျဉ်းသည် {count} ကြိမ် သတ်မှတ်ထားပါသည်။ အကြိမ်အရေအတွက်ကို လျှော့ပါ သို့မဟုတ် ပြီးဆုံးရက် သတ်မှတ်ပါ။",
  },
  "RECURRENCE.UNTIL_BEFORE_START": RULE_ENDS_EARLY,

  // Organizations
  "ORGANIZATION.ALREADY_ACTIVE": {
    en: "This organization is already active.",
    th: "หน่วยงานนี้เปิดใช้งานอยู่แล้ว",
    my: "ဤအဖွဲ့အစည်းကို အသုံးပြုနေဆဲ ဖြစ်ပါသည်။",
  },
  "ORGANIZATION.ALREADY_INACTIVE": {
    en: "This organization is already inactive.",
    th: "หน่วยงานนี้ปิดใช้งานอยู่แล้ว",
    my: "ဤအဖွဲ့အစည်းကို ရပ်နားထားပြီးသား ဖြစ်ပါသည်။",
  },
  "ORGANIZATION.PARENT_CYCLE": {
    en: "An organization cannot sit under one of its own units. Choose a different parent organization.",
    th: "หน่วยงานไม่สามารถอยู่ภายใต้หน่วยงานย่อยของตัวเองได้ โปรดเลือกหน่วยงานต้นสังกัดอื่น",
    my: "အဖွဲ့အစည်းတစ်ခုသည် ၎င်း၏ လက်အောက်ခံဌာနတစ်ခု၏ အောက်တွင် ရှိ၍ မရပါ။ အခြားမူလအဖွဲ့အစည်းကို ရွေးပါ။",
  },

  // Personal data
  "PRIVACY.PERSONAL_DATA": {
    en: "Personal data cannot be saved in a restricted meeting. Found: {kinds} ({count} in all). Remove it, refer to people by case code, then save again.",
    th: "บันทึกข้อมูลส่วนบุคคลในการประชุมแบบจำกัดสิทธิ์ไม่ได้ พบ: {kinds} (รวม {count} รายการ) โปรดลบออกและอ้างถึงบุคคลด้วยรหัสกรณี แล้วบันทึกอีกครั้ง",
    my: "ကန့်သတ်ထားသော အစည်းအဝေးတွင် ကိုယ်ရေးအချက်အလက်များကို သိမ်းဆည်း၍ မရပါ။ တွေ့ရှိချက် - {kinds} (စုစုပေါင်း {count} ခု)။ ၎င်းတို့ကို ဖယ်ရှားပြီး လူများကို ကိစ္စရပ်ကုဒ်ဖြင့်သာ ရည်ညွှန်းကာ ထပ်မံသိမ်းဆည်းပါ။",
  },
  "privacy.thai_national_id": {
    en: "This looks like a Thai national ID number. Remove it: Moei must never hold victims' personal data.",
    th: "ข้อความนี้ดูเหมือนเลขประจำตัวประชาชน โปรดลบออก ระบบ Moei ต้องไม่เก็บข้อมูลส่วนบุคคลของผู้เสียหาย",
    my: "ဤအရာသည် ထိုင်းနိုင်ငံသား မှတ်ပုံတင်အမှတ်နှင့် တူပါသည်။ ဖယ်ရှားပါ။ Moei တွင် လူကုန်ကူးခံရသူများ၏ ကိုယ်ရေးအချက်အလက်ကို မသိမ်းဆည်းရပါ။",
  },
  "privacy.passport": {
    en: "This looks like a passport number. Remove it: Moei must never hold victims' personal data.",
    th: "ข้อความนี้ดูเหมือนเลขหนังสือเดินทาง โปรดลบออก ระบบ Moei ต้องไม่เก็บข้อมูลส่วนบุคคลของผู้เสียหาย",
    my: "ဤအရာသည် နိုင်ငံကူးလက်မှတ်အမှတ်နှင့် တူပါသည်။ ဖယ်ရှားပါ။ Moei တွင် လူကုန်ကူးခံရသူများ၏ ကိုယ်ရေးအချက်အလက်ကို မသိမ်းဆည်းရပါ။",
  },
  "privacy.myanmar_nrc": {
    en: "This looks like a Myanmar NRC number. Remove it: Moei must never hold victims' personal data.",
    th: "ข้อความนี้ดูเหมือนเลขบัตรประจำตัวประชาชนเมียนมา (NRC) โปรดลบออก ระบบ Moei ต้องไม่เก็บข้อมูลส่วนบุคคลของผู้เสียหาย",
    my: "ဤအရာသည် နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်နှင့် တူပါသည်။ ဖယ်ရှားပါ။ Moei တွင် လူကုန်ကူးခံရသူများ၏ ကိုယ်ရေးအချက်အလက်ကို မသိမ်းဆည်းရပါ။",
  },
  "privacy.phone": {
    en: "This looks like a phone number. Remove it unless it is an office number.",
    th: "ข้อความนี้ดูเหมือนหมายเลขโทรศัพท์ โปรดลบออก เว้นแต่เป็นหมายเลขของสำนักงาน",
    my: "ဤအရာသည် ဖုန်းနံပါတ်နှင့် တူပါသည်။ ရုံးဖုန်းနံပါတ် မဟုတ်ပါက ဖယ်ရှားပါ။",
  },
  "privacy.email": {
    en: "This looks like an e-mail address. Remove it unless it is an office address.",
    th: "ข้อความนี้ดูเหมือนที่อยู่อีเมล โปรดลบออก เว้นแต่เป็นอีเมลของสำนักงาน",
    my: "ဤအရာသည် အီးမေးလ်လိပ်စာနှင့် တူပါသည်။ ရုံးအီးမေးလ် မဟုတ်ပါက ဖယ်ရှားပါ။",
  },
  "privacy.date_of_birth": {
    en: "This looks like a date of birth. Remove it and use an age band instead.",
    th: "ข้อความนี้ดูเหมือนวันเกิด โปรดลบออกและใช้ช่วงอายุแทน",
    my: "ဤအရာသည် မွေးသက္ကရာဇ်နှင့် တူပါသည်။ ဖယ်ရှားပြီး အသက်အပိုင်းအခြားကို အစားသုံးပါ။",
  },

  // Dates and times
  "TIME.INVALID_DATE": {
    en: "“{value}” is not a valid date. Choose it from the calendar or write it as YYYY-MM-DD.",
    th: "“{value}” ไม่ใช่วันที่ที่ถูกต้อง โปรดเลือกจากปฏิทินหรือเขียนในรูปแบบ YYYY-MM-DD (ปี ค.ศ.)",
    my: "“{value}” သည် မှန်ကန်သော ရက်စွဲ မဟုတ်ပါ။ ပြက္ခဒိန်မှ ရွေးပါ သို့မဟုတ် YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။",
  },
  "TIME.INVALID_INSTANT": {
    en: "“{value}” is not a valid date and time. Choose the date and time again.",
    th: "“{value}” ไม่ใช่วันและเวลาที่ถูกต้อง โปรดเลือกวันและเวลาอีกครั้ง",
    my: "“{value}” သည် မှန်ကန်သော ရက်စွဲနှင့် အချိန် မဟုတ်ပါ။ ရက်စွဲနှင့် အချိန်ကို ပြန်ရွေးပါ။",
  },
  "TIME.INVALID_LOCAL_DATE_TIME": {
    en: "“{value}” is not a valid date and time. Choose it again, or write it as YYYY-MM-DDTHH:MM.",
    th: "“{value}” ไม่ใช่วันและเวลาที่ถูกต้อง โปรดเลือกอีกครั้งหรือเขียนในรูปแบบ YYYY-MM-DDTHH:MM (ปี ค.ศ.)",
    my: "“{value}” သည် မှန်ကန်သော ရက်စွဲနှင့် အချိန် မဟုတ်ပါ။ ပြန်ရွေးပါ သို့မဟုတ် YYYY-MM-DDTHH:MM ပုံစံဖြင့် ရေးပါ။",
  },
  "TIME.INVALID_ZONE": {
    en: "“{value}” is not a time zone Moei knows. Choose one from the list, such as Asia/Bangkok.",
    th: "“{value}” ไม่ใช่เขตเวลาที่ระบบรู้จัก โปรดเลือกจากรายการ เช่น Asia/Bangkok",
    my: "“{value}” သည် စနစ်က သိသော အချိန်ဇုန် မဟုတ်ပါ။ Asia/Yangon ကဲ့သို့ စာရင်းထဲမှ တစ်ခုကို ရွေးပါ။",
  },

  // Field validation (zod issues, see validation.ts)
  "validation.duplicate": {
    en: "The same entry is listed twice. Remove the duplicate.",
    th: "มีรายการซ้ำกัน โปรดลบรายการที่ซ้ำออก",
    my: "တူညီသော အချက်ကို နှစ်ကြိမ် ထည့်ထားပါသည်။ ထပ်နေသည်ကို ဖယ်ရှားပါ။",
  },
  "validation.duplicate_clause": {
    en: "Two clauses have the same number. Give each clause its own number.",
    th: "มีสองข้อที่ใช้เลขข้อเดียวกัน โปรดกำหนดเลขข้อที่ไม่ซ้ำกัน",
    my: "အပိုဒ်နှစ်ခုတွင် နံပါတ်တူနေပါသည်။ အပိုဒ်တစ်ခုစီကို ကိုယ်ပိုင်နံပါတ် ပေးပါ။",
  },
  "validation.duplicate_party": {
    en: "A party is listed twice. Remove the duplicate.",
    th: "มีภาคีที่ระบุซ้ำ โปรดลบรายการที่ซ้ำออก",
    my: "ပါဝင်သည့်ဘက်တစ်ဘက်ကို နှစ်ကြိမ် ထည့်ထားပါသည်။ ထပ်နေသည်ကို ဖယ်ရှားပါ။",
  },
  "validation.invalid": {
    en: "This value is not valid. Check it and try again.",
    th: "ค่านี้ไม่ถูกต้อง โปรดตรวจสอบแล้วลองอีกครั้ง",
    my: "ဤတန်ဖိုး မမှန်ကန်ပါ။ စစ်ဆေးပြီး ထပ်မံကြိုးစားပါ။",
  },
  "validation.invalid_case_code": CASE_CODE_HELP,
  "validation.invalid_email": {
    en: "Enter an e-mail address such as name@example.org.",
    th: "โปรดระบุที่อยู่อีเมล เช่น name@example.org",
    my: "name@example.org ကဲ့သို့ အီးမေးလ်လိပ်စာကို ထည့်ပါ။",
  },
  "validation.invalid_choice": {
    en: "Choose one of the options offered.",
    th: "โปรดเลือกจากตัวเลือกที่มีให้",
    my: "ပေးထားသော ရွေးချယ်စရာများထဲမှ တစ်ခုကို ရွေးပါ။",
  },
  "validation.invalid_clause_number": {
    en: "Write the clause number in digits, such as 3 or 3.2.",
    th: "โปรดเขียนเลขข้อเป็นตัวเลข เช่น 3 หรือ 3.2",
    my: "အပိုဒ်နံပါတ်ကို 3 သို့မဟုတ် 3.2 ကဲ့သို့ ဂဏန်းဖြင့် ရေးပါ။",
  },
  "validation.invalid_date": {
    en: "Enter a valid date.",
    th: "โปรดระบุวันที่ที่ถูกต้อง",
    my: "မှန်ကန်သော ရက်စွဲကို ထည့်ပါ။",
  },
  "validation.invalid_date_time": DATE_TIME_INVALID,
  "validation.invalid_duration": {
    en: "Enter the duration in whole minutes.",
    th: "โปรดระบุระยะเวลาเป็นจำนวนนาทีเต็ม",
    my: "ကြာချိန်ကို မိနစ် ကိန်းပြည့်ဖြင့် ထည့်ပါ။",
  },
  "validation.invalid_id": {
    en: "This reference is not valid. Choose the item from the list again.",
    th: "รหัสอ้างอิงไม่ถูกต้อง โปรดเลือกจากรายการอีกครั้ง",
    my: "ဤရည်ညွှန်းချက် မမှန်ကန်ပါ။ စာရင်းထဲမှ ပြန်ရွေးပါ။",
  },
  "validation.invalid_instant": DATE_TIME_INVALID,
  "validation.invalid_key": {
    en: "Use lower-case English letters, digits and underscores, starting with a letter (at most 40).",
    th: "โปรดใช้อักษรภาษาอังกฤษตัวพิมพ์เล็ก ตัวเลข และขีดล่าง โดยขึ้นต้นด้วยตัวอักษร (ไม่เกิน 40 ตัว)",
    my: "အင်္ဂလိပ်စာလုံးအသေး၊ ဂဏန်းနှင့် underscore (_) ကိုသာ သုံးပြီး စာလုံးဖြင့် စပါ (အများဆုံး 40 လုံး)။",
  },
  "validation.invalid_language": {
    en: "Choose one of the languages offered.",
    th: "โปรดเลือกภาษาจากตัวเลือกที่มีให้",
    my: "ပေးထားသော ဘာသာစကားများထဲမှ တစ်ခုကို ရွေးပါ။",
  },
  "validation.invalid_rrule": RULE_INVALID,
  "validation.invalid_type": {
    en: "This value is of the wrong kind. Check what the field asks for.",
    th: "ชนิดของข้อมูลไม่ถูกต้อง โปรดตรวจสอบสิ่งที่ช่องนี้ต้องการ",
    my: "ဤတန်ဖိုး၏ အမျိုးအစား မှားနေပါသည်။ ဤအကွက်တွင် လိုအပ်သည်ကို စစ်ဆေးပါ။",
  },
  "validation.invalid_url": {
    en: "Enter a full web address starting with https://.",
    th: "โปรดระบุที่อยู่เว็บแบบเต็มที่ขึ้นต้นด้วย https://",
    my: "https:// ဖြင့် စသော ဝဘ်လိပ်စာ အပြည့်အစုံကို ထည့်ပါ။",
  },
  "validation.invalid_username": {
    en: "Use 3 to 64 lower-case English letters, digits, dots, dashes or underscores, starting with a letter or digit.",
    th: "โปรดใช้อักษรภาษาอังกฤษตัวพิมพ์เล็ก ตัวเลข จุด ขีด หรือขีดล่าง 3 ถึง 64 ตัว โดยขึ้นต้นด้วยตัวอักษรหรือตัวเลข",
    my: "အင်္ဂလိပ်စာလုံးအသေး၊ ဂဏန်း၊ အစက် (.)၊ တုံးတို (-) သို့မဟုတ် underscore (_) ကို 3 လုံးမှ 64 လုံးအထိ သုံးပြီး စာလုံး သို့မဟုတ် ဂဏန်းဖြင့် စပါ။",
  },
  "validation.invalid_version": {
    en: "This form is out of date. Reload the page, then make your change again.",
    th: "แบบฟอร์มนี้ไม่เป็นปัจจุบันแล้ว โปรดโหลดหน้าใหม่แล้วแก้ไขอีกครั้ง",
    my: "ဤပုံစံသည် နောက်ဆုံးအခြေအနေ မဟုတ်တော့ပါ။ စာမျက်နှာကို ပြန်ဖွင့်ပြီး ပြင်ဆင်မှုကို ထပ်မံပြုလုပ်ပါ။",
  },
  "validation.invalid_zone": {
    en: "Choose a time zone from the list.",
    th: "โปรดเลือกเขตเวลาจากรายการ",
    my: "စာရင်းထဲမှ အချိန်ဇုန်တစ်ခုကို ရွေးပါ။",
  },
  "validation.owner_required": {
    en: "Choose at least one responsible organization.",
    th: "โปรดเลือกหน่วยงานรับผิดชอบอย่างน้อยหนึ่งหน่วยงาน",
    my: "တာဝန်ယူမည့် အဖွဲ့အစည်း အနည်းဆုံး တစ်ခုကို ရွေးပါ။",
  },
  "validation.required": {
    en: "This field is required.",
    th: "โปรดกรอกช่องนี้",
    my: "ဤအကွက်ကို ဖြည့်ရန် လိုအပ်ပါသည်။",
  },
  "validation.series_for_coordinators": {
    en: "Only coordinators run series. Choose the coordinator role, or remove the series.",
    th: "เฉพาะผู้ประสานงานเท่านั้นที่ดูแลการประชุมประจำได้ โปรดเลือกบทบาทผู้ประสานงาน หรือนำการประชุมประจำออก",
    my: "ညှိနှိုင်းရေးမှူးများသာ ပုံမှန်အစည်းအဝေးများကို စီမံနိုင်ပါသည်။ ညှိနှိုင်းရေးမှူး အခန်းကဏ္ဍကို ရွေးပါ သို့မဟုတ် ပုံမှန်အစည်းအဝေးများကို ဖယ်ရှားပါ။",
  },
  "validation.rrule_frequency_not_allowed": RULE_TOO_OFTEN,
  "validation.rrule_part_not_allowed": {
    en: "Set the time of day with the first meeting's start, not in the repeat rule.",
    th: "โปรดกำหนดเวลาประชุมด้วยเวลาเริ่มของการประชุมครั้งแรก ไม่ใช่ในรูปแบบการประชุมซ้ำ",
    my: "အစည်းအဝေးချိန်ကို ထပ်ကျင်းပမည့် စည်းမျဉ်းတွင် မဟုတ်ဘဲ ပထမအစည်းအဝေး၏ စတင်ချိန်ဖြင့် သတ်မှတ်ပါ။",
  },
  "validation.rrule_too_many": {
    en: "This rule plans too many meetings. Lower the count or set an end date.",
    th: "รูปแบบนี้กำหนดจำนวนครั้งประชุมมากเกินไป โปรดลดจำนวนครั้งหรือกำหนดวันสิ้นสุด",
    my: "ဤစည်းမျဉ်းသည် အစည်းအဝေး အရေအတွက် များလွန်းပါသည်။ အကြိမ်အရေအတွက်ကို လျှော့ပါ သို့မဟုတ် ပြီးဆုံးရက် သတ်မှတ်ပါ။",
  },
  "validation.rrule_until_before_start": RULE_ENDS_EARLY,
  "validation.start_not_an_occurrence": RULE_START_OFF,
  "validation.too_big": {
    en: "The maximum is {maximum}.",
    th: "ค่าสูงสุดคือ {maximum}",
    my: "အများဆုံး {maximum} ဖြစ်ရပါမည်။",
  },
  "validation.too_long": {
    en: "Use at most {maximum} characters.",
    th: "โปรดใช้ไม่เกิน {maximum} ตัวอักษร",
    my: "စာလုံးရေ {maximum} လုံးအထိသာ သုံးပါ။",
  },
  "validation.too_many": {
    en: "At most {maximum} are allowed. Remove some.",
    th: "ใส่ได้ไม่เกิน {maximum} รายการ โปรดลบบางรายการออก",
    my: "အများဆုံး {maximum} ခုသာ ထည့်နိုင်ပါသည်။ အချို့ကို ဖယ်ရှားပါ။",
  },
  "validation.too_small": {
    en: "The minimum is {minimum}.",
    th: "ค่าต่ำสุดคือ {minimum}",
    my: "အနည်းဆုံး {minimum} ဖြစ်ရပါမည်။",
  },
  "validation.unknown_field": {
    en: "Unexpected fields: {keys}. Remove them and try again.",
    th: "มีช่องข้อมูลที่ไม่รู้จัก: {keys} โปรดลบออกแล้วลองอีกครั้ง",
    my: "မသိသော အကွက်များ - {keys}။ ၎င်းတို့ကို ဖယ်ရှားပြီး ထပ်မံကြိုးစားပါ။",
  },
  "validation.weak_password": {
    en: "Use at least {minimum} characters. A few words in any language make a password that is long and easy to remember.",
    th: "โปรดใช้อย่างน้อย {minimum} ตัวอักษร การใช้คำหลายคำในภาษาใดก็ได้จะทำให้รหัสผ่านยาวและจำได้ง่าย",
    my: "အနည်းဆုံး စာလုံး {minimum} လုံး သုံးပါ။ မည်သည့်ဘာသာစကားဖြင့်မဆို စကားလုံး အနည်းငယ်ကို ပေါင်းသုံးပါက ရှည်ပြီး မှတ်မိလွယ်သော စကားဝှက် ဖြစ်ပါသည်။",
  },
};

const UNKNOWN: Localized = {
  en: "Something went wrong ({code}). Please try again, and contact support if it keeps happening.",
  th: "เกิดข้อผิดพลาด ({code}) โปรดลองอีกครั้ง หากยังเกิดซ้ำ โปรดติดต่อผู้ดูแลระบบ",
  my: "တစ်ခုခု မှားယွင်းသွားပါသည် ({code})။ ထပ်မံကြိုးစားပါ။ ဆက်ဖြစ်နေပါက စနစ်စီမံသူထံ ဆက်သွယ်ပါ။",
};

// Labels double as badge and button text in the portal, so they are capitalised in English.
const STATES: { readonly [L in LifecycleName]: Labels<Lifecycles[L]["state"]> } = {
  meeting: {
    draft: { en: "Draft", th: "ร่าง", my: "မူကြမ်း" },
    scheduled: { en: "Scheduled", th: "กำหนดวันแล้ว", my: "ရက်သတ်မှတ်ပြီး" },
    held: { en: "Held", th: "จัดประชุมแล้ว", my: "ကျင်းပပြီး" },
    minutes_draft: {
      en: "Minutes in draft",
      th: "กำลังร่างรายงานการประชุม",
      my: "မှတ်တမ်း ရေးဆွဲဆဲ",
    },
    minutes_circulated: {
      en: "Minutes circulated",
      th: "เวียนรายงานการประชุมแล้ว",
      my: "မှတ်တမ်း ဖြန့်ဝေပြီး",
    },
    minutes_approved: {
      en: "Minutes approved",
      th: "รับรองรายงานการประชุมแล้ว",
      my: "မှတ်တမ်း အတည်ပြုပြီး",
    },
    postponed: { en: "Postponed", th: "เลื่อนการประชุม", my: "ရွှေ့ဆိုင်းထား" },
    cancelled: { en: "Cancelled", th: "ยกเลิกแล้ว", my: "ဖျက်သိမ်းပြီး" },
  },
  agreement: {
    draft: { en: "Draft", th: "ร่าง", my: "မူကြမ်း" },
    negotiating: { en: "In negotiation", th: "อยู่ระหว่างการเจรจา", my: "ညှိနှိုင်းဆွေးနွေးဆဲ" },
    signed: { en: "Signed", th: "ลงนามแล้ว", my: "လက်မှတ်ရေးထိုးပြီး" },
    in_force: { en: "In force", th: "มีผลบังคับใช้", my: "အာဏာတည်ဆဲ" },
    under_review: { en: "Under review", th: "อยู่ระหว่างการทบทวน", my: "ပြန်လည်သုံးသပ်ဆဲ" },
    expired: { en: "Expired", th: "หมดอายุแล้ว", my: "သက်တမ်းကုန်ဆုံးပြီး" },
    terminated: { en: "Terminated", th: "ยุติแล้ว", my: "ရပ်စဲပြီး" },
    superseded: { en: "Superseded", th: "ถูกแทนที่แล้ว", my: "အစားထိုးခံရပြီး" },
  },
  action: {
    open: { en: "Open", th: "รอดำเนินการ", my: "မစတင်ရသေး" },
    in_progress: { en: "In progress", th: "กำลังดำเนินการ", my: "ဆောင်ရွက်ဆဲ" },
    blocked: { en: "Blocked", th: "ติดขัด", my: "အတားအဆီးရှိ" },
    done: { en: "Done", th: "เสร็จแล้ว", my: "ပြီးစီး" },
    cancelled: { en: "Cancelled", th: "ยกเลิกแล้ว", my: "ဖျက်သိမ်းပြီး" },
  },
  case: {
    referred: { en: "Referred", th: "รับส่งต่อแล้ว", my: "လွှဲပြောင်းလက်ခံထား" },
    identified: {
      en: "Identified as a victim",
      th: "คัดแยกเป็นผู้เสียหายแล้ว",
      my: "လူကုန်ကူးခံရသူအဖြစ် သတ်မှတ်ပြီး",
    },
    sheltered: { en: "In a shelter", th: "อยู่ในสถานคุ้มครอง", my: "ဂေဟာတွင် ထားရှိဆဲ" },
    nationality_verification: {
      en: "Nationality verification",
      th: "พิสูจน์สัญชาติ",
      my: "နိုင်ငံသားဖြစ်မှု စိစစ်ဆဲ",
    },
    family_assessment: { en: "Family assessment", th: "ประเมินครอบครัว", my: "မိသားစု အကဲဖြတ်ဆဲ" },
    return_scheduled: {
      en: "Return scheduled",
      th: "กำหนดวันส่งกลับแล้ว",
      my: "ပြန်ပို့ရန် ရက်သတ်မှတ်ပြီး",
    },
    handed_over: { en: "Handed over", th: "ส่งมอบแล้ว", my: "လွှဲပြောင်းပေးအပ်ပြီး" },
    reintegration_followup: {
      en: "Reintegration follow-up",
      th: "ติดตามการคืนสู่สังคม",
      my: "ပြန်လည်ပေါင်းစည်းရေး စောင့်ကြည့်ဆဲ",
    },
    closed: { en: "Closed", th: "ปิดกรณีแล้ว", my: "ပိတ်သိမ်းပြီး" },
    not_identified: {
      en: "Not identified as a victim",
      th: "คัดแยกแล้วไม่ใช่ผู้เสียหาย",
      my: "လူကုန်ကူးခံရသူအဖြစ် မသတ်မှတ်",
    },
    witness_hold: { en: "Held as a witness", th: "อยู่ระหว่างเป็นพยาน", my: "သက်သေအဖြစ် ထိန်းထားဆဲ" },
    withdrawn: { en: "Withdrawn", th: "ถอนเรื่องแล้ว", my: "ရုပ်သိမ်းပြီး" },
  },
};

const EVENTS: { readonly [L in LifecycleName]: Labels<Lifecycles[L]["event"]> } = {
  meeting: {
    schedule: { en: "Schedule", th: "กำหนดวันประชุม", my: "ရက်သတ်မှတ်ခြင်း" },
    reschedule: { en: "Reschedule", th: "เปลี่ยนวันเวลาประชุม", my: "ရက်ပြန်သတ်မှတ်ခြင်း" },
    postpone: { en: "Postpone", th: "เลื่อนการประชุม", my: "ရွှေ့ဆိုင်းခြင်း" },
    cancel: { en: "Cancel", th: "ยกเลิกการประชุม", my: "ဖျက်သိမ်းခြင်း" },
    hold: { en: "Mark as held", th: "บันทึกว่าจัดประชุมแล้ว", my: "ကျင်းပပြီးကြောင်း မှတ်ခြင်း" },
    draft_minutes: {
      en: "Start the minutes",
      th: "เริ่มร่างรายงานการประชุม",
      my: "မှတ်တမ်း စတင်ရေးဆွဲခြင်း",
    },
    circulate: {
      en: "Circulate the minutes",
      th: "เวียนรายงานการประชุม",
      my: "မှတ်တမ်း ဖြန့်ဝေခြင်း",
    },
    reopen_minutes: {
      en: "Reopen the minutes",
      th: "เปิดแก้ไขรายงานการประชุมอีกครั้ง",
      my: "မှတ်တမ်း ပြန်ဖွင့်ခြင်း",
    },
    approve: {
      en: "Approve the minutes",
      th: "รับรองรายงานการประชุม",
      my: "မှတ်တမ်း အတည်ပြုခြင်း",
    },
  },
  agreement: {
    start_negotiation: { en: "Start negotiation", th: "เริ่มการเจรจา", my: "ညှိနှိုင်းမှု စတင်ခြင်း" },
    sign: { en: "Sign", th: "ลงนาม", my: "လက်မှတ်ရေးထိုးခြင်း" },
    bring_into_force: { en: "Bring into force", th: "ให้มีผลบังคับใช้", my: "အာဏာတည်စေခြင်း" },
    start_review: { en: "Start review", th: "เริ่มการทบทวน", my: "ပြန်လည်သုံးသပ်မှု စတင်ခြင်း" },
    complete_review: {
      en: "Complete review",
      th: "ทบทวนเสร็จสิ้น",
      my: "ပြန်လည်သုံးသပ်မှု ပြီးဆုံးခြင်း",
    },
    expire: { en: "Mark as expired", th: "บันทึกว่าหมดอายุ", my: "သက်တမ်းကုန်ကြောင်း မှတ်ခြင်း" },
    terminate: { en: "Terminate", th: "ยุติความตกลง", my: "ရပ်စဲခြင်း" },
    supersede: {
      en: "Replace with a new agreement",
      th: "แทนที่ด้วยความตกลงฉบับใหม่",
      my: "သဘောတူညီချက်အသစ်ဖြင့် အစားထိုးခြင်း",
    },
  },
  action: {
    start: { en: "Start", th: "เริ่มดำเนินการ", my: "စတင်ခြင်း" },
    block: { en: "Mark as blocked", th: "แจ้งว่าติดขัด", my: "အတားအဆီးရှိကြောင်း မှတ်ခြင်း" },
    unblock: { en: "Resume", th: "ดำเนินการต่อ", my: "ဆက်လက်ဆောင်ရွက်ခြင်း" },
    complete: { en: "Mark as done", th: "แจ้งว่าเสร็จแล้ว", my: "ပြီးစီးကြောင်း မှတ်ခြင်း" },
    cancel: { en: "Cancel", th: "ยกเลิก", my: "ဖျက်သိမ်းခြင်း" },
    reopen: { en: "Reopen", th: "เปิดอีกครั้ง", my: "ပြန်ဖွင့်ခြင်း" },
    report: { en: "Report progress", th: "รายงานความคืบหน้า", my: "တိုးတက်မှု အစီရင်ခံခြင်း" },
  },
  case: {
    identify: {
      en: "Identify as a victim",
      th: "คัดแยกเป็นผู้เสียหาย",
      my: "လူကုန်ကူးခံရသူအဖြစ် သတ်မှတ်ခြင်း",
    },
    not_identified: {
      en: "Record as not a victim",
      th: "บันทึกว่าไม่ใช่ผู้เสียหาย",
      my: "လူကုန်ကူးခံရသူ မဟုတ်ကြောင်း မှတ်ခြင်း",
    },
    shelter: { en: "Admit to a shelter", th: "รับเข้าสถานคุ้มครอง", my: "ဂေဟာသို့ လက်ခံခြင်း" },
    request_verification: {
      en: "Request nationality verification",
      th: "ขอพิสูจน์สัญชาติ",
      my: "နိုင်ငံသားဖြစ်မှု စိစစ်ရန် တောင်းဆိုခြင်း",
    },
    assess_family: { en: "Assess the family", th: "ประเมินครอบครัว", my: "မိသားစု အကဲဖြတ်ခြင်း" },
    schedule_return: {
      en: "Schedule the return",
      th: "กำหนดวันส่งกลับ",
      my: "ပြန်ပို့ရန် ရက်သတ်မှတ်ခြင်း",
    },
    hand_over: { en: "Hand over", th: "ส่งมอบ", my: "လွှဲပြောင်းပေးအပ်ခြင်း" },
    follow_up: {
      en: "Start reintegration follow-up",
      th: "เริ่มติดตามการคืนสู่สังคม",
      my: "ပြန်လည်ပေါင်းစည်းရေး စောင့်ကြည့်မှု စတင်ခြင်း",
    },
    close: { en: "Close", th: "ปิดกรณี", my: "ပိတ်သိမ်းခြင်း" },
    hold_as_witness: { en: "Hold as a witness", th: "กันไว้เป็นพยาน", my: "သက်သေအဖြစ် ထိန်းထားခြင်း" },
    release_witness: {
      en: "Release from witness hold",
      th: "สิ้นสุดการเป็นพยาน",
      my: "သက်သေအဖြစ်မှ လွှတ်ပေးခြင်း",
    },
    withdraw: { en: "Withdraw", th: "ถอนเรื่อง", my: "ရုပ်သိမ်းခြင်း" },
  },
};

/** Other params whose values are shown as words: MEETING.LOCKED's activity, NOT_FOUND's entity, found kinds. */
const VALUE_LABELS: Readonly<Record<string, Labels>> = {
  activity: {
    agenda: { en: "agenda", th: "ระเบียบวาระ", my: "အစည်းအဝေး အစီအစဉ်" },
    invitations: { en: "invitations", th: "รายชื่อผู้ได้รับเชิญ", my: "ဖိတ်ကြားစာရင်း" },
    rsvp: { en: "replies to invitations", th: "การตอบรับคำเชิญ", my: "ဖိတ်ကြားချက်အား အကြောင်းပြန်ချက်များ" },
    attendance: { en: "attendance list", th: "รายชื่อผู้เข้าร่วมประชุม", my: "တက်ရောက်သူစာရင်း" },
    minutes: { en: "minutes", th: "รายงานการประชุม", my: "အစည်းအဝေးမှတ်တမ်း" },
    decisions: { en: "decisions", th: "มติที่ประชุม", my: "ဆုံးဖြတ်ချက်များ" },
  },
  entity: {
    action: { en: "action", th: "เรื่องที่ต้องดำเนินการ", my: "ဆောင်ရွက်ရန်ကိစ္စ" },
    agenda_item: { en: "agenda item", th: "ระเบียบวาระ", my: "အစီအစဉ်ခေါင်းစဉ်" },
    agreement: { en: "agreement", th: "ความตกลง", my: "သဘောတူညီချက်" },
    calendar_feed: { en: "calendar link", th: "ลิงก์ปฏิทิน", my: "ပြက္ခဒိန်လင့်ခ်" },
    case_reference: { en: "case", th: "กรณี", my: "ကိစ္စရပ်" },
    contact: { en: "contact", th: "ผู้ติดต่อ", my: "ဆက်သွယ်ရမည့်သူ" },
    decision: { en: "decision", th: "มติ", my: "ဆုံးဖြတ်ချက်" },
    meeting: { en: "meeting", th: "การประชุม", my: "အစည်းအဝေး" },
    minutes: { en: "minutes", th: "รายงานการประชุม", my: "အစည်းအဝေးမှတ်တမ်း" },
    organization: { en: "organization", th: "หน่วยงาน", my: "အဖွဲ့အစည်း" },
    series: { en: "meeting series", th: "การประชุมประจำ", my: "ပုံမှန်အစည်းအဝေး" },
    user: { en: "user", th: "ผู้ใช้", my: "အသုံးပြုသူ" },
  },
  kinds: {
    thai_national_id: {
      en: "Thai national ID number",
      th: "เลขประจำตัวประชาชน",
      my: "ထိုင်းနိုင်ငံသား မှတ်ပုံတင်အမှတ်",
    },
    passport: { en: "passport number", th: "เลขหนังสือเดินทาง", my: "နိုင်ငံကူးလက်မှတ်အမှတ်" },
    myanmar_nrc: {
      en: "Myanmar NRC number",
      th: "เลขบัตรประจำตัวประชาชนเมียนมา (NRC)",
      my: "နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်",
    },
    phone: { en: "phone number", th: "หมายเลขโทรศัพท์", my: "ဖုန်းနံပါတ်" },
    email: { en: "e-mail address", th: "ที่อยู่อีเมล", my: "အီးမေးလ်လိပ်စာ" },
    date_of_birth: { en: "date of birth", th: "วันเกิด", my: "မွေးသက္ကရာဇ်" },
  } satisfies Labels<FindingKind>,
};

const LIFECYCLE_OF_CODE: Readonly<Record<string, LifecycleName>> = {
  MEETING: "meeting",
  AGREEMENT: "agreement",
  ACTION: "action",
  CASE: "case",
};
/** Params holding a calendar date, shown as `formatDate` shows it (Myanmar digits in Burmese). */
const DATE_PARAMS = new Set(["date", "previous"]);

// Lookups by caller-supplied keys go through `own`: "constructor" must not find Object.prototype's.
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
// An empty translation counts as missing.
const pick = (text: Localized, lang: UiLanguage): string => own(text, lang) || text.en;

/** The label of a lifecycle state ("minutes_circulated" → "Minutes circulated"); the state itself if unknown. */
export function stateLabel(entity: LifecycleName, state: string, lang: UiLanguage): string {
  const label = own<Localized>(STATES[entity], state);
  return label === undefined ? state : pick(label, lang);
}

/** The label of a lifecycle event ("circulate" → "Circulate the minutes"); the event itself if unknown. */
export function eventLabel(entity: LifecycleName, event: string, lang: UiLanguage): string {
  const label = own<Localized>(EVENTS[entity], event);
  return label === undefined ? event : pick(label, lang);
}

function render(code: string, name: string, value: unknown, lang: UiLanguage): string {
  if (Array.isArray(value)) return value.map((v: unknown) => render(code, name, v, lang)).join(", ");
  const text = String(value);
  const lifecycle = own(LIFECYCLE_OF_CODE, code.split(".")[0] ?? "");
  if (lifecycle !== undefined && (name === "from" || name === "status"))
    return stateLabel(lifecycle, text, lang);
  if (lifecycle !== undefined && name === "event") return eventLabel(lifecycle, text, lang);
  const labels = own(VALUE_LABELS, name);
  const label = labels === undefined ? undefined : own(labels, text);
  if (label !== undefined) return pick(label, lang);
  const date = DATE_PARAMS.has(name) ? parsePlainDate(text) : undefined;
  return date?.ok ? formatDate(date.value, lang, { style: "long" }) : text;
}

/**
 * The message for `code` (an error code or a validation key) in `lang`, with its {placeholders} filled
 * from `params`: lists joined with ", ", states, events and kinds as labels, numbers in ASCII digits,
 * dates as `formatDate` writes them. Falls back to English for a missing translation and to a generic
 * message naming the code for an unknown one; never throws. A placeholder without a param stays as is.
 */
export function message(code: string, lang: UiLanguage, params: ErrorParams = {}): string {
  const entry = own(MESSAGES, code);
  const values = entry === undefined ? { code } : params;
  return pick(entry ?? UNKNOWN, lang).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = own(values, name);
    return value === undefined ? placeholder : render(code, name, value, lang);
  });
}

export const errorMessage = (
  error: { readonly code: string; readonly params: ErrorParams },
  lang: UiLanguage,
): string => message(error.code, lang, error.params);

export const fieldMessage = (issue: FieldIssue, lang: UiLanguage): string =>
  message(issue.key, lang, issue.params);
