import { defineMessages } from "../../i18n/catalog.ts";

/** The meeting page's frame: the in-page navigation and the print link. */
export const meetingPage = defineMessages({
  en: {
    onThisPage: "On this page",
    "nav.invitations": "Invitations",
    "nav.attendance": "Attendance",
    "nav.agenda": "Agenda",
    "nav.matters": "Matters arising",
    "nav.minutes": "Minutes",
    "nav.decisions": "Decisions",
    "nav.actions": "Actions",
    print: "Print view of the minutes",
  },
  th: {
    onThisPage: "ในหน้านี้",
    "nav.invitations": "การเชิญประชุม",
    "nav.attendance": "การเข้าประชุม",
    "nav.agenda": "ระเบียบวาระ",
    "nav.matters": "เรื่องสืบเนื่อง",
    "nav.minutes": "รายงานการประชุม",
    "nav.decisions": "มติ",
    "nav.actions": "งานที่ต้องดำเนินการ",
    print: "รายงานการประชุมสำหรับพิมพ์",
  },
  my: {
    onThisPage: "ဤစာမျက်နှာတွင်",
    "nav.invitations": "ဖိတ်ကြားချက်များ",
    "nav.attendance": "တက်ရောက်မှု",
    "nav.agenda": "အစီအစဉ်",
    "nav.matters": "ဆက်စပ်ကိစ္စများ",
    "nav.minutes": "မှတ်တမ်း",
    "nav.decisions": "ဆုံးဖြတ်ချက်များ",
    "nav.actions": "ဆောင်ရွက်ရန်များ",
    print: "ပုံနှိပ်ရန် မှတ်တမ်း",
  },
});
