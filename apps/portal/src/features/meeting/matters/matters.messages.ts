import { defineMessages } from "../../../i18n/catalog.ts";

/** Open actions of earlier meetings of the series that come back at this one. */
export const matters = defineMessages({
  en: {
    title: "Matters arising",
    intro: "Open actions agreed at earlier meetings of this series, the most often carried over first.",
    none: "No open actions from earlier meetings.",
    count: "{count, plural, one {# open action} other {# open actions}}, {overdue} overdue",
    owners: "Responsible",
    due: "Due {date}",
    overdue: "Overdue",
    daysOverdue: "{days, plural, one {# day late} other {# days late}}",
    carriedOver: "{count, plural, =1 {First time on the agenda} other {Came back # times}}",
    agreedAt: "Agreed at the meeting of {date}",
    agreedAtNumber: "Agreed at meeting {number} ({date})",
  },
  th: {
    title: "เรื่องสืบเนื่องจากการประชุมครั้งก่อน",
    intro: "งานที่ยังไม่แล้วเสร็จซึ่งตกลงไว้ในการประชุมครั้งก่อนของชุดการประชุมนี้ เรียงตามจำนวนครั้งที่ยกมามากที่สุดก่อน",
    none: "ไม่มีงานค้างจากการประชุมครั้งก่อน",
    count: "งานค้าง {count, plural, other {# รายการ}} เลยกำหนด {overdue}",
    owners: "ผู้รับผิดชอบ",
    due: "กำหนดเสร็จ {date}",
    overdue: "เลยกำหนด",
    daysOverdue: "ช้า {days, plural, other {# วัน}}",
    carriedOver: "{count, plural, =1 {เข้าวาระครั้งแรก} other {ยกมาแล้ว # ครั้ง}}",
    agreedAt: "ตกลงในการประชุมวันที่ {date}",
    agreedAtNumber: "ตกลงในการประชุม{number} ({date})",
  },
  my: {
    title: "ယခင်အစည်းအဝေးမှ ဆက်စပ်ကိစ္စများ",
    intro: "ဤအစဉ်၏ ယခင်အစည်းအဝေးများတွင် သဘောတူခဲ့သော မပြီးသေးသည့် လုပ်ငန်းများ၊ အကြိမ်များစွာ ပြန်ပါလာသည်များကို ရှေ့တွင်ပြသည်။",
    none: "ယခင်အစည်းအဝေးများမှ မပြီးသေးသော လုပ်ငန်း မရှိပါ။",
    count: "မပြီးသေးသော လုပ်ငန်း {count, plural, other {# ခု}}၊ သတ်မှတ်ရက် ကျော်လွန် {overdue} ခု",
    owners: "တာဝန်ခံ",
    due: "သတ်မှတ်ရက် {date}",
    overdue: "ရက်ကျော်နေသည်",
    daysOverdue: "{days, plural, other {# ရက်}} နောက်ကျနေသည်",
    carriedOver: "{count, plural, =1 {အစီအစဉ်တွင် ပထမအကြိမ်} other {# ကြိမ် ပြန်ပါလာသည်}}",
    agreedAt: "{date} အစည်းအဝေးတွင် သဘောတူခဲ့သည်",
    agreedAtNumber: "အစည်းအဝေး {number} ({date}) တွင် သဘောတူခဲ့သည်",
  },
});
