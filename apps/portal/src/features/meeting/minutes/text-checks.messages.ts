import { defineMessages } from "../../../i18n/catalog.ts";

/** The inline data-protection and Zawgyi warnings of every free-text field, and the names of languages. */
export const textChecks = defineMessages({
  en: {
    "kind.thai_national_id": "Thai ID number",
    "kind.passport": "passport number",
    "kind.myanmar_nrc": "Myanmar NRC number",
    "kind.phone": "phone number",
    "kind.email": "e-mail address",
    "kind.date_of_birth": "date of birth",
    "guard.warning":
      "This text seems to contain personal data ({kinds}). Moei must not hold personal data of victims: please remove it.",
    "guard.refused":
      "Restricted meeting: text with personal data ({kinds}) is refused and will not be saved until it is removed.",
    "guard.server": "Not saved: the server found personal data ({kinds}). Remove it and try again.",
    "zawgyi.warning":
      "This text looks typed in Zawgyi, which many devices show as garbled letters. Convert it to Unicode before saving.",
    "zawgyi.convert": "Convert to Unicode",
  },
  th: {
    "kind.thai_national_id": "เลขประจำตัวประชาชน",
    "kind.passport": "เลขหนังสือเดินทาง",
    "kind.myanmar_nrc": "เลขบัตรประชาชนเมียนมา (NRC)",
    "kind.phone": "หมายเลขโทรศัพท์",
    "kind.email": "อีเมล",
    "kind.date_of_birth": "วันเกิด",
    "guard.warning": "ข้อความนี้ดูเหมือนมีข้อมูลส่วนบุคคล ({kinds}) Moei ต้องไม่เก็บข้อมูลส่วนบุคคลของผู้เสียหาย โปรดลบออก",
    "guard.refused": "การประชุมลับ: ข้อความที่มีข้อมูลส่วนบุคคล ({kinds}) จะถูกปฏิเสธ และจะไม่บันทึกจนกว่าจะลบออก",
    "guard.server": "ยังไม่ได้บันทึก: เซิร์ฟเวอร์พบข้อมูลส่วนบุคคล ({kinds}) โปรดลบออกแล้วลองอีกครั้ง",
    "zawgyi.warning":
      "ข้อความนี้ดูเหมือนพิมพ์ด้วยฟอนต์ Zawgyi ซึ่งหลายอุปกรณ์แสดงเป็นตัวอักษรผิดเพี้ยน โปรดแปลงเป็น Unicode ก่อนบันทึก",
    "zawgyi.convert": "แปลงเป็น Unicode",
  },
  my: {
    "kind.thai_national_id": "ထိုင်းမှတ်ပုံတင်နံပါတ်",
    "kind.passport": "နိုင်ငံကူးလက်မှတ်နံပါတ်",
    "kind.myanmar_nrc": "နိုင်ငံသားစိစစ်ရေးကတ်နံပါတ်",
    "kind.phone": "ဖုန်းနံပါတ်",
    "kind.email": "အီးမေးလ်လိပ်စာ",
    "kind.date_of_birth": "မွေးသက္ကရာဇ်",
    "guard.warning":
      "ဤစာသားတွင် ကိုယ်ရေးအချက်အလက် ({kinds}) ပါဝင်နေပုံရသည်။ Moei သည် လူကုန်ကူးခံရသူများ၏ ကိုယ်ရေးအချက်အလက်ကို မသိမ်းရပါ၊ ဖယ်ရှားပါ။",
    "guard.refused": "ကန့်သတ်အစည်းအဝေး- ကိုယ်ရေးအချက်အလက် ({kinds}) ပါသော စာသားကို လက်မခံပါ၊ မဖယ်ရှားမချင်း မသိမ်းပါ။",
    "guard.server": "မသိမ်းရသေးပါ- ဆာဗာက ကိုယ်ရေးအချက်အလက် ({kinds}) တွေ့သည်။ ဖယ်ရှားပြီး ထပ်ကြိုးစားပါ။",
    "zawgyi.warning": "ဤစာသားကို ဇော်ဂျီဖြင့် ရိုက်ထားပုံရသည်၊ စက်အများအပြားတွင် စာလုံးများ ပျက်နေမည်။ မသိမ်းမီ ယူနီကုဒ်သို့ ပြောင်းပါ။",
    "zawgyi.convert": "ယူနီကုဒ်သို့ ပြောင်းရန်",
  },
});
