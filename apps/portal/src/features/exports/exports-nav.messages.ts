import { defineMessages } from "../../i18n/catalog.ts";

/**
 * The few words of exports that pages loaded first show (the header's link, the dashboard's open data, the
 * meeting page's in-page link): kept apart from exports.messages.ts so the first load stays small.
 */
export const exportsNav = defineMessages({
  en: {
    "nav.calendars": "My calendars",
    "nav.documents": "Documents",
    "openData.title": "Open data",
    "openData.text":
      "Totals with nothing restricted in them — meetings held per series, attendance rates per organization, actions done on time — free for anyone to reuse.",
    "openData.link": "Open data (JSON)",
  },
  th: {
    "nav.calendars": "ปฏิทินของฉัน",
    "nav.documents": "เอกสาร",
    "openData.title": "ข้อมูลเปิด",
    "openData.text":
      "ยอดรวมที่ไม่มีข้อมูลปกปิด ได้แก่ จำนวนการประชุมของแต่ละชุดการประชุม อัตราการเข้าประชุมของแต่ละองค์กร และงานที่เสร็จตามกำหนด ทุกคนนำไปใช้ต่อได้",
    "openData.link": "ข้อมูลเปิด (JSON)",
  },
  my: {
    "nav.calendars": "ကျွန်ုပ်၏ ပြက္ခဒိန်များ",
    "nav.documents": "စာရွက်စာတမ်းများ",
    "openData.title": "ပွင့်လင်းဒေတာ",
    "openData.text":
      "ကန့်သတ်ထားသည့် အချက်အလက် မပါဝင်သည့် စုစုပေါင်းကိန်းဂဏန်းများ (အစည်းအဝေးစဉ်အလိုက် ကျင်းပသည့် အစည်းအဝေးများ၊ အဖွဲ့အစည်းအလိုက် တက်ရောက်နှုန်းနှင့် အချိန်မီ ပြီးစီးသည့် ဆောင်ရွက်ချက်များ) ကို မည်သူမဆို ပြန်လည်အသုံးပြုနိုင်ပါသည်။",
    "openData.link": "ပွင့်လင်းဒေတာ (JSON)",
  },
});
