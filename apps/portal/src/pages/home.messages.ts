import { defineMessages } from "../i18n/catalog.ts";

export const home = defineMessages({
  en: {
    title: "Meetings",
    upcoming: "Upcoming meetings",
    noUpcoming: "No meetings are scheduled.",
    series: "Meeting series",
    yourSeries: "Series you coordinate",
    members: "{count, plural, one {# member} other {# members}}",
    restricted: "Restricted",
  },
  th: {
    title: "การประชุม",
    upcoming: "การประชุมที่จะถึง",
    noUpcoming: "ยังไม่มีการประชุมที่กำหนดไว้",
    series: "ชุดการประชุม",
    yourSeries: "ชุดการประชุมที่คุณประสานงาน",
    members: "สมาชิก {count, plural, other {# องค์กร}}",
    restricted: "ลับ",
  },
  my: {
    title: "အစည်းအဝေးများ",
    upcoming: "လာမည့် အစည်းအဝေးများ",
    noUpcoming: "စီစဉ်ထားသော အစည်းအဝေး မရှိပါ။",
    series: "အစည်းအဝေး အစဉ်များ",
    yourSeries: "သင် ညှိနှိုင်းသော အစဉ်များ",
    members: "အဖွဲ့ဝင် {count, plural, other {# ဖွဲ့}}",
    restricted: "ကန့်သတ်",
  },
});
