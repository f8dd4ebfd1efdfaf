import type { SeriesKind } from "@moei/domain/meeting";
import type { DemoActionTemplate, DemoAgendaTemplate } from "./demo-types.ts";

/**
 * The words of the demo data set: agenda items with minutes and decisions for each kind of series, the
 * actions partners agree to, and the names of the staff who attend as delegates.
 *
 * Everything here is invented and follows DOMAIN.md §6: minutes carry aggregate figures and opaque case
 * codes only, never anything about a victim, witness or suspect. Burmese is Myanmar Unicode.
 */

type AgendaKind = Extract<
  SeriesKind,
  "ngo_coordination" | "bcatip" | "case_management" | "provincial_subcommittee"
>;

/* ---------------------------------------------------------------------------------------------- */
/* Mae Sot NGO/CBO monthly coordination meeting                                                    */

const NGO_COORDINATION: readonly DemoAgendaTemplate[] = [
  {
    title: {
      en: "Adoption of the minutes of the previous meeting",
      th: "รับรองรายงานการประชุมครั้งที่ผ่านมา",
      my: "ယခင်အစည်းအဝေး မှတ်တမ်းကို အတည်ပြုခြင်း",
    },
    presenter: "secretariat",
    durationMinutes: 10,
    minutes: [
      {
        en: "The secretariat presented the draft minutes of the previous meeting, circulated in English, Thai and Burmese two weeks in advance. Two member organizations asked for corrections to the attendance list and one to the wording of the hotline update. With these corrections, the minutes were adopted without objection.",
        th: "ฝ่ายเลขานุการนำเสนอร่างรายงานการประชุมครั้งที่ผ่านมา ซึ่งได้เวียนเป็นภาษาอังกฤษ ภาษาไทย และภาษาเมียนมาล่วงหน้าสองสัปดาห์ องค์กรสมาชิกสององค์กรขอแก้ไขรายชื่อผู้เข้าร่วมประชุม และอีกหนึ่งองค์กรขอแก้ไขถ้อยคำในรายงานของสายด่วน ที่ประชุมรับรองรายงานการประชุมตามที่แก้ไขแล้วโดยไม่มีผู้คัดค้าน",
        my: "အတွင်းရေးမှူးအဖွဲ့က အင်္ဂလိပ်၊ ထိုင်းနှင့် မြန်မာဘာသာဖြင့် နှစ်ပတ်ကြိုတင် ဖြန့်ဝေထားသော ယခင်အစည်းအဝေး မှတ်တမ်းမူကြမ်းကို တင်ပြခဲ့သည်။ အဖွဲ့ဝင်အဖွဲ့အစည်း နှစ်ခုက တက်ရောက်သူစာရင်းကို ပြင်ဆင်ရန်နှင့် တစ်ခုက အကူအညီဖုန်းလိုင်း အစီရင်ခံချက်ပါ စကားအသုံးအနှုန်းကို ပြင်ဆင်ရန် တောင်းဆိုခဲ့သည်။ ယင်းပြင်ဆင်ချက်များဖြင့် မှတ်တမ်းကို ကန့်ကွက်သူမရှိဘဲ အတည်ပြုခဲ့သည်။",
      },
      {
        en: "The minutes of the previous meeting were adopted as circulated. A member noted that the Burmese version had reached some community groups late. The secretariat explained that the translation is now done in-house and will be sent out together with the English and Thai versions.",
        th: "ที่ประชุมรับรองรายงานการประชุมครั้งที่ผ่านมาตามที่เวียนแจ้ง สมาชิกรายหนึ่งแจ้งว่าฉบับภาษาเมียนมาถึงกลุ่มชุมชนบางกลุ่มล่าช้า ฝ่ายเลขานุการชี้แจงว่าขณะนี้ได้แปลเอกสารเองภายในสำนักงานแล้ว และจะส่งพร้อมกับฉบับภาษาอังกฤษและภาษาไทย",
        my: "ယခင်အစည်းအဝေး မှတ်တမ်းကို ဖြန့်ဝေထားသည့်အတိုင်း အတည်ပြုခဲ့သည်။ အဖွဲ့ဝင်တစ်ဦးက မြန်မာဘာသာမူကို အချို့သော ရပ်ရွာအဖွဲ့များ နောက်ကျမှ ရရှိကြောင်း ပြောကြားခဲ့သည်။ အတွင်းရေးမှူးအဖွဲ့က ယခုအခါ ဘာသာပြန်ခြင်းကို ရုံးတွင်းတွင် ကိုယ်တိုင်ဆောင်ရွက်နေပြီဖြစ်၍ အင်္ဂလိပ်နှင့် ထိုင်းဘာသာမူများနှင့်အတူ တစ်ပြိုင်နက် ပေးပို့မည်ဖြစ်ကြောင်း ရှင်းလင်းခဲ့သည်။",
      },
      {
        en: "The chair invited comments on the draft minutes. One organization pointed out that an aggregate shelter figure had been entered under the wrong month, and the secretariat undertook to correct it. The minutes were adopted subject to that correction.",
        th: "ประธานเปิดโอกาสให้สมาชิกให้ความเห็นต่อร่างรายงานการประชุม องค์กรหนึ่งแจ้งว่าตัวเลขรวมของสถานคุ้มครองถูกบันทึกไว้ผิดเดือน ฝ่ายเลขานุการรับไปแก้ไข ที่ประชุมรับรองรายงานการประชุมโดยมีเงื่อนไขให้แก้ไขตามที่แจ้ง",
        my: "သဘာပတိက မှတ်တမ်းမူကြမ်းအပေါ် အကြံပြုချက်များ တောင်းခံခဲ့သည်။ အဖွဲ့အစည်းတစ်ခုက ဂေဟာဆိုင်ရာ စုစုပေါင်းကိန်းဂဏန်းတစ်ခုကို လမှားပြီး ထည့်သွင်းထားကြောင်း ထောက်ပြခဲ့ရာ အတွင်းရေးမှူးအဖွဲ့က ပြင်ဆင်ပေးမည်ဟု တာဝန်ယူခဲ့သည်။ ယင်းပြင်ဆင်ချက်ဖြင့် မှတ်တမ်းကို အတည်ပြုခဲ့သည်။",
      },
    ],
    decisions: [
      {
        en: "The minutes of the previous meeting are adopted with the corrections noted.",
        th: "รับรองรายงานการประชุมครั้งที่ผ่านมาตามที่แก้ไข",
        my: "ယခင်အစည်းအဝေး မှတ်တမ်းကို မှတ်သားထားသော ပြင်ဆင်ချက်များဖြင့် အတည်ပြုသည်။",
      },
      {
        en: "Minutes are circulated in English, Thai and Burmese within ten working days of each meeting.",
        th: "ให้เวียนรายงานการประชุมเป็นภาษาอังกฤษ ภาษาไทย และภาษาเมียนมา ภายในสิบวันทำการหลังการประชุมแต่ละครั้ง",
        my: "အစည်းအဝေးတိုင်းပြီးနောက် ရုံးဖွင့်ရက် ဆယ်ရက်အတွင်း မှတ်တမ်းကို အင်္ဂလိပ်၊ ထိုင်းနှင့် မြန်မာဘာသာဖြင့် ဖြန့်ဝေရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Matters arising and follow-up of agreed actions",
      th: "เรื่องสืบเนื่องและการติดตามผลการดำเนินงานตามที่ตกลงไว้",
      my: "ယခင်အစည်းအဝေးမှ ဆက်စပ်ကိစ္စရပ်များနှင့် သဘောတူထားသော လုပ်ငန်းများ ခြေရာခံခြင်း",
    },
    presenter: "secretariat",
    durationMinutes: 15,
    minutes: [
      {
        en: "The secretariat went through the open actions from the previous meeting. Most were reported done or in progress; three were overdue, mainly because the organizations concerned were waiting for replies from government offices. Members agreed to keep them open and to flag any blocked action to the secretariat before the next meeting.",
        th: "ฝ่ายเลขานุการทบทวนงานที่ยังค้างจากการประชุมครั้งที่ผ่านมา ส่วนใหญ่ดำเนินการแล้วเสร็จหรืออยู่ระหว่างดำเนินการ มีสามเรื่องที่เลยกำหนด ส่วนใหญ่เป็นเพราะองค์กรที่รับผิดชอบยังรอคำตอบจากหน่วยงานราชการ ที่ประชุมเห็นชอบให้คงเรื่องดังกล่าวไว้ และให้แจ้งฝ่ายเลขานุการก่อนการประชุมครั้งถัดไปหากงานใดติดขัด",
        my: "အတွင်းရေးမှူးအဖွဲ့က ယခင်အစည်းအဝေးမှ မပြီးပြတ်သေးသော လုပ်ငန်းများကို တစ်ခုချင်း ပြန်လည်သုံးသပ်ခဲ့သည်။ အများစုမှာ ပြီးစီးပြီ သို့မဟုတ် ဆောင်ရွက်ဆဲဖြစ်ပြီး သုံးခုမှာ သတ်မှတ်ရက်ကျော်လွန်နေကာ အဓိကအားဖြင့် သက်ဆိုင်ရာအဖွဲ့အစည်းများက အစိုးရရုံးများ၏ အကြောင်းပြန်ချက်ကို စောင့်ဆိုင်းနေရခြင်းကြောင့် ဖြစ်သည်။ ယင်းလုပ်ငန်းများကို ဆက်လက်ထားရှိရန်နှင့် ပိတ်ဆို့နေသော လုပ်ငန်းရှိပါက နောက်အစည်းအဝေးမတိုင်မီ အတွင်းရေးမှူးအဖွဲ့သို့ အသိပေးရန် အဖွဲ့ဝင်များက သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "Members reviewed the action list. The referral contact list had been updated and circulated, and the joint training calendar had been drafted. The action on interpreter availability was carried over again, and the chair asked its owners to report a firm date at the next meeting.",
        th: "ที่ประชุมทบทวนรายการงานที่ตกลงไว้ รายชื่อผู้ประสานงานการส่งต่อได้ปรับปรุงและเวียนแจ้งแล้ว และได้จัดทำร่างปฏิทินการฝึกอบรมร่วมแล้ว ส่วนเรื่องการจัดหาล่ามยังต้องยกไปติดตามอีกครั้ง ประธานขอให้องค์กรที่รับผิดชอบแจ้งกำหนดวันที่แน่นอนในการประชุมครั้งถัดไป",
        my: "အဖွဲ့ဝင်များက လုပ်ငန်းစာရင်းကို ပြန်လည်သုံးသပ်ခဲ့ကြသည်။ ညွှန်းပို့ရေး ဆက်သွယ်ရန်စာရင်းကို အသစ်ပြင်ဆင်ပြီး ဖြန့်ဝေပြီးဖြစ်ကာ ပူးတွဲသင်တန်းပြက္ခဒိန် မူကြမ်းကိုလည်း ရေးဆွဲပြီးဖြစ်သည်။ စကားပြန်ရရှိနိုင်မှုဆိုင်ရာ လုပ်ငန်းကို နောက်တစ်ကြိမ် ဆက်လက်ရွှေ့ဆိုင်းခဲ့ရပြီး တာဝန်ယူထားသူများအား နောက်အစည်းအဝေးတွင် အတိအကျရက်စွဲကို တင်ပြရန် သဘာပတိက တောင်းဆိုခဲ့သည်။",
      },
      {
        en: "The secretariat reported that all actions due this month had been completed except the review of the referral form, which was waiting for comments from two legal aid organizations. Those organizations undertook to send their comments within a week.",
        th: "ฝ่ายเลขานุการรายงานว่างานที่ครบกำหนดในเดือนนี้ดำเนินการแล้วเสร็จทั้งหมด ยกเว้นการทบทวนแบบฟอร์มการส่งต่อ ซึ่งยังรอความเห็นจากองค์กรช่วยเหลือทางกฎหมายสององค์กร ทั้งสององค์กรรับว่าจะส่งความเห็นภายในหนึ่งสัปดาห์",
        my: "ဤလအတွင်း ပြီးစီးရမည့် လုပ်ငန်းအားလုံး ပြီးစီးခဲ့ပြီး ညွှန်းပို့ရေးပုံစံကို ပြန်လည်သုံးသပ်ခြင်းသာ ဥပဒေအကူအညီပေးအဖွဲ့ နှစ်ဖွဲ့၏ အကြံပြုချက်ကို စောင့်ဆိုင်းနေရကြောင်း အတွင်းရေးမှူးအဖွဲ့က တင်ပြခဲ့သည်။ ယင်းအဖွဲ့များက တစ်ပတ်အတွင်း အကြံပြုချက်များ ပေးပို့မည်ဟု ကတိပြုခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "Overdue actions are carried over, and their owners report a revised date to the secretariat.",
        th: "ให้ยกงานที่เลยกำหนดไปติดตามต่อ โดยให้องค์กรที่รับผิดชอบแจ้งกำหนดเวลาใหม่ต่อฝ่ายเลขานุการ",
        my: "သတ်မှတ်ရက်ကျော်လွန်သော လုပ်ငန်းများကို ဆက်လက်ထားရှိပြီး တာဝန်ယူသူများက ပြင်ဆင်ထားသော ရက်စွဲကို အတွင်းရေးမှူးအဖွဲ့သို့ အစီရင်ခံရမည်။",
      },
      {
        en: "An action carried over three times is raised with the chair for a decision.",
        th: "งานใดที่ถูกยกไปติดตามครบสามครั้ง ให้เสนอประธานพิจารณาตัดสิน",
        my: "သုံးကြိမ် ရွှေ့ဆိုင်းခဲ့ရသော လုပ်ငန်းကို ဆုံးဖြတ်ချက်ရယူရန် သဘာပတိထံ တင်ပြရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Situation updates from member organizations",
      th: "รายงานสถานการณ์จากองค์กรสมาชิก",
      my: "အဖွဲ့ဝင်အဖွဲ့အစည်းများ၏ အခြေအနေ အစီရင်ခံချက်များ",
    },
    durationMinutes: 40,
    minutes: [
      {
        en: "Member organizations reported 14 referrals this month in total, most of them related to labour exploitation in agriculture and factories, all handled through the agreed referral path. The two shelters reported operating at about three quarters of their capacity. The hotlines received around 230 calls, slightly more than the previous month, mostly about unpaid wages and document problems.",
        th: "องค์กรสมาชิกรายงานการส่งต่อรวม 14 กรณีในเดือนนี้ ส่วนใหญ่เกี่ยวกับการแสวงประโยชน์ด้านแรงงานในภาคเกษตรและโรงงาน และทุกกรณีดำเนินการตามเส้นทางการส่งต่อที่ตกลงไว้ สถานคุ้มครองทั้งสองแห่งรายงานว่ารับผู้เข้าพักประมาณสามในสี่ของความจุ สายด่วนได้รับสายประมาณ 230 สาย เพิ่มขึ้นเล็กน้อยจากเดือนก่อน ส่วนใหญ่เป็นเรื่องค่าจ้างค้างจ่ายและปัญหาเอกสาร",
        my: "အဖွဲ့ဝင်အဖွဲ့အစည်းများက ဤလအတွင်း စုစုပေါင်း ညွှန်းပို့မှု ၁၄ ခု ရှိကြောင်း တင်ပြခဲ့ကြပြီး အများစုမှာ စိုက်ပျိုးရေးနှင့် စက်ရုံများရှိ အလုပ်သမား အမြတ်ထုတ်ခံရမှုနှင့် ဆက်စပ်ကာ အားလုံးကို သဘောတူထားသော ညွှန်းပို့ရေးလမ်းကြောင်းအတိုင်း ဆောင်ရွက်ခဲ့သည်။ ဂေဟာနှစ်ခုက ၎င်းတို့၏ လက်ခံနိုင်မှုပမာဏ၏ လေးပုံသုံးပုံခန့်ဖြင့် လည်ပတ်နေကြောင်း အစီရင်ခံခဲ့သည်။ အကူအညီဖုန်းလိုင်းများသို့ ယခင်လထက် အနည်းငယ်ပိုများသော ဖုန်းခေါ်ဆိုမှု ၂၃၀ ခန့် ရရှိခဲ့ပြီး အများစုမှာ လုပ်ခမရခြင်းနှင့် စာရွက်စာတမ်းဆိုင်ရာ ပြဿနာများ ဖြစ်သည်။",
      },
      {
        en: "Eleven organizations gave updates. Clinics reported more migrant patients seeking help after workplace injuries, and referrals to legal aid rose to 19 this month. Shelter occupancy remained stable overall, and hotline call volumes were similar to last month at around 200 calls. Members noted more calls about online job offers across the border and agreed to monitor the trend.",
        th: "องค์กรสมาชิก 11 องค์กรรายงานสถานการณ์ คลินิกรายงานว่ามีผู้ป่วยแรงงานข้ามชาติมาขอความช่วยเหลือหลังได้รับบาดเจ็บจากการทำงานเพิ่มขึ้น และการส่งต่อไปยังหน่วยช่วยเหลือทางกฎหมายเพิ่มเป็น 19 กรณีในเดือนนี้ ภาพรวมการเข้าพักในสถานคุ้มครองคงที่ และจำนวนสายที่สายด่วนได้รับใกล้เคียงกับเดือนก่อน คือประมาณ 200 สาย สมาชิกสังเกตว่ามีสายสอบถามเรื่องการชักชวนไปทำงานออนไลน์ฝั่งตรงข้ามเพิ่มขึ้น และตกลงจะเฝ้าติดตามแนวโน้มนี้",
        my: "အဖွဲ့အစည်း ၁၁ ခုက အခြေအနေများကို တင်ပြခဲ့ကြသည်။ ဆေးခန်းများက လုပ်ငန်းခွင်တွင် ဒဏ်ရာရပြီးနောက် အကူအညီလာရောက်တောင်းခံသော ရွှေ့ပြောင်းလုပ်သား လူနာများ ပိုမိုများပြားလာကြောင်း တင်ပြခဲ့ပြီး ဥပဒေအကူအညီသို့ ညွှန်းပို့မှုမှာ ဤလတွင် ၁၉ ခုအထိ မြင့်တက်ခဲ့သည်။ ဂေဟာများတွင် နေထိုင်သူ အရေအတွက်မှာ ခြုံငုံအားဖြင့် တည်ငြိမ်ပြီး အကူအညီဖုန်းလိုင်း ခေါ်ဆိုမှုမှာ ယခင်လနှင့် ဆင်တူကာ ၂၀၀ ခန့် ရှိသည်။ နယ်စပ်တစ်ဖက်ရှိ အွန်လိုင်းအလုပ်ကမ်းလှမ်းချက်များအကြောင်း ခေါ်ဆိုမှုများ ပိုများလာကြောင်း အဖွဲ့ဝင်များက သတိပြုမိပြီး ယင်းလမ်းကြောင်းကို စောင့်ကြည့်ရန် သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "Members reported 9 referrals to the provincial social development office and 6 to legal aid organizations this month. One shelter was full for a week and placed new arrivals temporarily with the other shelter. The hotlines together handled about 180 calls. Members asked that figures continue to be reported in aggregate only.",
        th: "สมาชิกรายงานการส่งต่อไปยังสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด 9 กรณี และไปยังองค์กรช่วยเหลือทางกฎหมาย 6 กรณีในเดือนนี้ สถานคุ้มครองแห่งหนึ่งรับเต็มความจุเป็นเวลาหนึ่งสัปดาห์ จึงประสานให้อีกแห่งรับผู้เข้าพักรายใหม่เป็นการชั่วคราว สายด่วนทั้งสองแห่งรับสายรวมประมาณ 180 สาย สมาชิกขอให้รายงานตัวเลขในลักษณะข้อมูลรวมเท่านั้นต่อไป",
        my: "ဤလအတွင်း ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးသို့ ညွှန်းပို့မှု ၉ ခုနှင့် ဥပဒေအကူအညီပေးအဖွဲ့များသို့ ၆ ခု ရှိကြောင်း အဖွဲ့ဝင်များက တင်ပြခဲ့ကြသည်။ ဂေဟာတစ်ခုမှာ တစ်ပတ်ကြာ နေရာပြည့်နေခဲ့သဖြင့် အသစ်ရောက်ရှိလာသူများကို အခြားဂေဟာတွင် ယာယီထားရှိပေးခဲ့သည်။ အကူအညီဖုန်းလိုင်းနှစ်ခုသို့ စုစုပေါင်း ခေါ်ဆိုမှု ၁၈၀ ခန့် ရရှိခဲ့သည်။ ကိန်းဂဏန်းများကို စုစုပေါင်းအဖြစ်သာ ဆက်လက်တင်ပြရန် အဖွဲ့ဝင်များက တောင်းဆိုခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "Members enter their monthly aggregate figures in the shared template before each meeting.",
        th: "ให้สมาชิกกรอกตัวเลขรวมรายเดือนในแบบฟอร์มกลางก่อนการประชุมแต่ละครั้ง",
        my: "အဖွဲ့ဝင်များသည် အစည်းအဝေးတိုင်းမတိုင်မီ လစဉ်စုစုပေါင်း ကိန်းဂဏန်းများကို မျှဝေထားသော ပုံစံတွင် ဖြည့်သွင်းရမည်။",
      },
      {
        en: "Trends of concern, such as online recruitment scams, are raised with the provincial sub-committee through the secretariat.",
        th: "แนวโน้มที่น่ากังวล เช่น การหลอกลวงชักชวนไปทำงานผ่านช่องทางออนไลน์ ให้ฝ่ายเลขานุการเสนอต่อคณะอนุกรรมการระดับจังหวัด",
        my: "အွန်လိုင်းမှ အလုပ်ခေါ်ယူသည့် လိမ်လည်မှုကဲ့သို့ စိုးရိမ်ဖွယ်ရာ လမ်းကြောင်းများကို အတွင်းရေးမှူးအဖွဲ့မှတစ်ဆင့် ခရိုင်အဆင့် ဆပ်ကော်မတီသို့ တင်ပြရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Interpreter and translation needs (Burmese, S'gaw Karen)",
      th: "ความต้องการล่ามและการแปล (ภาษาเมียนมา ภาษากะเหรี่ยงสะกอ)",
      my: "စကားပြန်နှင့် ဘာသာပြန် လိုအပ်ချက်များ (မြန်မာ၊ စကောကရင်)",
    },
    durationMinutes: 15,
    minutes: [
      {
        en: "Members discussed the shortage of Burmese and S'gaw Karen interpreters for MDT identification interviews, which delayed several interviews this month. The provincial social development office confirmed that it can pay interpreter fees from its budget when interpreters are on the approved roster. Members agreed to propose more trained community interpreters for the roster.",
        th: "ที่ประชุมหารือเรื่องการขาดแคลนล่ามภาษาเมียนมาและภาษากะเหรี่ยงสะกอสำหรับการสัมภาษณ์คัดแยกผู้เสียหายโดยทีมสหวิชาชีพ ซึ่งทำให้การสัมภาษณ์หลายครั้งในเดือนนี้ล่าช้า สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยืนยันว่าสามารถเบิกค่าตอบแทนล่ามจากงบประมาณได้ หากล่ามมีชื่ออยู่ในบัญชีที่ได้รับอนุมัติ สมาชิกตกลงจะเสนอล่ามชุมชนที่ผ่านการอบรมเพิ่มเติมเข้าบัญชี",
        my: "ဘက်စုံကျွမ်းကျင်အဖွဲ့ (MDT) ၏ ခွဲခြားသတ်မှတ်ရေး တွေ့ဆုံမေးမြန်းမှုများအတွက် မြန်မာနှင့် စကောကရင် စကားပြန် ရှားပါးမှုကြောင့် ဤလအတွင်း တွေ့ဆုံမေးမြန်းမှု အများအပြား နောက်ကျခဲ့ကြောင်း အဖွဲ့ဝင်များ ဆွေးနွေးခဲ့ကြသည်။ အတည်ပြုထားသော စာရင်းတွင်ပါဝင်သည့် စကားပြန်များဖြစ်ပါက ၎င်းတို့၏ အခကြေးငွေကို ဘတ်ဂျက်မှ ပေးချေနိုင်ကြောင်း ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးက အတည်ပြုခဲ့သည်။ သင်တန်းဆင်းပြီးသော ရပ်ရွာစကားပြန်များကို စာရင်းတွင် ထပ်မံအဆိုပြုရန် အဖွဲ့ဝင်များက သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The secretariat reported that the Burmese minutes had been circulated in Unicode for the first time and asked members to report any display problems on older phones. Learning centres offered volunteer translators for awareness materials in S'gaw Karen, while legal documents will continue to be translated by professional translators.",
        th: "ฝ่ายเลขานุการรายงานว่าได้เวียนรายงานการประชุมภาษาเมียนมาในรูปแบบยูนิโค้ดเป็นครั้งแรก และขอให้สมาชิกแจ้งหากพบปัญหาการแสดงผลบนโทรศัพท์รุ่นเก่า ศูนย์การเรียนรู้เสนออาสาสมัครช่วยแปลสื่อรณรงค์เป็นภาษากะเหรี่ยงสะกอ ส่วนเอกสารทางกฎหมายยังคงให้นักแปลมืออาชีพเป็นผู้แปล",
        my: "မြန်မာဘာသာ မှတ်တမ်းကို ယူနီကုဒ်ဖြင့် ပထမဆုံးအကြိမ် ဖြန့်ဝေခဲ့ကြောင်း အတွင်းရေးမှူးအဖွဲ့က တင်ပြခဲ့ပြီး ဖုန်းအဟောင်းများတွင် စာလုံးပြသမှု ပြဿနာရှိပါက အသိပေးရန် အဖွဲ့ဝင်များကို မေတ္တာရပ်ခံခဲ့သည်။ စာသင်စင်တာများက စကောကရင်ဘာသာဖြင့် အသိပညာပေးစာစောင်များ ဘာသာပြန်ရန် စေတနာ့ဝန်ထမ်း ဘာသာပြန်များ ပေးရန် ကမ်းလှမ်းခဲ့ကြပြီး ဥပဒေဆိုင်ရာ စာရွက်စာတမ်းများကိုမူ ကျွမ်းကျင်ဘာသာပြန်များက ဆက်လက်ဘာသာပြန်မည် ဖြစ်သည်။",
      },
      {
        en: "Members reviewed interpreter requests for the coming month: interpretation is needed at four MDT interviews and two court hearings. Legal aid organizations stressed that court interpreters must be neutral and briefed on confidentiality. A short interpreter briefing will be organized with IOM support.",
        th: "ที่ประชุมทบทวนคำขอล่ามสำหรับเดือนหน้า ซึ่งต้องใช้ล่ามในการสัมภาษณ์ของทีมสหวิชาชีพ 4 ครั้ง และการพิจารณาคดีในศาล 2 ครั้ง องค์กรช่วยเหลือทางกฎหมายย้ำว่าล่ามในศาลต้องวางตัวเป็นกลางและได้รับการชี้แจงเรื่องการรักษาความลับ จะจัดการชี้แจงล่ามระยะสั้นโดยได้รับการสนับสนุนจาก IOM",
        my: "လာမည့်လအတွက် စကားပြန်တောင်းဆိုမှုများကို အဖွဲ့ဝင်များ ပြန်လည်သုံးသပ်ခဲ့ကြရာ MDT တွေ့ဆုံမေးမြန်းမှု ၄ ကြိမ်နှင့် တရားရုံးကြားနာမှု ၂ ကြိမ်အတွက် စကားပြန် လိုအပ်သည်။ တရားရုံးတွင် စကားပြန်များသည် ဘက်မလိုက်ရန်နှင့် လျှို့ဝှက်ချက်ထိန်းသိမ်းရေးဆိုင်ရာ ရှင်းလင်းချက် ရရှိထားရန် လိုအပ်ကြောင်း ဥပဒေအကူအညီပေးအဖွဲ့များက အလေးထားပြောကြားခဲ့ကြသည်။ IOM ၏ ပံ့ပိုးမှုဖြင့် စကားပြန်များအတွက် တိုတောင်းသော ရှင်းလင်းပွဲတစ်ခု ကျင်းပမည်ဖြစ်သည်။",
      },
    ],
    decisions: [
      {
        en: "The secretariat keeps a shared roster of trained Burmese and S'gaw Karen interpreters.",
        th: "ให้ฝ่ายเลขานุการจัดทำบัญชีรายชื่อล่ามภาษาเมียนมาและภาษากะเหรี่ยงสะกอที่ผ่านการอบรมเพื่อใช้ร่วมกัน",
        my: "အတွင်းရေးမှူးအဖွဲ့သည် သင်တန်းဆင်းပြီးသော မြန်မာနှင့် စကောကရင် စကားပြန်များ၏ ဘုံစာရင်းကို ထိန်းသိမ်းရမည်။",
      },
      {
        en: "Every interpreter on the roster signs the confidentiality undertaking before a first assignment.",
        th: "ล่ามทุกคนในบัญชีต้องลงนามในข้อตกลงการรักษาความลับก่อนปฏิบัติงานครั้งแรก",
        my: "စာရင်းဝင် စကားပြန်တိုင်းသည် ပထမဆုံးတာဝန်မထမ်းဆောင်မီ လျှို့ဝှက်ချက်ထိန်းသိမ်းရေး ကတိဝန်ခံချက်ကို လက်မှတ်ရေးထိုးရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Training and awareness plans",
      th: "แผนการฝึกอบรมและการสร้างความตระหนักรู้",
      my: "သင်တန်းနှင့် အသိပညာပေးရေး အစီအစဉ်များ",
    },
    durationMinutes: 20,
    minutes: [
      {
        en: "IOM presented the training plan for the coming quarter, including a refresher on victim identification indicators for frontline staff and a session on the National Referral Mechanism. Women's organizations proposed a session on trauma-informed interviewing. Members agreed on a joint calendar so that dates do not overlap.",
        th: "IOM นำเสนอแผนการฝึกอบรมในไตรมาสหน้า ซึ่งรวมถึงการทบทวนตัวชี้วัดในการคัดแยกผู้เสียหายสำหรับเจ้าหน้าที่ภาคสนาม และการอบรมเรื่องกลไกการส่งต่อระดับชาติ องค์กรด้านสตรีเสนอให้จัดอบรมการสัมภาษณ์โดยคำนึงถึงบาดแผลทางจิตใจ ที่ประชุมเห็นชอบให้จัดทำปฏิทินร่วมเพื่อไม่ให้วันอบรมซ้ำซ้อนกัน",
        my: "IOM က လာမည့်သုံးလပတ်အတွက် သင်တန်းအစီအစဉ်ကို တင်ပြခဲ့ရာ ကွင်းဆင်းဝန်ထမ်းများအတွက် လူကုန်ကူးခံရသူ ခွဲခြားသတ်မှတ်ရေး ညွှန်ပြချက်များ ပြန်လည်လေ့ကျင့်ရေးသင်တန်းနှင့် အမျိုးသား ညွှန်းပို့ရေးယန္တရားဆိုင်ရာ သင်တန်းတို့ ပါဝင်သည်။ အမျိုးသမီးအဖွဲ့အစည်းများက စိတ်ဒဏ်ရာကို ထည့်သွင်းစဉ်းစားသည့် တွေ့ဆုံမေးမြန်းနည်း သင်တန်းကို အဆိုပြုခဲ့ကြသည်။ ရက်စွဲများ မထပ်စေရန် ပူးတွဲပြက္ခဒိန်တစ်ခု ရေးဆွဲရန် အဖွဲ့ဝင်များက သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The community radio station reported on its weekly programme on safe migration and recruitment scams, broadcast in Burmese and S'gaw Karen. Learning centres plan awareness sessions for older students and parents. Members agreed to use the same key messages and hotline information in all materials.",
        th: "สถานีวิทยุชุมชนรายงานผลรายการประจำสัปดาห์เรื่องการย้ายถิ่นอย่างปลอดภัยและการหลอกลวงจัดหางาน ซึ่งออกอากาศเป็นภาษาเมียนมาและภาษากะเหรี่ยงสะกอ ศูนย์การเรียนรู้มีแผนจัดกิจกรรมสร้างความตระหนักรู้สำหรับนักเรียนชั้นโตและผู้ปกครอง สมาชิกตกลงใช้สาระสำคัญและข้อมูลสายด่วนชุดเดียวกันในสื่อทุกชิ้น",
        my: "ရပ်ရွာရေဒီယိုအသံလွှင့်ဌာနက ဘေးကင်းသော ရွှေ့ပြောင်းသွားလာမှုနှင့် အလုပ်ခေါ်ယူမှု လိမ်လည်မှုများအကြောင်း မြန်မာနှင့် စကောကရင်ဘာသာဖြင့် အပတ်စဉ် ထုတ်လွှင့်နေသော အစီအစဉ်အကြောင်း တင်ပြခဲ့သည်။ စာသင်စင်တာများက အတန်းကြီးကျောင်းသားများနှင့် မိဘများအတွက် အသိပညာပေး ဆွေးနွေးပွဲများ ကျင်းပရန် စီစဉ်ထားသည်။ စာစောင်အားလုံးတွင် တူညီသော အဓိကသတင်းစကားများနှင့် အကူအညီဖုန်းလိုင်း အချက်အလက်များကို အသုံးပြုရန် အဖွဲ့ဝင်များက သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "Members discussed the awareness campaign for the coming festival season, when movement across the border increases. Posters and leaflets will be produced in Thai, Burmese and S'gaw Karen and reviewed by the legal aid organizations before printing.",
        th: "ที่ประชุมหารือเรื่องการรณรงค์สร้างความตระหนักรู้ในช่วงเทศกาลที่จะถึง ซึ่งมีการเดินทางข้ามแดนเพิ่มขึ้น จะจัดทำโปสเตอร์และแผ่นพับเป็นภาษาไทย ภาษาเมียนมา และภาษากะเหรี่ยงสะกอ โดยให้องค์กรช่วยเหลือทางกฎหมายตรวจทานก่อนจัดพิมพ์",
        my: "နယ်စပ်ဖြတ်ကျော် သွားလာမှု များပြားလာမည့် လာမည့်ပွဲတော်ရာသီအတွက် အသိပညာပေး လှုပ်ရှားမှုကို အဖွဲ့ဝင်များ ဆွေးနွေးခဲ့ကြသည်။ ပိုစတာနှင့် လက်ကမ်းစာစောင်များကို ထိုင်း၊ မြန်မာနှင့် စကောကရင်ဘာသာဖြင့် ထုတ်ဝေမည်ဖြစ်ပြီး ပုံနှိပ်ခြင်းမပြုမီ ဥပဒေအကူအညီပေးအဖွဲ့များက ပြန်လည်စစ်ဆေးမည် ဖြစ်သည်။",
      },
    ],
    decisions: [
      {
        en: "The joint training calendar for the quarter is adopted.",
        th: "เห็นชอบปฏิทินการฝึกอบรมร่วมประจำไตรมาส",
        my: "သုံးလပတ်အတွက် ပူးတွဲသင်တန်းပြက္ခဒိန်ကို အတည်ပြုသည်။",
      },
      {
        en: "Awareness materials use the agreed key messages and are reviewed before printing.",
        th: "สื่อรณรงค์ทุกชิ้นต้องใช้สาระสำคัญที่ตกลงร่วมกันและผ่านการตรวจทานก่อนจัดพิมพ์",
        my: "အသိပညာပေး စာစောင်များတွင် သဘောတူထားသော အဓိကသတင်းစကားများကို အသုံးပြုရမည်ဖြစ်ပြီး ပုံနှိပ်ခြင်းမပြုမီ ပြန်လည်စစ်ဆေးရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Any other business",
      th: "เรื่องอื่น ๆ",
      my: "အခြားကိစ္စရပ်များ",
    },
    durationMinutes: 10,
    minutes: [
      {
        en: "A member announced a change of focal person, and the secretariat will update the contact list. The next meeting will be held on the usual day at the same venue.",
        th: "สมาชิกรายหนึ่งแจ้งการเปลี่ยนผู้ประสานงานหลักขององค์กร ฝ่ายเลขานุการจะปรับปรุงรายชื่อผู้ติดต่อ การประชุมครั้งถัดไปจะจัดในวันเดิมและสถานที่เดิม",
        my: "အဖွဲ့ဝင်တစ်ဦးက ၎င်းတို့အဖွဲ့၏ ဆက်သွယ်ရေးတာဝန်ခံ ပြောင်းလဲကြောင်း အသိပေးခဲ့ပြီး အတွင်းရေးမှူးအဖွဲ့က ဆက်သွယ်ရန်စာရင်းကို ပြင်ဆင်မည် ဖြစ်သည်။ နောက်အစည်းအဝေးကို ပုံမှန်နေ့တွင် ယခင်နေရာ၌ပင် ကျင်းပမည် ဖြစ်သည်။",
      },
      {
        en: "Members asked the secretariat to share the summary of the last BCATIP meeting once it is approved. The chair reminded members that individual cases are not discussed in this forum and go through the referral path.",
        th: "สมาชิกขอให้ฝ่ายเลขานุการเวียนสรุปผลการประชุม BCATIP ครั้งล่าสุดเมื่อได้รับการรับรองแล้ว ประธานย้ำว่าที่ประชุมนี้ไม่พิจารณากรณีรายบุคคล กรณีรายบุคคลต้องดำเนินการผ่านเส้นทางการส่งต่อ",
        my: "နောက်ဆုံး BCATIP အစည်းအဝေး အနှစ်ချုပ်ကို အတည်ပြုပြီးသည်နှင့် မျှဝေပေးရန် အဖွဲ့ဝင်များက အတွင်းရေးမှူးအဖွဲ့ကို တောင်းဆိုခဲ့ကြသည်။ တစ်ဦးချင်းကိစ္စရပ်များကို ဤဖိုရမ်တွင် မဆွေးနွေးဘဲ ညွှန်းပို့ရေးလမ်းကြောင်းမှတစ်ဆင့်သာ ဆောင်ရွက်ရမည်ဖြစ်ကြောင်း သဘာပတိက သတိပေးခဲ့သည်။",
      },
      {
        en: "The learning centres informed members about the end of the school term and the reduced availability of their staff next month. No other business was raised.",
        th: "ศูนย์การเรียนรู้แจ้งว่าจะปิดภาคเรียน และเจ้าหน้าที่จะมีเวลาร่วมกิจกรรมน้อยลงในเดือนหน้า ไม่มีเรื่องอื่นเสนอต่อที่ประชุม",
        my: "စာသင်စင်တာများက စာသင်ကာလ ပြီးဆုံးတော့မည်ဖြစ်၍ လာမည့်လတွင် ၎င်းတို့၏ ဝန်ထမ်းများ ပါဝင်နိုင်မှု လျော့နည်းမည်ဖြစ်ကြောင်း အသိပေးခဲ့ကြသည်။ အခြားကိစ္စရပ် တင်ပြမှု မရှိခဲ့ပါ။",
      },
    ],
    decisions: [
      {
        en: "The next meeting is held on the usual day at the usual venue.",
        th: "การประชุมครั้งถัดไปจัดในวันและสถานที่เดิม",
        my: "နောက်အစည်းအဝေးကို ပုံမှန်နေ့နှင့် ပုံမှန်နေရာတွင် ကျင်းပမည်။",
      },
      {
        en: "Individual cases are not discussed in this forum but referred through the agreed referral path.",
        th: "ไม่พิจารณากรณีรายบุคคลในที่ประชุมนี้ แต่ให้ส่งต่อตามเส้นทางการส่งต่อที่ตกลงไว้",
        my: "တစ်ဦးချင်းကိစ္စရပ်များကို ဤဖိုရမ်တွင် မဆွေးနွေးဘဲ သဘောတူထားသော ညွှန်းပို့ရေးလမ်းကြောင်းအတိုင်း ညွှန်းပို့ရမည်။",
      },
    ],
  },
];

/* ---------------------------------------------------------------------------------------------- */
/* BCATIP border meetings (shared by the three twin-province pairs: no place names here)           */

const BCATIP: readonly DemoAgendaTemplate[] = [
  {
    title: {
      en: "Joint situation report",
      th: "รายงานสถานการณ์ร่วม",
      my: "ပူးတွဲ အခြေအနေ အစီရင်ခံစာ",
    },
    durationMinutes: 40,
    minutes: [
      {
        en: "Both sides presented their situation reports for the period. The Thai side reported 21 persons identified as victims in the province, most of them in labour exploitation cases, and 4 new prosecutions. The Myanmar side reported more cases of recruitment through online job advertisements and described the main routes observed, without case details. Both sides agreed to exchange aggregate figures every quarter.",
        th: "ทั้งสองฝ่ายนำเสนอรายงานสถานการณ์ในรอบระยะเวลาที่ผ่านมา ฝ่ายไทยรายงานว่ามีผู้ได้รับการคัดแยกเป็นผู้เสียหายในจังหวัด 21 ราย ส่วนใหญ่เป็นคดีการแสวงประโยชน์ด้านแรงงาน และมีการดำเนินคดีใหม่ 4 คดี ฝ่ายเมียนมารายงานว่ามีกรณีการชักชวนผ่านประกาศรับสมัครงานออนไลน์เพิ่มขึ้น และได้อธิบายเส้นทางหลักที่พบโดยไม่ระบุรายละเอียดของคดี ทั้งสองฝ่ายตกลงแลกเปลี่ยนตัวเลขรวมทุกไตรมาส",
        my: "နှစ်ဖက်စလုံးက ကာလအတွင်း အခြေအနေ အစီရင်ခံစာများကို တင်ပြခဲ့ကြသည်။ ထိုင်းဘက်က ခရိုင်အတွင်း လူကုန်ကူးခံရသူအဖြစ် ခွဲခြားသတ်မှတ်ခံရသူ ၂၁ ဦးရှိပြီး အများစုမှာ အလုပ်သမား အမြတ်ထုတ်မှုအမှုများ ဖြစ်ကြောင်းနှင့် တရားစွဲဆိုမှုအသစ် ၄ မှု ရှိကြောင်း တင်ပြခဲ့သည်။ မြန်မာဘက်က အွန်လိုင်းအလုပ်ခေါ်ကြော်ငြာများမှတစ်ဆင့် လူခေါ်ယူမှုများ ပိုမိုများပြားလာကြောင်း တင်ပြခဲ့ပြီး တွေ့ရှိရသော အဓိကလမ်းကြောင်းများကို အမှုအသေးစိတ် မဖော်ပြဘဲ ရှင်းလင်းခဲ့သည်။ သုံးလတစ်ကြိမ် စုစုပေါင်းကိန်းဂဏန်းများ ဖလှယ်ရန် နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The Thai side reported a decrease in sexual exploitation cases and an increase in forced labour cases in fishing and agriculture. The Myanmar side reported that 17 persons had been received back through the crossing point during the period, all under the agreed handover procedure. The meeting noted the good cooperation between the two border liaison offices.",
        th: "ฝ่ายไทยรายงานว่าคดีการแสวงประโยชน์ทางเพศลดลง ขณะที่คดีการบังคับใช้แรงงานในภาคประมงและเกษตรเพิ่มขึ้น ฝ่ายเมียนมารายงานว่าได้รับคนกลับผ่านจุดผ่านแดน 17 รายในรอบระยะเวลานี้ ทุกรายเป็นไปตามขั้นตอนการส่งมอบที่ตกลงไว้ ที่ประชุมชื่นชมความร่วมมือที่ดีระหว่างสำนักงานประสานงานชายแดนของทั้งสองฝ่าย",
        my: "ထိုင်းဘက်က လိင်ပိုင်းဆိုင်ရာ အမြတ်ထုတ်မှုအမှုများ လျော့နည်းလာပြီး ငါးဖမ်းလုပ်ငန်းနှင့် စိုက်ပျိုးရေးကဏ္ဍရှိ အဓမ္မလုပ်အားပေးခိုင်းစေမှုအမှုများ တိုးလာကြောင်း တင်ပြခဲ့သည်။ မြန်မာဘက်က ကာလအတွင်း နယ်စပ်ဂိတ်မှတစ်ဆင့် ၁၇ ဦးကို ပြန်လည်လက်ခံခဲ့ပြီး အားလုံးကို သဘောတူထားသော လွှဲပြောင်းရေးလုပ်ထုံးလုပ်နည်းအတိုင်း ဆောင်ရွက်ခဲ့ကြောင်း တင်ပြခဲ့သည်။ နယ်စပ်ဆက်ဆံရေးရုံး နှစ်ခုအကြား ကောင်းမွန်သော ပူးပေါင်းဆောင်ရွက်မှုကို အစည်းအဝေးက မှတ်တမ်းတင်ခဲ့သည်။",
      },
      {
        en: "The Myanmar side presented trends in the recruitment of young people for online scam operations. The Thai side shared the outcome of joint screenings at the border, in which 12 persons were identified as victims and referred to the provincial social development office. Both sides agreed that the trend calls for joint awareness work in border communities.",
        th: "ฝ่ายเมียนมานำเสนอแนวโน้มการชักชวนคนหนุ่มสาวไปทำงานในแก๊งหลอกลวงออนไลน์ ฝ่ายไทยแจ้งผลการคัดกรองร่วมที่ชายแดน ซึ่งมีผู้ได้รับการคัดแยกเป็นผู้เสียหาย 12 ราย และส่งต่อให้สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดแล้ว ทั้งสองฝ่ายเห็นพ้องว่าแนวโน้มนี้จำเป็นต้องมีการสร้างความตระหนักรู้ร่วมกันในชุมชนชายแดน",
        my: "မြန်မာဘက်က အွန်လိုင်းလိမ်လည်မှုလုပ်ငန်းများအတွက် လူငယ်များကို ခေါ်ယူမှု လမ်းကြောင်းများကို တင်ပြခဲ့သည်။ ထိုင်းဘက်က နယ်စပ်တွင် ပူးတွဲစိစစ်မှု ရလဒ်များကို မျှဝေခဲ့ရာ ၁၂ ဦးကို လူကုန်ကူးခံရသူအဖြစ် ခွဲခြားသတ်မှတ်ပြီး ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးသို့ ညွှန်းပို့ခဲ့သည်။ ဤလမ်းကြောင်းကြောင့် နယ်စပ်ရပ်ရွာများတွင် ပူးတွဲအသိပညာပေးလုပ်ငန်းများ လိုအပ်ကြောင်း နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "The two sides exchange aggregate situation figures every quarter through the border liaison offices.",
        th: "ให้ทั้งสองฝ่ายแลกเปลี่ยนตัวเลขสถานการณ์ในลักษณะข้อมูลรวมทุกไตรมาสผ่านสำนักงานประสานงานชายแดน",
        my: "နှစ်ဖက်သည် အခြေအနေဆိုင်ရာ စုစုပေါင်းကိန်းဂဏန်းများကို နယ်စပ်ဆက်ဆံရေးရုံးများမှတစ်ဆင့် သုံးလတစ်ကြိမ် ဖလှယ်ရမည်။",
      },
      {
        en: "Trends of concern are included in the joint report to the national level.",
        th: "ให้บรรจุแนวโน้มที่น่ากังวลไว้ในรายงานร่วมที่เสนอต่อระดับชาติ",
        my: "စိုးရိမ်ဖွယ်ရာ လမ်းကြောင်းများကို နိုင်ငံအဆင့်သို့ တင်ပြမည့် ပူးတွဲအစီရင်ခံစာတွင် ထည့်သွင်းရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Prosecution support and cooperation on investigations",
      th: "การสนับสนุนการดำเนินคดีและความร่วมมือในการสืบสวน",
      my: "တရားစွဲဆိုရေး ပံ့ပိုးမှုနှင့် စုံစမ်းစစ်ဆေးရေး ပူးပေါင်းဆောင်ရွက်မှု",
    },
    durationMinutes: 30,
    minutes: [
      {
        en: "The police of both sides reviewed cooperation on ongoing investigations, referred to by case code only. The Thai side requested help in confirming the identity documents of witnesses, and the Myanmar side agreed to respond through the liaison office. The public prosecutor stressed the importance of keeping witnesses informed of the progress of their cases.",
        th: "ตำรวจทั้งสองฝ่ายทบทวนความร่วมมือในคดีที่อยู่ระหว่างการสืบสวน โดยอ้างถึงด้วยรหัสคดีเท่านั้น ฝ่ายไทยขอความช่วยเหลือในการตรวจสอบเอกสารแสดงตนของพยาน ฝ่ายเมียนมารับจะตอบกลับผ่านสำนักงานประสานงาน พนักงานอัยการย้ำถึงความสำคัญของการแจ้งความคืบหน้าของคดีให้พยานทราบอย่างสม่ำเสมอ",
        my: "နှစ်ဖက်ရဲတပ်ဖွဲ့များက ဆောင်ရွက်ဆဲ စုံစမ်းစစ်ဆေးမှုများဆိုင်ရာ ပူးပေါင်းဆောင်ရွက်မှုကို အမှုကုဒ်ဖြင့်သာ ရည်ညွှန်း၍ ပြန်လည်သုံးသပ်ခဲ့ကြသည်။ ထိုင်းဘက်က သက်သေများ၏ ကိုယ်ရေးသက်သေခံ စာရွက်စာတမ်းများ အတည်ပြုရာတွင် အကူအညီ တောင်းခံခဲ့ပြီး မြန်မာဘက်က ဆက်ဆံရေးရုံးမှတစ်ဆင့် အကြောင်းပြန်မည်ဟု သဘောတူခဲ့သည်။ သက်သေများအား ၎င်းတို့နှင့်ဆိုင်သော အမှု၏ တိုးတက်မှုကို အသိပေးထားရန် အရေးကြီးကြောင်း အစိုးရရှေ့နေက အလေးထားပြောကြားခဲ့သည်။",
      },
      {
        en: "The meeting discussed the difficulties of witnesses who have returned home before the trial. Both sides agreed to explore testimony by video link from a safe location on the Myanmar side, subject to the law of each country. The Thai side will check the procedure with the Office of the Attorney General.",
        th: "ที่ประชุมหารือถึงความยากลำบากในกรณีที่พยานเดินทางกลับประเทศก่อนการพิจารณาคดี ทั้งสองฝ่ายตกลงศึกษาแนวทางการสืบพยานผ่านระบบวิดีโอทางไกลจากสถานที่ที่ปลอดภัยในฝั่งเมียนมา ภายใต้กฎหมายของแต่ละประเทศ ฝ่ายไทยจะตรวจสอบขั้นตอนกับสำนักงานอัยการสูงสุด",
        my: "တရားရုံးစစ်ဆေးမှု မတိုင်မီ နေရပ်သို့ ပြန်သွားကြသော သက်သေများ၏ အခက်အခဲများကို အစည်းအဝေးက ဆွေးနွေးခဲ့သည်။ နိုင်ငံအသီးသီး၏ ဥပဒေနှင့်အညီ မြန်မာဘက်ရှိ လုံခြုံသောနေရာမှ ဗီဒီယိုချိတ်ဆက်၍ ထွက်ဆိုချက်ပေးနိုင်ရေး နည်းလမ်းကို လေ့လာရန် နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။ ထိုင်းဘက်က ယင်းလုပ်ထုံးလုပ်နည်းကို ရှေ့နေချုပ်ရုံးနှင့် စစ်ဆေးအတည်ပြုမည် ဖြစ်သည်။",
      },
      {
        en: "The Thai side reported that 3 cases had reached a verdict during the period and that compensation had been ordered in 2 of them. The Myanmar side asked how compensation can be paid to victims after their return. The meeting agreed to prepare a short joint note on the procedure.",
        th: "ฝ่ายไทยรายงานว่าในรอบระยะเวลานี้ศาลมีคำพิพากษาแล้ว 3 คดี และมีคำสั่งให้ชดใช้ค่าสินไหมทดแทนใน 2 คดี ฝ่ายเมียนมาสอบถามวิธีการจ่ายค่าชดเชยให้ผู้เสียหายหลังเดินทางกลับแล้ว ที่ประชุมตกลงให้จัดทำบันทึกร่วมสั้น ๆ เกี่ยวกับขั้นตอนดังกล่าว",
        my: "ကာလအတွင်း အမှု ၃ မှုတွင် တရားရုံးစီရင်ချက် ချမှတ်ပြီးဖြစ်ကာ ယင်းအနက် ၂ မှုတွင် လျော်ကြေးပေးရန် အမိန့်ချမှတ်ခဲ့ကြောင်း ထိုင်းဘက်က တင်ပြခဲ့သည်။ လူကုန်ကူးခံရသူများ နေရပ်သို့ ပြန်ရောက်ပြီးနောက် လျော်ကြေးကို မည်သို့ ပေးချေနိုင်မည်ကို မြန်မာဘက်က မေးမြန်းခဲ့သည်။ ယင်းလုပ်ထုံးလုပ်နည်းဆိုင်ရာ ပူးတွဲမှတ်စုတိုတစ်ခု ပြင်ဆင်ရန် အစည်းအဝေးက သဘောတူခဲ့သည်။",
      },
    ],
    decisions: [
      {
        en: "Requests for help with investigations go through the border liaison offices and use case codes only.",
        th: "คำขอความช่วยเหลือด้านการสืบสวนให้ส่งผ่านสำนักงานประสานงานชายแดน และใช้รหัสคดีเท่านั้น",
        my: "စုံစမ်းစစ်ဆေးရေးဆိုင်ရာ အကူအညီတောင်းခံမှုများကို နယ်စပ်ဆက်ဆံရေးရုံးများမှတစ်ဆင့် အမှုကုဒ်ဖြင့်သာ ပေးပို့ရမည်။",
      },
      {
        en: "A joint note on paying compensation to victims after their return is prepared.",
        th: "ให้จัดทำบันทึกร่วมว่าด้วยการจ่ายค่าชดเชยแก่ผู้เสียหายที่เดินทางกลับแล้ว",
        my: "နေရပ်ပြန်ရောက်ပြီးသော လူကုန်ကူးခံရသူများအား လျော်ကြေးပေးချေရေးဆိုင်ရာ ပူးတွဲမှတ်စုကို ပြင်ဆင်ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Cross-border referral and handover arrangements at the crossing point",
      th: "การส่งต่อข้ามแดนและการส่งมอบ ณ จุดผ่านแดน",
      my: "နယ်စပ်ဖြတ်ကျော် ညွှန်းပို့ရေးနှင့် နယ်စပ်ဂိတ်တွင် လွှဲပြောင်းရေး အစီအစဉ်များ",
    },
    durationMinutes: 30,
    minutes: [
      {
        en: "The meeting reviewed the handover arrangements at the crossing point. Both sides confirmed that name lists are exchanged at least three working days before each handover and that the receiving side confirms receipt in writing. The next handover is planned for a batch of 28 people next month.",
        th: "ที่ประชุมทบทวนการจัดการส่งมอบ ณ จุดผ่านแดน ทั้งสองฝ่ายยืนยันว่าจะแลกเปลี่ยนรายชื่อล่วงหน้าอย่างน้อยสามวันทำการก่อนการส่งมอบแต่ละครั้ง และฝ่ายผู้รับจะยืนยันการได้รับเป็นลายลักษณ์อักษร การส่งมอบครั้งถัดไปกำหนดไว้ในเดือนหน้า จำนวน 28 คน",
        my: "နယ်စပ်ဂိတ်ရှိ လွှဲပြောင်းရေး အစီအစဉ်များကို အစည်းအဝေးက ပြန်လည်သုံးသပ်ခဲ့သည်။ လွှဲပြောင်းမှုတိုင်းမတိုင်မီ အနည်းဆုံး ရုံးဖွင့်ရက် သုံးရက်ကြိုတင်၍ အမည်စာရင်းများ ဖလှယ်ရန်နှင့် လက်ခံသည့်ဘက်က စာဖြင့် လက်ခံရရှိကြောင်း အတည်ပြုရန် နှစ်ဖက်စလုံး အတည်ပြုခဲ့ကြသည်။ နောက်တစ်ကြိမ် လွှဲပြောင်းမှုကို လာမည့်လတွင် ၂၈ ဦးပါ အသုတ်တစ်သုတ်အဖြစ် စီစဉ်ထားသည်။",
      },
      {
        en: "The Thai side reported that the last handover had been delayed by half a day because the reception team on the other side had not been told the time. Both sides agreed to name one focal point each for every handover and to confirm the time the day before, bearing in mind the 30-minute time difference.",
        th: "ฝ่ายไทยรายงานว่าการส่งมอบครั้งล่าสุดล่าช้าไปครึ่งวัน เนื่องจากทีมรับตัวอีกฝั่งไม่ได้รับแจ้งเวลา ทั้งสองฝ่ายตกลงแต่งตั้งผู้ประสานงานฝ่ายละหนึ่งคนสำหรับการส่งมอบทุกครั้ง และยืนยันเวลาล่วงหน้าหนึ่งวัน โดยคำนึงถึงเวลาที่ต่างกัน 30 นาที",
        my: "နောက်ဆုံးလွှဲပြောင်းမှုတွင် တစ်ဖက်ရှိ လက်ခံရေးအဖွဲ့ထံ အချိန်ကို အသိမပေးမိခဲ့သဖြင့် နေ့တစ်ဝက်ခန့် နောက်ကျခဲ့ကြောင်း ထိုင်းဘက်က တင်ပြခဲ့သည်။ လွှဲပြောင်းမှုတိုင်းအတွက် ဘက်တစ်ဖက်လျှင် ဆက်သွယ်ရေးတာဝန်ခံ တစ်ဦးစီ သတ်မှတ်ရန်နှင့် မိနစ် ၃၀ စံတော်ချိန်ကွာခြားမှုကို ထည့်သွင်းစဉ်းစား၍ တစ်ရက်ကြိုတင် အချိန်ကို အတည်ပြုရန် နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The meeting discussed the referral of persons identified on the Myanmar side who had been exploited in Thailand. It was agreed that such referrals go through the border liaison offices to the provincial social development office, which arranges identification interviews with interpreters.",
        th: "ที่ประชุมหารือเรื่องการส่งต่อบุคคลที่ได้รับการคัดกรองในฝั่งเมียนมาซึ่งถูกแสวงประโยชน์ในประเทศไทย ที่ประชุมตกลงให้ส่งต่อผ่านสำนักงานประสานงานชายแดนไปยังสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด ซึ่งจะจัดการสัมภาษณ์คัดแยกโดยมีล่าม",
        my: "ထိုင်းနိုင်ငံတွင် အမြတ်ထုတ်ခံခဲ့ရပြီး မြန်မာဘက်တွင် ခွဲခြားသိရှိခဲ့သူများကို ညွှန်းပို့ရေးကိစ္စကို အစည်းအဝေးက ဆွေးနွေးခဲ့သည်။ ယင်းညွှန်းပို့မှုများကို နယ်စပ်ဆက်ဆံရေးရုံးများမှတစ်ဆင့် ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးသို့ ပေးပို့ရန်နှင့် ယင်းရုံးက စကားပြန်ဖြင့် ခွဲခြားသတ်မှတ်ရေး တွေ့ဆုံမေးမြန်းမှုများ စီစဉ်ရန် သဘောတူခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "Name lists are exchanged at least three working days before each handover.",
        th: "ให้แลกเปลี่ยนรายชื่อล่วงหน้าอย่างน้อยสามวันทำการก่อนการส่งมอบแต่ละครั้ง",
        my: "လွှဲပြောင်းမှုတိုင်းမတိုင်မီ အနည်းဆုံး ရုံးဖွင့်ရက် သုံးရက်ကြိုတင်၍ အမည်စာရင်းများကို ဖလှယ်ရမည်။",
      },
      {
        en: "Each side names a focal point for every handover.",
        th: "ให้แต่ละฝ่ายแต่งตั้งผู้ประสานงานสำหรับการส่งมอบทุกครั้ง",
        my: "လွှဲပြောင်းမှုတိုင်းအတွက် ဘက်တစ်ဖက်စီက ဆက်သွယ်ရေးတာဝန်ခံ သတ်မှတ်ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Victim welfare and reception arrangements",
      th: "สวัสดิภาพของผู้เสียหายและการจัดการรับตัว",
      my: "လူကုန်ကူးခံရသူများ၏ သက်သာချောင်ချိရေးနှင့် လက်ခံရေး အစီအစဉ်များ",
    },
    durationMinutes: 20,
    minutes: [
      {
        en: "The Myanmar Department of Social Welfare described the reception arrangements: a short stay at the temporary reception centre, followed by a rehabilitation programme before returning to the family. The Thai side asked for feedback on the reintegration of persons returned in earlier batches. IOM offered to support follow-up visits.",
        th: "กรมสวัสดิการสังคมเมียนมาอธิบายการจัดการรับตัว ได้แก่ การพักระยะสั้นที่ศูนย์รับตัวชั่วคราว ตามด้วยโปรแกรมฟื้นฟูก่อนกลับสู่ครอบครัว ฝ่ายไทยขอข้อมูลป้อนกลับเกี่ยวกับการคืนสู่สังคมของผู้ที่ส่งกลับในชุดก่อน ๆ IOM เสนอสนับสนุนการเยี่ยมติดตามผล",
        my: "မြန်မာနိုင်ငံ လူမှုဝန်ထမ်းဦးစီးဌာနက လက်ခံရေးအစီအစဉ်များကို ရှင်းလင်းခဲ့ရာ ယာယီလက်ခံရေးစခန်းတွင် ခေတ္တနေထိုင်ပြီးနောက် မိသားစုထံ မပြန်မီ ပြန်လည်ထူထောင်ရေး အစီအစဉ်တွင် ပါဝင်ရသည်။ ယခင်အသုတ်များဖြင့် ပြန်လည်ပို့ဆောင်ခဲ့သူများ၏ လူမှုဘဝ ပြန်လည်ပေါင်းစည်းမှုဆိုင်ရာ တုံ့ပြန်ချက်ကို ထိုင်းဘက်က တောင်းခံခဲ့သည်။ IOM က နောက်ဆက်တွဲ ကွင်းဆင်းလေ့လာမှုများကို ပံ့ပိုးရန် ကမ်းလှမ်းခဲ့သည်။",
      },
      {
        en: "Both sides discussed the needs of returning children, who are received by social workers and accompanied to their families only after a positive family assessment. UNICEF recalled the principle of the best interests of the child and offered training for social workers on both sides.",
        th: "ทั้งสองฝ่ายหารือถึงความต้องการของเด็กที่เดินทางกลับ ซึ่งจะมีนักสังคมสงเคราะห์รับตัวและพาไปส่งครอบครัวเมื่อผลการประเมินครอบครัวเป็นไปในทางบวกเท่านั้น UNICEF ย้ำหลักการคำนึงถึงประโยชน์สูงสุดของเด็ก และเสนอจัดอบรมให้นักสังคมสงเคราะห์ของทั้งสองฝ่าย",
        my: "ပြန်လာသော ကလေးသူငယ်များ၏ လိုအပ်ချက်များကို နှစ်ဖက်စလုံး ဆွေးနွေးခဲ့ကြသည်။ ယင်းကလေးများကို လူမှုဝန်ထမ်းများက လက်ခံပြီး မိသားစုအကဲဖြတ်ချက် အကောင်းဖြစ်မှသာ မိသားစုထံ လိုက်ပါပို့ဆောင်ပေးသည်။ UNICEF က ကလေး၏ အကောင်းဆုံးအကျိုးစီးပွားဆိုင်ရာ မူကို ပြန်လည်သတိပေးခဲ့ပြီး နှစ်ဖက်ရှိ လူမှုဝန်ထမ်းများအတွက် သင်တန်းပေးရန် ကမ်းလှမ်းခဲ့သည်။",
      },
      {
        en: "The meeting noted the importance of health checks before handover, and of passing on medical information only with consent and through the social welfare offices. The Thai side will add a short health summary to the handover file when the person agrees.",
        th: "ที่ประชุมเห็นถึงความสำคัญของการตรวจสุขภาพก่อนการส่งมอบ และการส่งต่อข้อมูลทางการแพทย์เฉพาะเมื่อได้รับความยินยอมและผ่านหน่วยงานสวัสดิการสังคมเท่านั้น ฝ่ายไทยจะแนบสรุปข้อมูลสุขภาพโดยย่อในแฟ้มการส่งมอบเมื่อเจ้าตัวยินยอม",
        my: "လွှဲပြောင်းမှုမတိုင်မီ ကျန်းမာရေးစစ်ဆေးခြင်းနှင့် ဆေးဘက်ဆိုင်ရာ အချက်အလက်များကို သဘောတူညီချက်ရယူ၍ လူမှုဝန်ထမ်းရုံးများမှတစ်ဆင့်သာ လွှဲပြောင်းပေးခြင်း၏ အရေးပါမှုကို အစည်းအဝေးက မှတ်သားခဲ့သည်။ သက်ဆိုင်သူက သဘောတူပါက ထိုင်းဘက်က လွှဲပြောင်းရေးဖိုင်တွင် ကျန်းမာရေးအကျဉ်းချုပ်တစ်ခု ထည့်သွင်းပေးမည် ဖြစ်သည်။",
      },
    ],
    decisions: [
      {
        en: "Aggregate feedback on the reintegration of returned persons is shared at each BCATIP meeting.",
        th: "ให้แลกเปลี่ยนข้อมูลป้อนกลับในลักษณะข้อมูลรวมเกี่ยวกับการคืนสู่สังคมของผู้ที่ส่งกลับในการประชุม BCATIP ทุกครั้ง",
        my: "ပြန်လည်ပို့ဆောင်ခဲ့သူများ၏ လူမှုဘဝ ပြန်လည်ပေါင်းစည်းမှုဆိုင်ရာ စုစုပေါင်းတုံ့ပြန်ချက်ကို BCATIP အစည်းအဝေးတိုင်းတွင် မျှဝေရမည်။",
      },
      {
        en: "Children are accompanied to their families only after a positive family assessment.",
        th: "ให้ส่งเด็กคืนสู่ครอบครัวเมื่อผลการประเมินครอบครัวเป็นไปในทางบวกเท่านั้น",
        my: "ကလေးသူငယ်များကို မိသားစုအကဲဖြတ်ချက် အကောင်းဖြစ်မှသာ မိသားစုထံ လိုက်ပါပို့ဆောင်ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Date and venue of the next meeting",
      th: "กำหนดวันและสถานที่ประชุมครั้งถัดไป",
      my: "နောက်အစည်းအဝေး ကျင်းပမည့်ရက်နှင့် နေရာ",
    },
    presenter: "secretariat",
    durationMinutes: 10,
    minutes: [
      {
        en: "The meeting agreed that the next meeting will be hosted by the other side, following the agreed rotation, in about six months. The secretariats will fix the exact date through the border liaison offices and share the draft agenda one month in advance.",
        th: "ที่ประชุมตกลงให้อีกฝ่ายหนึ่งเป็นเจ้าภาพการประชุมครั้งถัดไปตามการหมุนเวียนที่ตกลงไว้ ในอีกประมาณหกเดือน ฝ่ายเลขานุการของทั้งสองฝ่ายจะกำหนดวันที่แน่นอนผ่านสำนักงานประสานงานชายแดน และเวียนร่างระเบียบวาระล่วงหน้าหนึ่งเดือน",
        my: "သဘောတူထားသော အလှည့်ကျစနစ်အတိုင်း နောက်အစည်းအဝေးကို ခြောက်လခန့်အကြာတွင် တစ်ဖက်နိုင်ငံက အိမ်ရှင်အဖြစ် ကျင်းပရန် အစည်းအဝေးက သဘောတူခဲ့သည်။ နှစ်ဖက်အတွင်းရေးမှူးအဖွဲ့များက နယ်စပ်ဆက်ဆံရေးရုံးများမှတစ်ဆင့် အတိအကျရက်စွဲကို သတ်မှတ်မည်ဖြစ်ပြီး အစီအစဉ်မူကြမ်းကို တစ်လကြိုတင် မျှဝေမည် ဖြစ်သည်။",
      },
      {
        en: "The host side for the next meeting confirmed that it is ready. Both delegations asked that the number of delegates be confirmed two weeks in advance so that border-crossing permits can be arranged.",
        th: "ฝ่ายที่จะเป็นเจ้าภาพการประชุมครั้งถัดไปยืนยันความพร้อม คณะผู้แทนทั้งสองฝ่ายขอให้ยืนยันจำนวนผู้เข้าร่วมประชุมล่วงหน้าสองสัปดาห์ เพื่อให้จัดเตรียมเอกสารผ่านแดนได้ทันเวลา",
        my: "နောက်အစည်းအဝေး၏ အိမ်ရှင်ဘက်က အသင့်ဖြစ်ကြောင်း အတည်ပြုခဲ့သည်။ နယ်စပ်ဖြတ်ကျော်ခွင့် စာရွက်စာတမ်းများ စီစဉ်နိုင်ရန် ကိုယ်စားလှယ်ဦးရေကို နှစ်ပတ်ကြိုတင် အတည်ပြုပေးရန် ကိုယ်စားလှယ်အဖွဲ့ နှစ်ဖွဲ့စလုံးက တောင်းဆိုခဲ့ကြသည်။",
      },
      {
        en: "The meeting thanked the host side for its hospitality. It was agreed that the next meeting will be held on the other side of the border and will include a half-day joint workshop on victim identification.",
        th: "ที่ประชุมขอบคุณฝ่ายเจ้าภาพสำหรับการต้อนรับ และตกลงให้จัดการประชุมครั้งถัดไปที่อีกฝั่งของชายแดน โดยจะมีการประชุมเชิงปฏิบัติการร่วมครึ่งวันเรื่องการคัดแยกผู้เสียหายด้วย",
        my: "အိမ်ရှင်ဘက်၏ ဧည့်ဝတ်ကျေပွန်မှုအတွက် အစည်းအဝေးက ကျေးဇူးတင်ကြောင်း ပြောကြားခဲ့သည်။ နောက်အစည်းအဝေးကို နယ်စပ်၏ တစ်ဖက်ခြမ်းတွင် ကျင်းပရန်နှင့် လူကုန်ကူးခံရသူ ခွဲခြားသတ်မှတ်ရေးဆိုင်ရာ နေ့တစ်ဝက် ပူးတွဲအလုပ်ရုံဆွေးနွေးပွဲ ထည့်သွင်းရန် သဘောတူခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "The next meeting is hosted by the other side according to the rotation.",
        th: "ให้อีกฝ่ายหนึ่งเป็นเจ้าภาพการประชุมครั้งถัดไปตามการหมุนเวียน",
        my: "နောက်အစည်းအဝေးကို အလှည့်ကျစနစ်အတိုင်း တစ်ဖက်နိုင်ငံက အိမ်ရှင်အဖြစ် ကျင်းပမည်။",
      },
      {
        en: "The draft agenda is shared one month before the meeting.",
        th: "ให้เวียนร่างระเบียบวาระการประชุมล่วงหน้าหนึ่งเดือน",
        my: "အစည်းအဝေး အစီအစဉ်မူကြမ်းကို တစ်လကြိုတင် မျှဝေရမည်။",
      },
    ],
  },
];

/* ---------------------------------------------------------------------------------------------- */
/* Thailand–Myanmar Case Management Meeting on return and reintegration                            */

const CASE_MANAGEMENT: readonly DemoAgendaTemplate[] = [
  {
    title: {
      en: "Review of the pending nationality-verification list",
      th: "ทบทวนบัญชีรายการที่รอการพิสูจน์สัญชาติ",
      my: "နိုင်ငံသားဖြစ်မှု စိစစ်ရန် ကျန်ရှိနေသော စာရင်းကို ပြန်လည်သုံးသပ်ခြင်း",
    },
    presenter: "secretariat",
    durationMinutes: 40,
    minutes: [
      {
        en: "The Thai side presented the list of cases pending nationality verification, identified by case codes only: 46 cases in total, 18 of them submitted more than six months ago. The Myanmar side reported that verification had been completed for 22 cases since the last meeting and that the remaining cases were being checked with township offices. Both sides agreed to exchange the updated list one month before the next meeting.",
        th: "ฝ่ายไทยนำเสนอบัญชีรายการที่รอการพิสูจน์สัญชาติ ซึ่งระบุด้วยรหัสกรณีเท่านั้น รวม 46 กรณี ในจำนวนนี้ 18 กรณีส่งไปแล้วเกินหกเดือน ฝ่ายเมียนมารายงานว่าได้พิสูจน์สัญชาติแล้วเสร็จ 22 กรณีนับจากการประชุมครั้งที่ผ่านมา ส่วนที่เหลืออยู่ระหว่างตรวจสอบกับสำนักงานระดับเมือง ทั้งสองฝ่ายตกลงแลกเปลี่ยนบัญชีฉบับปรับปรุงล่วงหน้าหนึ่งเดือนก่อนการประชุมครั้งถัดไป",
        my: "ထိုင်းဘက်က နိုင်ငံသားဖြစ်မှု စိစစ်ရန် ကျန်ရှိနေသော ကိစ္စရပ်စာရင်းကို ကိစ္စရပ်ကုဒ်ဖြင့်သာ ဖော်ပြ၍ တင်ပြခဲ့ရာ စုစုပေါင်း ၄၆ ခုရှိပြီး ယင်းအနက် ၁၈ ခုမှာ ခြောက်လကျော်က တင်ပြထားခြင်း ဖြစ်သည်။ ယခင်အစည်းအဝေးမှစ၍ ၂၂ ခုအတွက် စိစစ်မှု ပြီးစီးခဲ့ပြီး ကျန်ရှိသည်များကို မြို့နယ်ရုံးများနှင့် စစ်ဆေးနေကြောင်း မြန်မာဘက်က တင်ပြခဲ့သည်။ နောက်အစည်းအဝေး မတိုင်မီ တစ်လကြိုတင်၍ အသစ်ပြင်ဆင်ထားသော စာရင်းကို ဖလှယ်ရန် နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The Myanmar side confirmed nationality for 31 cases on the list and requested additional information on 7 cases, including CMM30-L017 and CMM30-L022. The Thai side will provide the information through the agreed channel. The meeting agreed that the oldest cases should be handled first.",
        th: "ฝ่ายเมียนมายืนยันสัญชาติแล้ว 31 กรณีตามบัญชี และขอข้อมูลเพิ่มเติมอีก 7 กรณี รวมถึงกรณี CMM30-L017 และ CMM30-L022 ฝ่ายไทยจะจัดส่งข้อมูลผ่านช่องทางที่ตกลงไว้ ที่ประชุมเห็นพ้องให้ดำเนินการกรณีที่ค้างนานที่สุดก่อน",
        my: "မြန်မာဘက်က စာရင်းပါ ကိစ္စရပ် ၃၁ ခုအတွက် နိုင်ငံသားဖြစ်မှုကို အတည်ပြုခဲ့ပြီး CMM30-L017 နှင့် CMM30-L022 အပါအဝင် ကိစ္စရပ် ၇ ခုအတွက် နောက်ထပ်အချက်အလက်များ တောင်းခံခဲ့သည်။ ထိုင်းဘက်က သဘောတူထားသော လမ်းကြောင်းမှတစ်ဆင့် အချက်အလက်များ ပေးပို့မည် ဖြစ်သည်။ အကြာဆုံး ကျန်ရှိနေသော ကိစ္စရပ်များကို ဦးစားပေး ဆောင်ရွက်ရန် အစည်းအဝေးက သဘောတူခဲ့သည်။",
      },
      {
        en: "The meeting reviewed the pending list, which has fallen from 52 to 38 cases since the last meeting. Most delays concern cases where the address given could not be located. Both sides agreed that such cases be referred for joint review rather than stay on the list indefinitely.",
        th: "ที่ประชุมทบทวนบัญชีรายการที่รอการพิสูจน์สัญชาติ ซึ่งลดลงจาก 52 กรณีเหลือ 38 กรณีนับจากการประชุมครั้งที่ผ่านมา ความล่าช้าส่วนใหญ่เกิดกับกรณีที่ไม่สามารถค้นหาที่อยู่ตามที่แจ้งไว้ได้ ทั้งสองฝ่ายตกลงให้นำกรณีเหล่านี้เข้าสู่การพิจารณาร่วม แทนที่จะค้างอยู่ในบัญชีโดยไม่มีกำหนด",
        my: "ယခင်အစည်းအဝေးမှစ၍ ၅၂ ခုမှ ၃၈ ခုအထိ လျော့နည်းလာသော ကျန်ရှိစာရင်းကို အစည်းအဝေးက ပြန်လည်သုံးသပ်ခဲ့သည်။ နောက်ကျမှု အများစုမှာ ပေးထားသော နေရပ်လိပ်စာကို ရှာဖွေ၍ မတွေ့နိုင်သည့် ကိစ္စရပ်များ ဖြစ်သည်။ ယင်းကိစ္စရပ်များကို စာရင်းတွင် အကန့်အသတ်မရှိ ဆက်ထားမည့်အစား ပူးတွဲသုံးသပ်ရန် လွှဲပြောင်းရန် နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "The updated pending nationality-verification list is exchanged one month before each meeting.",
        th: "ให้แลกเปลี่ยนบัญชีรายการที่รอการพิสูจน์สัญชาติฉบับปรับปรุงล่วงหน้าหนึ่งเดือนก่อนการประชุมแต่ละครั้ง",
        my: "နိုင်ငံသားဖြစ်မှု စိစစ်ရန် ကျန်ရှိသော စာရင်း အသစ်ကို အစည်းအဝေးတိုင်း မတိုင်မီ တစ်လကြိုတင် ဖလှယ်ရမည်။",
      },
      {
        en: "Cases pending for more than six months are reviewed jointly as a priority.",
        th: "ให้พิจารณาร่วมกรณีที่ค้างเกินหกเดือนเป็นลำดับแรก",
        my: "ခြောက်လကျော် ကျန်ရှိနေသော ကိစ္စရပ်များကို ဦးစားပေး ပူးတွဲသုံးသပ်ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Results of family assessments",
      th: "ผลการประเมินครอบครัว",
      my: "မိသားစု အကဲဖြတ်ချက် ရလဒ်များ",
    },
    durationMinutes: 30,
    minutes: [
      {
        en: "The Department of Social Welfare reported that family assessments had been completed for 27 cases, 24 of them positive. For the 3 cases with a negative result, alternative care and community-based options are being examined. The Thai side thanked the Myanmar side for the detailed reports.",
        th: "กรมสวัสดิการสังคมเมียนมารายงานว่าได้ประเมินครอบครัวแล้วเสร็จ 27 กรณี ผลเป็นบวก 24 กรณี สำหรับ 3 กรณีที่ผลเป็นลบ อยู่ระหว่างพิจารณาทางเลือกในการดูแลทดแทนและการดูแลโดยชุมชน ฝ่ายไทยขอบคุณฝ่ายเมียนมาสำหรับรายงานที่ละเอียด",
        my: "လူမှုဝန်ထမ်းဦးစီးဌာနက ကိစ္စရပ် ၂၇ ခုအတွက် မိသားစုအကဲဖြတ်မှု ပြီးစီးခဲ့ပြီး ၂၄ ခုမှာ အကောင်းဘက်ရလဒ် ဖြစ်ကြောင်း တင်ပြခဲ့သည်။ အဆိုးဘက်ရလဒ်ရှိသော ကိစ္စရပ် ၃ ခုအတွက် အစားထိုးစောင့်ရှောက်မှုနှင့် ရပ်ရွာအခြေပြု ရွေးချယ်စရာများကို လေ့လာနေသည်။ အသေးစိတ် အစီရင်ခံစာများအတွက် ထိုင်းဘက်က မြန်မာဘက်ကို ကျေးဇူးတင်ကြောင်း ပြောကြားခဲ့သည်။",
      },
      {
        en: "Family assessments for 19 cases were presented. The Myanmar side explained that assessments in some areas take longer because of travel restrictions and security conditions. Both sides agreed to accept assessments made through remote interviews by local social workers where a home visit is not possible.",
        th: "ที่ประชุมรับทราบผลการประเมินครอบครัว 19 กรณี ฝ่ายเมียนมาชี้แจงว่าการประเมินในบางพื้นที่ใช้เวลานานขึ้นเนื่องจากข้อจำกัดในการเดินทางและสถานการณ์ด้านความปลอดภัย ทั้งสองฝ่ายตกลงยอมรับผลการประเมินที่นักสังคมสงเคราะห์ในพื้นที่ดำเนินการโดยการสัมภาษณ์ทางไกล ในกรณีที่ไม่สามารถเยี่ยมบ้านได้",
        my: "ကိစ္စရပ် ၁၉ ခု၏ မိသားစုအကဲဖြတ်ချက်များကို တင်ပြခဲ့သည်။ ခရီးသွားလာမှု ကန့်သတ်ချက်များနှင့် လုံခြုံရေးအခြေအနေကြောင့် အချို့ဒေသများတွင် အကဲဖြတ်မှု ပိုကြာကြောင်း မြန်မာဘက်က ရှင်းလင်းခဲ့သည်။ အိမ်သို့ သွားရောက်လေ့လာ၍ မရနိုင်သည့်နေရာများတွင် ဒေသခံလူမှုဝန်ထမ်းများက အဝေးမှ တွေ့ဆုံမေးမြန်း၍ ပြုလုပ်သော အကဲဖြတ်ချက်များကို လက်ခံရန် နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The meeting discussed the format of the family assessment report. The Thai side asked for a standard summary page in English to speed up review, and the Myanmar side agreed to add one while keeping the full report in Burmese.",
        th: "ที่ประชุมหารือเรื่องรูปแบบรายงานการประเมินครอบครัว ฝ่ายไทยขอให้มีหน้าสรุปมาตรฐานเป็นภาษาอังกฤษเพื่อให้พิจารณาได้เร็วขึ้น ฝ่ายเมียนมาตกลงเพิ่มหน้าสรุปดังกล่าว โดยยังคงจัดทำรายงานฉบับเต็มเป็นภาษาเมียนมา",
        my: "မိသားစု အကဲဖြတ်အစီရင်ခံစာ၏ ပုံစံကို အစည်းအဝေးက ဆွေးနွေးခဲ့သည်။ သုံးသပ်မှု မြန်ဆန်စေရန် အင်္ဂလိပ်ဘာသာဖြင့် စံအကျဉ်းချုပ်စာမျက်နှာတစ်ခု ထည့်ပေးရန် ထိုင်းဘက်က တောင်းဆိုခဲ့ပြီး မြန်မာဘက်က အစီရင်ခံစာအပြည့်အစုံကို မြန်မာဘာသာဖြင့် ဆက်ထား၍ ယင်းစာမျက်နှာကို ထည့်ပေးရန် သဘောတူခဲ့သည်။",
      },
    ],
    decisions: [
      {
        en: "Where a home visit is not possible, a remote assessment by local social workers is accepted.",
        th: "ในกรณีที่ไม่สามารถเยี่ยมบ้านได้ ให้ยอมรับผลการประเมินทางไกลโดยนักสังคมสงเคราะห์ในพื้นที่",
        my: "အိမ်သို့ သွားရောက်၍ မရနိုင်ပါက ဒေသခံလူမှုဝန်ထမ်းများ၏ အဝေးမှ အကဲဖြတ်ချက်ကို လက်ခံသည်။",
      },
      {
        en: "Family assessment reports include a one-page summary in English.",
        th: "ให้รายงานการประเมินครอบครัวมีหน้าสรุปภาษาอังกฤษหนึ่งหน้า",
        my: "မိသားစု အကဲဖြတ်အစီရင်ခံစာများတွင် အင်္ဂလိပ်ဘာသာဖြင့် တစ်မျက်နှာစာ အကျဉ်းချုပ် ပါဝင်ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Return batches: planned dates and numbers",
      th: "การส่งกลับเป็นชุด: กำหนดการและจำนวน",
      my: "အသုတ်လိုက် ပြန်လည်ပို့ဆောင်မှု - စီစဉ်ထားသော ရက်စွဲများနှင့် ဦးရေ",
    },
    durationMinutes: 30,
    minutes: [
      {
        en: "The meeting agreed on the next return batch: 35 people through the Mae Sot–Myawaddy crossing next month, subject to the completion of travel documents. Name lists will be exchanged five days before the handover. Transport and escorts will be arranged by the Thai side with IOM support.",
        th: "ที่ประชุมตกลงกำหนดการส่งกลับชุดถัดไปจำนวน 35 คน ผ่านจุดผ่านแดนแม่สอด–เมียวดี ในเดือนหน้า หากเอกสารการเดินทางแล้วเสร็จ จะแลกเปลี่ยนรายชื่อล่วงหน้าห้าวันก่อนการส่งมอบ ฝ่ายไทยจะจัดยานพาหนะและเจ้าหน้าที่นำส่งโดยได้รับการสนับสนุนจาก IOM",
        my: "နောက်တစ်သုတ် ပြန်လည်ပို့ဆောင်မှုကို ခရီးသွားစာရွက်စာတမ်းများ ပြီးစီးပါက လာမည့်လတွင် မဲဆောက်–မြဝတီ နယ်စပ်ဂိတ်မှတစ်ဆင့် ၃၅ ဦးဖြင့် ဆောင်ရွက်ရန် အစည်းအဝေးက သဘောတူခဲ့သည်။ လွှဲပြောင်းမှုမတိုင်မီ ငါးရက်ကြိုတင်၍ အမည်စာရင်းများ ဖလှယ်မည် ဖြစ်သည်။ သယ်ယူပို့ဆောင်ရေးနှင့် လိုက်ပါစောင့်ရှောက်သူများကို IOM ၏ ပံ့ပိုးမှုဖြင့် ထိုင်းဘက်က စီစဉ်မည် ဖြစ်သည်။",
      },
      {
        en: "Two return batches were planned for the coming period: 24 people through Ranong–Kawthaung and 16 people through Mae Sai–Tachileik. Both sides confirmed the reception arrangements at each crossing point.",
        th: "ที่ประชุมกำหนดการส่งกลับสองชุดในรอบระยะเวลาถัดไป ได้แก่ 24 คนผ่านระนอง–เกาะสอง และ 16 คนผ่านแม่สาย–ท่าขี้เหล็ก ทั้งสองฝ่ายยืนยันการจัดการรับตัว ณ จุดผ่านแดนแต่ละแห่ง",
        my: "လာမည့်ကာလအတွက် ပြန်လည်ပို့ဆောင်မှု နှစ်သုတ် စီစဉ်ခဲ့ရာ ရနောင်း–ကော့သောင်းမှတစ်ဆင့် ၂၄ ဦးနှင့် မယ်ဆိုင်–တာချီလိတ်မှတစ်ဆင့် ၁၆ ဦး ဖြစ်သည်။ နယ်စပ်ဂိတ်တစ်ခုစီရှိ လက်ခံရေးအစီအစဉ်များကို နှစ်ဖက်စလုံး အတည်ပြုခဲ့ကြသည်။",
      },
      {
        en: "The Thai side reported that the last batch of 41 people had been handed over as planned. One batch was postponed because travel documents were not ready and is now planned for the following month.",
        th: "ฝ่ายไทยรายงานว่าการส่งกลับชุดล่าสุดจำนวน 41 คนส่งมอบได้ตามกำหนด มีหนึ่งชุดที่ต้องเลื่อนออกไปเนื่องจากเอกสารการเดินทางยังไม่พร้อม และขณะนี้กำหนดไว้ในเดือนถัดไป",
        my: "နောက်ဆုံးအသုတ်ဖြစ်သော ၄၁ ဦးကို စီစဉ်ထားသည့်အတိုင်း လွှဲပြောင်းပြီးဖြစ်ကြောင်း ထိုင်းဘက်က တင်ပြခဲ့သည်။ ခရီးသွားစာရွက်စာတမ်းများ အဆင်သင့်မဖြစ်သေးသဖြင့် အသုတ်တစ်သုတ်ကို ရွှေ့ဆိုင်းခဲ့ရပြီး ယခုအခါ နောက်လတွင် ဆောင်ရွက်ရန် စီစဉ်ထားသည်။",
      },
    ],
    decisions: [
      {
        en: "The next return batch is confirmed, subject to the completion of travel documents.",
        th: "ยืนยันการส่งกลับชุดถัดไป โดยมีเงื่อนไขว่าเอกสารการเดินทางต้องแล้วเสร็จ",
        my: "ခရီးသွားစာရွက်စာတမ်းများ ပြီးစီးမှုအပေါ် မူတည်၍ နောက်တစ်သုတ် ပြန်လည်ပို့ဆောင်မှုကို အတည်ပြုသည်။",
      },
      {
        en: "Name lists are exchanged five days before each handover.",
        th: "ให้แลกเปลี่ยนรายชื่อล่วงหน้าห้าวันก่อนการส่งมอบแต่ละครั้ง",
        my: "လွှဲပြောင်းမှုတိုင်းမတိုင်မီ ငါးရက်ကြိုတင်၍ အမည်စာရင်းများ ဖလှယ်ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Reintegration follow-up",
      th: "การติดตามผลการคืนสู่สังคม",
      my: "လူမှုဘဝ ပြန်လည်ပေါင်းစည်းရေး နောက်ဆက်တွဲ ခြေရာခံခြင်း",
    },
    durationMinutes: 25,
    minutes: [
      {
        en: "The Department of Rehabilitation reported on the follow-up of persons returned in the last two batches: most have rejoined their families, and about a third have started vocational training or received small business support. Both sides agreed to follow reintegration for at least twelve months after return.",
        th: "กรมฟื้นฟูเมียนมารายงานผลการติดตามผู้ที่ส่งกลับในสองชุดล่าสุด ส่วนใหญ่ได้กลับไปอยู่กับครอบครัวแล้ว และประมาณหนึ่งในสามได้เริ่มฝึกอาชีพหรือได้รับการสนับสนุนการประกอบธุรกิจขนาดเล็ก ทั้งสองฝ่ายตกลงติดตามผลการคืนสู่สังคมอย่างน้อยสิบสองเดือนหลังการส่งกลับ",
        my: "နောက်ဆုံးအသုတ်နှစ်သုတ်ဖြင့် ပြန်လည်ရောက်ရှိလာသူများအား နောက်ဆက်တွဲ ခြေရာခံမှုအကြောင်း ပြန်လည်ထူထောင်ရေးဦးစီးဌာနက တင်ပြခဲ့ရာ အများစုမှာ မိသားစုများနှင့် ပြန်လည်ပေါင်းဆုံပြီးဖြစ်ကာ သုံးပုံတစ်ပုံခန့်မှာ အသက်မွေးဝမ်းကြောင်း သင်တန်းများ စတင်တက်ရောက်နေပြီ သို့မဟုတ် အသေးစားစီးပွားရေး ပံ့ပိုးမှု ရရှိပြီး ဖြစ်သည်။ ပြန်လည်ရောက်ရှိပြီးနောက် အနည်းဆုံး ဆယ့်နှစ်လကြာ ပြန်လည်ပေါင်းစည်းမှုကို ခြေရာခံရန် နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "IOM presented the results of follow-up visits: returned persons valued cash support and vocational training, but many reported difficulties in finding stable work. The meeting agreed to link returnees with employment services on the Myanmar side.",
        th: "IOM นำเสนอผลการเยี่ยมติดตาม ผู้ที่เดินทางกลับเห็นว่าเงินช่วยเหลือและการฝึกอาชีพมีประโยชน์ แต่หลายคนยังประสบปัญหาในการหางานที่มั่นคง ที่ประชุมตกลงให้เชื่อมโยงผู้ที่เดินทางกลับกับบริการจัดหางานในฝั่งเมียนมา",
        my: "IOM က နောက်ဆက်တွဲ ကွင်းဆင်းလေ့လာမှု ရလဒ်များကို တင်ပြခဲ့ရာ ပြန်လည်ရောက်ရှိလာသူများက ငွေသားထောက်ပံ့မှုနှင့် အသက်မွေးဝမ်းကြောင်း သင်တန်းများကို တန်ဖိုးထားကြသော်လည်း အများအပြားမှာ တည်ငြိမ်သော အလုပ်အကိုင် ရှာဖွေရာတွင် အခက်အခဲရှိကြောင်း ပြောကြားကြသည်။ ပြန်လည်ရောက်ရှိလာသူများကို မြန်မာဘက်ရှိ အလုပ်အကိုင်ရှာဖွေရေး ဝန်ဆောင်မှုများနှင့် ချိတ်ဆက်ပေးရန် အစည်းအဝေးက သဘောတူခဲ့သည်။",
      },
      {
        en: "The meeting discussed returned persons who could not be reached during follow-up. The Myanmar side will work with township social welfare offices to improve contact, and the Thai side asked for aggregate feedback at each meeting.",
        th: "ที่ประชุมหารือเรื่องผู้ที่เดินทางกลับแต่ไม่สามารถติดต่อได้ในระหว่างการติดตามผล ฝ่ายเมียนมาจะประสานกับสำนักงานสวัสดิการสังคมระดับเมืองเพื่อให้ติดต่อได้ดีขึ้น และฝ่ายไทยขอให้รายงานผลในลักษณะข้อมูลรวมในการประชุมทุกครั้ง",
        my: "နောက်ဆက်တွဲ ခြေရာခံစဉ် ဆက်သွယ်၍ မရနိုင်ခဲ့သော ပြန်လည်ရောက်ရှိလာသူများအကြောင်း အစည်းအဝေးက ဆွေးနွေးခဲ့သည်။ ဆက်သွယ်မှု ပိုမိုကောင်းမွန်စေရန် မြန်မာဘက်က မြို့နယ်လူမှုဝန်ထမ်းရုံးများနှင့် ပူးပေါင်းဆောင်ရွက်မည်ဖြစ်ပြီး အစည်းအဝေးတိုင်းတွင် စုစုပေါင်းတုံ့ပြန်ချက်ကို တင်ပြပေးရန် ထိုင်းဘက်က တောင်းဆိုခဲ့သည်။",
      },
    ],
    decisions: [
      {
        en: "Reintegration follow-up continues for twelve months after return and is reported in aggregate.",
        th: "ให้ติดตามผลการคืนสู่สังคมเป็นเวลาสิบสองเดือนหลังการส่งกลับ และรายงานในลักษณะข้อมูลรวม",
        my: "ပြန်လည်ပေါင်းစည်းရေး နောက်ဆက်တွဲ ခြေရာခံမှုကို ပြန်လည်ရောက်ရှိပြီးနောက် ဆယ့်နှစ်လကြာ ဆက်လက်ဆောင်ရွက်ပြီး စုစုပေါင်းအဖြစ် အစီရင်ခံရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Caseworker visits to shelters in Thailand",
      th: "การเยี่ยมสถานคุ้มครองในประเทศไทยของนักสังคมสงเคราะห์เมียนมา",
      my: "ထိုင်းနိုင်ငံရှိ ဂေဟာများသို့ လူမှုဝန်ထမ်းများ သွားရောက်လေ့လာခြင်း",
    },
    durationMinutes: 20,
    minutes: [
      {
        en: "The Myanmar side proposed the next quarterly caseworker visit to shelters in Thailand, with a team of six social workers. The Thai side will confirm the dates with the shelters concerned and arrange interpreters where needed.",
        th: "ฝ่ายเมียนมาเสนอกำหนดการเยี่ยมสถานคุ้มครองในประเทศไทยประจำไตรมาสครั้งถัดไป โดยมีนักสังคมสงเคราะห์ 6 คน ฝ่ายไทยจะยืนยันวันกับสถานคุ้มครองที่เกี่ยวข้องและจัดหาล่ามตามความจำเป็น",
        my: "ထိုင်းနိုင်ငံရှိ ဂေဟာများသို့ နောက်တစ်ကြိမ် သုံးလပတ် လူမှုဝန်ထမ်းများ သွားရောက်လေ့လာမှုကို လူမှုဝန်ထမ်း ၆ ဦးပါ အဖွဲ့ဖြင့် မြန်မာဘက်က အဆိုပြုခဲ့သည်။ ထိုင်းဘက်က သက်ဆိုင်ရာဂေဟာများနှင့် ရက်စွဲများကို အတည်ပြုမည်ဖြစ်ပြီး လိုအပ်ပါက စကားပြန်များ စီစဉ်ပေးမည် ဖြစ်သည်။",
      },
      {
        en: "The report of the last caseworker visit was presented: the team met residents of four shelters to prepare their return and family assessments. Both sides agreed that the visits are useful and should continue every quarter.",
        th: "ที่ประชุมรับทราบรายงานการเยี่ยมครั้งล่าสุด คณะนักสังคมสงเคราะห์ได้พบผู้รับบริการในสถานคุ้มครอง 4 แห่ง เพื่อเตรียมการส่งกลับและการประเมินครอบครัว ทั้งสองฝ่ายเห็นพ้องว่าการเยี่ยมเป็นประโยชน์และควรจัดต่อไปทุกไตรมาส",
        my: "နောက်ဆုံး လူမှုဝန်ထမ်းများ သွားရောက်လေ့လာမှု အစီရင်ခံစာကို တင်ပြခဲ့ရာ အဖွဲ့သည် ပြန်လည်ပို့ဆောင်ရေးနှင့် မိသားစုအကဲဖြတ်မှုအတွက် ပြင်ဆင်ရန် ဂေဟာ ၄ ခုရှိ နေထိုင်သူများနှင့် တွေ့ဆုံခဲ့သည်။ ယင်းလေ့လာမှုများ အသုံးဝင်ပြီး သုံးလတစ်ကြိမ် ဆက်လက်ဆောင်ရွက်သင့်ကြောင်း နှစ်ဖက်စလုံး သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The Thai side asked that the caseworker team receive the list of case codes to be met two weeks before the visit, so that the shelters can prepare. The Myanmar side agreed.",
        th: "ฝ่ายไทยขอให้คณะนักสังคมสงเคราะห์ได้รับรายการรหัสกรณีที่จะเข้าพบล่วงหน้าสองสัปดาห์ก่อนการเยี่ยม เพื่อให้สถานคุ้มครองเตรียมการได้ ฝ่ายเมียนมาเห็นชอบ",
        my: "ဂေဟာများ ကြိုတင်ပြင်ဆင်နိုင်စေရန် တွေ့ဆုံမည့် ကိစ္စရပ်ကုဒ်စာရင်းကို လေ့လာမှုမတိုင်မီ နှစ်ပတ်ကြိုတင်၍ လူမှုဝန်ထမ်းအဖွဲ့ထံ ပေးပို့ရန် ထိုင်းဘက်က တောင်းဆိုခဲ့ပြီး မြန်မာဘက်က သဘောတူခဲ့သည်။",
      },
    ],
    decisions: [
      {
        en: "The next caseworker visit is confirmed for the coming quarter.",
        th: "ยืนยันการเยี่ยมของนักสังคมสงเคราะห์ครั้งถัดไปในไตรมาสหน้า",
        my: "နောက်တစ်ကြိမ် လူမှုဝန်ထမ်းများ သွားရောက်လေ့လာမှုကို လာမည့်သုံးလပတ်အတွက် အတည်ပြုသည်။",
      },
      {
        en: "Caseworker visits continue every quarter.",
        th: "ให้จัดการเยี่ยมของนักสังคมสงเคราะห์ต่อไปทุกไตรมาส",
        my: "လူမှုဝန်ထမ်းများ သွားရောက်လေ့လာမှုကို သုံးလတစ်ကြိမ် ဆက်လက်ဆောင်ရွက်ရမည်။",
      },
    ],
  },
];

/* ---------------------------------------------------------------------------------------------- */
/* Tak provincial anti-trafficking sub-committee                                                   */

const PROVINCIAL_SUBCOMMITTEE: readonly DemoAgendaTemplate[] = [
  {
    title: {
      en: "Adoption of the minutes of the previous meeting and matters arising",
      th: "รับรองรายงานการประชุมครั้งที่ผ่านมาและเรื่องสืบเนื่อง",
      my: "ယခင်အစည်းအဝေး မှတ်တမ်းကို အတည်ပြုခြင်းနှင့် ဆက်စပ်ကိစ္စရပ်များ",
    },
    presenter: "secretariat",
    durationMinutes: 15,
    minutes: [
      {
        en: "The sub-committee adopted the minutes of the previous meeting without amendment. The secretariat reported that the provincial work plan had been sent to DATIP and that the request for additional interpreter funds was still under consideration.",
        th: "ที่ประชุมรับรองรายงานการประชุมครั้งที่ผ่านมาโดยไม่มีการแก้ไข ฝ่ายเลขานุการรายงานว่าได้ส่งแผนปฏิบัติการระดับจังหวัดให้กองต่อต้านการค้ามนุษย์แล้ว และคำขอเพิ่มงบประมาณค่าตอบแทนล่ามยังอยู่ระหว่างการพิจารณา",
        my: "ဆပ်ကော်မတီက ယခင်အစည်းအဝေး မှတ်တမ်းကို ပြင်ဆင်ချက်မရှိဘဲ အတည်ပြုခဲ့သည်။ ခရိုင်လုပ်ငန်းအစီအစဉ်ကို DATIP သို့ ပေးပို့ပြီးဖြစ်ကြောင်းနှင့် စကားပြန်အတွက် ထပ်ဆောင်းရန်ပုံငွေ တောင်းခံချက်မှာ စိစစ်ဆဲ ဖြစ်ကြောင်း အတွင်းရေးမှူးအဖွဲ့က တင်ပြခဲ့သည်။",
      },
      {
        en: "The minutes of the previous meeting were adopted with one correction to the list of attending agencies. On matters arising, the labour protection office reported that the joint inspection plan had been agreed with the police.",
        th: "ที่ประชุมรับรองรายงานการประชุมครั้งที่ผ่านมา โดยแก้ไขรายชื่อหน่วยงานที่เข้าร่วมประชุมหนึ่งแห่ง ในเรื่องสืบเนื่อง สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดรายงานว่าได้ตกลงแผนการตรวจแรงงานร่วมกับตำรวจแล้ว",
        my: "တက်ရောက်သော ဌာနစာရင်းတွင် ပြင်ဆင်ချက်တစ်ခုဖြင့် ယခင်အစည်းအဝေး မှတ်တမ်းကို အတည်ပြုခဲ့သည်။ ဆက်စပ်ကိစ္စရပ်များတွင် ပူးတွဲစစ်ဆေးရေး အစီအစဉ်ကို ရဲတပ်ဖွဲ့နှင့် သဘောတူပြီးဖြစ်ကြောင်း ခရိုင်အလုပ်သမား ကာကွယ်စောင့်ရှောက်ရေးနှင့် သက်သာချောင်ချိရေးရုံးက တင်ပြခဲ့သည်။",
      },
      {
        en: "The minutes were adopted as circulated. The chair asked the agencies concerned to report at the next meeting on the two actions still open from the previous fiscal year.",
        th: "ที่ประชุมรับรองรายงานการประชุมตามที่เวียนแจ้ง ประธานขอให้หน่วยงานที่เกี่ยวข้องรายงานความคืบหน้าของงานสองเรื่องที่ยังค้างจากปีงบประมาณที่แล้วในการประชุมครั้งถัดไป",
        my: "မှတ်တမ်းကို ဖြန့်ဝေထားသည့်အတိုင်း အတည်ပြုခဲ့သည်။ ယခင်ဘဏ္ဍာနှစ်မှ ကျန်ရှိနေသေးသော လုပ်ငန်းနှစ်ခု၏ တိုးတက်မှုကို နောက်အစည်းအဝေးတွင် အစီရင်ခံရန် သက်ဆိုင်ရာဌာနများကို သဘာပတိက တောင်းဆိုခဲ့သည်။",
      },
    ],
    decisions: [
      {
        en: "The minutes of the previous meeting are adopted.",
        th: "รับรองรายงานการประชุมครั้งที่ผ่านมา",
        my: "ယခင်အစည်းအဝေး မှတ်တမ်းကို အတည်ပြုသည်။",
      },
    ],
  },
  {
    title: {
      en: "Provincial statistics on trafficking in persons",
      th: "สถิติการค้ามนุษย์ของจังหวัด",
      my: "ခရိုင်အဆင့် လူကုန်ကူးမှု စာရင်းအင်းများ",
    },
    durationMinutes: 30,
    minutes: [
      {
        en: "The provincial social development office presented the statistics for the quarter: 26 persons identified as victims, 19 of them in labour exploitation cases, and 11 cases under investigation. Most victims were Myanmar nationals, and 7 were children. The province remains the main point of entry for cases referred from the border.",
        th: "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนำเสนอสถิติประจำไตรมาส มีผู้ได้รับการคัดแยกเป็นผู้เสียหาย 26 ราย ในจำนวนนี้ 19 รายเป็นกรณีการแสวงประโยชน์ด้านแรงงาน และมีคดีอยู่ระหว่างการสืบสวน 11 คดี ผู้เสียหายส่วนใหญ่มีสัญชาติเมียนมา และเป็นเด็ก 7 ราย จังหวัดยังคงเป็นจุดรับหลักของกรณีที่ส่งต่อมาจากชายแดน",
        my: "ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးက သုံးလပတ်အတွက် စာရင်းအင်းများကို တင်ပြခဲ့ရာ လူကုန်ကူးခံရသူအဖြစ် ခွဲခြားသတ်မှတ်ခံရသူ ၂၆ ဦးရှိပြီး ယင်းအနက် ၁၉ ဦးမှာ အလုပ်သမား အမြတ်ထုတ်မှုဆိုင်ရာ ဖြစ်ကာ စုံစမ်းစစ်ဆေးဆဲ အမှု ၁၁ မှု ရှိသည်။ လူကုန်ကူးခံရသူ အများစုမှာ မြန်မာနိုင်ငံသားများဖြစ်ပြီး ၇ ဦးမှာ ကလေးသူငယ်များ ဖြစ်သည်။ နယ်စပ်မှ ညွှန်းပို့လာသော ကိစ္စရပ်များအတွက် ဤခရိုင်သည် အဓိကဝင်ပေါက် ဖြစ်နေဆဲ ဖြစ်သည်။",
      },
      {
        en: "The police reported 8 new cases and 14 arrests during the quarter, as well as cooperation with the Myanmar side on two investigations. The immigration office reported that screening at the border checkpoint had led to 15 referrals to the provincial social development office.",
        th: "ตำรวจรายงานว่าในไตรมาสนี้มีคดีใหม่ 8 คดี จับกุมผู้ต้องหา 14 ราย และมีความร่วมมือกับฝ่ายเมียนมาในการสืบสวน 2 คดี ด่านตรวจคนเข้าเมืองรายงานว่าการคัดกรองที่จุดผ่านแดนนำไปสู่การส่งต่อไปยังสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด 15 ราย",
        my: "ရဲတပ်ဖွဲ့က သုံးလပတ်အတွင်း အမှုသစ် ၈ မှုနှင့် ဖမ်းဆီးမှု ၁၄ ဦး ရှိကြောင်းနှင့် စုံစမ်းစစ်ဆေးမှု ၂ ခုတွင် မြန်မာဘက်နှင့် ပူးပေါင်းဆောင်ရွက်ခဲ့ကြောင်း တင်ပြခဲ့သည်။ လူဝင်မှုကြီးကြပ်ရေးရုံးက နယ်စပ်ဂိတ်တွင် စိစစ်မှုကြောင့် ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးသို့ ၁၅ ဦး ညွှန်းပို့နိုင်ခဲ့ကြောင်း တင်ပြခဲ့သည်။",
      },
      {
        en: "The sub-committee compared the figures with the same quarter of the previous fiscal year: identified victims rose from 18 to 29, mainly because of online scam operations across the border. Members asked that future reports break the figures down by type of exploitation.",
        th: "ที่ประชุมเปรียบเทียบตัวเลขกับไตรมาสเดียวกันของปีงบประมาณที่แล้ว พบว่าผู้เสียหายที่ได้รับการคัดแยกเพิ่มขึ้นจาก 18 รายเป็น 29 ราย สาเหตุหลักมาจากแก๊งหลอกลวงออนไลน์ฝั่งตรงข้ามชายแดน สมาชิกขอให้รายงานครั้งต่อไปจำแนกตัวเลขตามประเภทการแสวงประโยชน์",
        my: "ဆပ်ကော်မတီက ယခင်ဘဏ္ဍာနှစ်၏ သုံးလပတ်တူနှင့် ကိန်းဂဏန်းများကို နှိုင်းယှဉ်ခဲ့ရာ ခွဲခြားသတ်မှတ်ခံရသော လူကုန်ကူးခံရသူ ၁၈ ဦးမှ ၂၉ ဦးအထိ တိုးလာပြီး အဓိကအားဖြင့် နယ်စပ်တစ်ဖက်ရှိ အွန်လိုင်းလိမ်လည်မှုလုပ်ငန်းများကြောင့် ဖြစ်သည်။ နောက်အစီရင်ခံစာများတွင် ကိန်းဂဏန်းများကို အမြတ်ထုတ်မှုအမျိုးအစားအလိုက် ခွဲခြားဖော်ပြရန် အဖွဲ့ဝင်များက တောင်းဆိုခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "Quarterly statistics are reported by type of exploitation, sex and age band.",
        th: "ให้รายงานสถิติรายไตรมาสจำแนกตามประเภทการแสวงประโยชน์ เพศ และช่วงอายุ",
        my: "သုံးလပတ် စာရင်းအင်းများကို အမြတ်ထုတ်မှုအမျိုးအစား၊ ကျား/မ နှင့် အသက်အုပ်စုအလိုက် အစီရင်ခံရမည်။",
      },
      {
        en: "The provincial figures are submitted to DATIP after each meeting.",
        th: "ให้ส่งตัวเลขของจังหวัดให้กองต่อต้านการค้ามนุษย์หลังการประชุมทุกครั้ง",
        my: "ခရိုင်၏ ကိန်းဂဏန်းများကို အစည်းအဝေးတိုင်းပြီးနောက် DATIP သို့ ပေးပို့ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Labour inspection results",
      th: "ผลการตรวจแรงงาน",
      my: "အလုပ်သမားရေးရာ စစ်ဆေးမှု ရလဒ်များ",
    },
    durationMinutes: 25,
    minutes: [
      {
        en: "The provincial labour protection and welfare office reported inspections of 64 workplaces during the quarter, including factories, farms and domestic work agencies. Violations were found in 12 workplaces, mostly unpaid wages and retained documents, and 2 cases were referred for trafficking screening.",
        th: "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดรายงานการตรวจสถานประกอบการ 64 แห่งในไตรมาสนี้ ทั้งโรงงาน ฟาร์ม และสำนักงานจัดหาคนทำงานบ้าน พบการกระทำผิด 12 แห่ง ส่วนใหญ่เป็นการค้างจ่ายค่าจ้างและการยึดเอกสาร และได้ส่งต่อ 2 กรณีเพื่อคัดกรองการค้ามนุษย์",
        my: "ခရိုင်အလုပ်သမား ကာကွယ်စောင့်ရှောက်ရေးနှင့် သက်သာချောင်ချိရေးရုံးက သုံးလပတ်အတွင်း စက်ရုံများ၊ စိုက်ခင်းများနှင့် အိမ်အကူအလုပ်သမား အေဂျင်စီများ အပါအဝင် လုပ်ငန်းခွင် ၆၄ ခုကို စစ်ဆေးခဲ့ကြောင်း တင်ပြခဲ့သည်။ လုပ်ငန်းခွင် ၁၂ ခုတွင် ချိုးဖောက်မှုများ တွေ့ရှိခဲ့ပြီး အများစုမှာ လုပ်ခမပေးခြင်းနှင့် စာရွက်စာတမ်းများ သိမ်းဆည်းထားခြင်း ဖြစ်ကာ ၂ ခုကို လူကုန်ကူးမှု စိစစ်ရန် ညွှန်းပို့ခဲ့သည်။",
      },
      {
        en: "The labour office presented the joint inspections carried out with the police and the provincial social development office. Inspectors noted that workers were often unaware of their rights and that interpreters were needed. The sub-committee asked that NGOs be invited to support interviews.",
        th: "สำนักงานแรงงานนำเสนอผลการตรวจร่วมกับตำรวจและสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด พนักงานตรวจแรงงานพบว่าแรงงานจำนวนมากไม่ทราบสิทธิของตน และจำเป็นต้องมีล่าม ที่ประชุมขอให้เชิญองค์กรพัฒนาเอกชนมาช่วยสนับสนุนการสัมภาษณ์",
        my: "အလုပ်သမားရုံးက ရဲတပ်ဖွဲ့နှင့် ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးတို့နှင့်အတူ ပူးတွဲစစ်ဆေးမှုများအကြောင်း တင်ပြခဲ့သည်။ အလုပ်သမားများသည် မိမိတို့၏ အခွင့်အရေးများကို မကြာခဏ မသိကြကြောင်းနှင့် စကားပြန်များ လိုအပ်ကြောင်း စစ်ဆေးရေးမှူးများက တွေ့ရှိခဲ့သည်။ တွေ့ဆုံမေးမြန်းမှုများကို ပံ့ပိုးရန် အစိုးရမဟုတ်သော အဖွဲ့အစည်းများကို ဖိတ်ကြားရန် ဆပ်ကော်မတီက တောင်းဆိုခဲ့သည်။",
      },
      {
        en: "The employment office reported on checks of recruitment agencies and work permits, after which 3 agencies received warnings. Members discussed how to better recognize indicators of labour trafficking during routine inspections.",
        th: "สำนักงานจัดหางานจังหวัดรายงานผลการตรวจสอบบริษัทจัดหางานและใบอนุญาตทำงาน ซึ่งมีบริษัทจัดหางาน 3 แห่งได้รับหนังสือตักเตือน ที่ประชุมหารือแนวทางการสังเกตตัวชี้วัดการค้ามนุษย์ด้านแรงงานในการตรวจตามปกติให้ดีขึ้น",
        my: "အလုပ်အကိုင်ရှာဖွေရေးရုံးက အလုပ်အကိုင်အေဂျင်စီများနှင့် အလုပ်လုပ်ကိုင်ခွင့်ပါမစ်များကို စစ်ဆေးမှုအကြောင်း တင်ပြခဲ့ရာ အေဂျင်စီ ၃ ခုကို သတိပေးခဲ့သည်။ ပုံမှန်စစ်ဆေးမှုများအတွင်း အလုပ်သမားဆိုင်ရာ လူကုန်ကူးမှု ညွှန်ပြချက်များကို ပိုမိုသိရှိနိုင်ရေး နည်းလမ်းများကို အဖွဲ့ဝင်များ ဆွေးနွေးခဲ့ကြသည်။",
      },
    ],
    decisions: [
      {
        en: "Joint labour inspections include an interpreter and, where possible, an NGO observer.",
        th: "การตรวจแรงงานร่วมให้มีล่าม และหากเป็นไปได้ให้มีผู้สังเกตการณ์จากองค์กรพัฒนาเอกชน",
        my: "ပူးတွဲ အလုပ်သမားရေးရာ စစ်ဆေးမှုများတွင် စကားပြန်တစ်ဦးနှင့် ဖြစ်နိုင်ပါက အစိုးရမဟုတ်သော အဖွဲ့အစည်းမှ လေ့လာသူတစ်ဦး ပါဝင်ရမည်။",
      },
      {
        en: "Cases with trafficking indicators found during inspections are referred to the MDT within 24 hours.",
        th: "กรณีที่พบตัวชี้วัดการค้ามนุษย์ระหว่างการตรวจ ให้ส่งต่อทีมสหวิชาชีพภายใน 24 ชั่วโมง",
        my: "စစ်ဆေးမှုအတွင်း လူကုန်ကူးမှု ညွှန်ပြချက်များ တွေ့ရှိသော ကိစ္စရပ်များကို ၂၄ နာရီအတွင်း MDT သို့ ညွှန်းပို့ရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Budget for the fiscal year",
      th: "งบประมาณประจำปีงบประมาณ",
      my: "ဘဏ္ဍာနှစ်အတွက် ဘတ်ဂျက်",
    },
    presenter: "secretariat",
    durationMinutes: 25,
    minutes: [
      {
        en: "The secretariat presented the budget for the fiscal year: 1.8 million baht for victim assistance, MDT operations, interpreter fees and awareness activities. Members noted that the interpreter fee line had run out before the end of the last fiscal year and asked for a larger allocation.",
        th: "ฝ่ายเลขานุการนำเสนองบประมาณประจำปีงบประมาณ จำนวน 1.8 ล้านบาท สำหรับการช่วยเหลือผู้เสียหาย การดำเนินงานของทีมสหวิชาชีพ ค่าตอบแทนล่าม และกิจกรรมสร้างความตระหนักรู้ สมาชิกตั้งข้อสังเกตว่างบค่าตอบแทนล่ามหมดก่อนสิ้นปีงบประมาณที่แล้ว จึงขอให้จัดสรรเพิ่มขึ้น",
        my: "အတွင်းရေးမှူးအဖွဲ့က လူကုန်ကူးခံရသူများအား ကူညီရေး၊ MDT လုပ်ငန်းများ၊ စကားပြန်အခကြေးငွေနှင့် အသိပညာပေးလုပ်ငန်းများအတွက် ဘတ် ၁.၈ သန်း ပါဝင်သော ဘဏ္ဍာနှစ် ဘတ်ဂျက်ကို တင်ပြခဲ့သည်။ ယခင်ဘဏ္ဍာနှစ် မကုန်ဆုံးမီ စကားပြန်အခကြေးငွေ ခေါင်းစဉ် ကုန်သွားခဲ့ကြောင်း အဖွဲ့ဝင်များက ထောက်ပြပြီး ပိုမိုခွဲဝေပေးရန် တောင်းဆိုခဲ့ကြသည်။",
      },
      {
        en: "The mid-year budget review showed that 55 percent of the budget had been spent. Funds for awareness activities will be reallocated to the MDT and the temporary shelter, subject to the Governor's approval.",
        th: "การทบทวนงบประมาณกลางปีพบว่ามีการเบิกจ่ายแล้วร้อยละ 55 จะโอนงบกิจกรรมสร้างความตระหนักรู้ไปสนับสนุนทีมสหวิชาชีพและสถานพักพิงชั่วคราว โดยต้องได้รับอนุมัติจากผู้ว่าราชการจังหวัด",
        my: "နှစ်လယ် ဘတ်ဂျက်သုံးသပ်ချက်အရ ဘတ်ဂျက်၏ ၅၅ ရာခိုင်နှုန်းကို သုံးစွဲပြီး ဖြစ်သည်။ ခရိုင်ဝန်၏ ခွင့်ပြုချက်ဖြင့် အသိပညာပေးလုပ်ငန်းများအတွက် ရန်ပုံငွေကို MDT နှင့် ယာယီဂေဟာသို့ ပြန်လည်ခွဲဝေမည် ဖြစ်သည်။",
      },
      {
        en: "Members discussed the budget request for the next fiscal year, which will include the cost of joint border meetings and training for frontline officers. The draft request will be submitted to the provincial office by the deadline set by the Ministry.",
        th: "ที่ประชุมหารือคำของบประมาณสำหรับปีงบประมาณถัดไป ซึ่งจะรวมค่าใช้จ่ายในการประชุมร่วมชายแดนและการฝึกอบรมเจ้าหน้าที่ผู้ปฏิบัติงาน จะส่งร่างคำของบประมาณให้สำนักงานจังหวัดภายในกำหนดเวลาที่กระทรวงกำหนด",
        my: "နယ်စပ်ပူးတွဲအစည်းအဝေးများနှင့် ရှေ့တန်းဝန်ထမ်းများအတွက် သင်တန်းစရိတ်များ ပါဝင်မည့် နောက်ဘဏ္ဍာနှစ် ဘတ်ဂျက်တောင်းခံချက်ကို အဖွဲ့ဝင်များ ဆွေးနွေးခဲ့ကြသည်။ တောင်းခံချက်မူကြမ်းကို ဝန်ကြီးဌာနက သတ်မှတ်သော နောက်ဆုံးရက်အတွင်း ခရိုင်ရုံးသို့ တင်သွင်းမည် ဖြစ်သည်။",
      },
    ],
    decisions: [
      {
        en: "The budget plan for the fiscal year is approved.",
        th: "เห็นชอบแผนการใช้จ่ายงบประมาณประจำปีงบประมาณ",
        my: "ဘဏ္ဍာနှစ်အတွက် ဘတ်ဂျက်အစီအစဉ်ကို အတည်ပြုသည်။",
      },
      {
        en: "The budget request for the next fiscal year is submitted as drafted.",
        th: "ให้เสนอคำของบประมาณปีงบประมาณถัดไปตามร่างที่จัดทำ",
        my: "နောက်ဘဏ္ဍာနှစ် ဘတ်ဂျက်တောင်းခံချက်ကို မူကြမ်းအတိုင်း တင်သွင်းရမည်။",
      },
    ],
  },
  {
    title: {
      en: "Coordination with NGOs",
      th: "การประสานงานกับองค์กรพัฒนาเอกชน",
      my: "အစိုးရမဟုတ်သော အဖွဲ့အစည်းများနှင့် ညှိနှိုင်းဆောင်ရွက်ခြင်း",
    },
    durationMinutes: 20,
    minutes: [
      {
        en: "The representative of the Mae Sot NGO/CBO network reported on the monthly coordination meeting: referrals, shelter capacity and hotline volumes in aggregate, and a continuing shortage of interpreters. The sub-committee welcomed the cooperation and invited the network to take part in MDT training.",
        th: "ผู้แทนเครือข่ายองค์กรพัฒนาเอกชนและองค์กรชุมชนแม่สอดรายงานผลการประชุมประสานงานประจำเดือน ได้แก่ การส่งต่อ ความจุของสถานคุ้มครอง และจำนวนสายที่สายด่วนได้รับ ในลักษณะข้อมูลรวม รวมทั้งปัญหาการขาดแคลนล่ามที่ยังคงอยู่ ที่ประชุมชื่นชมความร่วมมือและเชิญเครือข่ายเข้าร่วมการฝึกอบรมทีมสหวิชาชีพ",
        my: "မဲဆောက် NGO/CBO ကွန်ရက်၏ ကိုယ်စားလှယ်က လစဉ်ညှိနှိုင်းအစည်းအဝေးအကြောင်း တင်ပြခဲ့ရာ ညွှန်းပို့မှုများ၊ ဂေဟာများ၏ လက်ခံနိုင်မှုနှင့် အကူအညီဖုန်းလိုင်း ခေါ်ဆိုမှုများကို စုစုပေါင်းအဖြစ် ဖော်ပြခဲ့ပြီး စကားပြန် ရှားပါးမှု ဆက်လက်ရှိနေကြောင်းလည်း တင်ပြခဲ့သည်။ ဆပ်ကော်မတီက ပူးပေါင်းဆောင်ရွက်မှုကို ကြိုဆိုကြောင်း ပြောကြားပြီး MDT သင်တန်းတွင် ပါဝင်ရန် ကွန်ရက်ကို ဖိတ်ကြားခဲ့သည်။",
      },
      {
        en: "Members reviewed the labour-exploitation referral path with the labour protection office and NGOs. It was agreed that NGOs may refer cases directly to the labour protection office for screening, with a copy to the provincial social development office.",
        th: "ที่ประชุมทบทวนเส้นทางการส่งต่อกรณีการแสวงประโยชน์ด้านแรงงานร่วมกับสำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดและองค์กรพัฒนาเอกชน และตกลงให้องค์กรพัฒนาเอกชนส่งต่อกรณีไปยังสำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดเพื่อคัดกรองได้โดยตรง และแจ้งสำเนาให้สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดทราบ",
        my: "အလုပ်သမား အမြတ်ထုတ်မှုဆိုင်ရာ ညွှန်းပို့ရေးလမ်းကြောင်းကို အလုပ်သမား ကာကွယ်စောင့်ရှောက်ရေးရုံးနှင့် အစိုးရမဟုတ်သော အဖွဲ့အစည်းများနှင့်အတူ အဖွဲ့ဝင်များ ပြန်လည်သုံးသပ်ခဲ့ကြသည်။ အစိုးရမဟုတ်သော အဖွဲ့အစည်းများက ကိစ္စရပ်များကို စိစစ်ရန် အလုပ်သမား ကာကွယ်စောင့်ရှောက်ရေးရုံးသို့ တိုက်ရိုက်ညွှန်းပို့နိုင်ပြီး မိတ္တူကို ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးသို့ ပေးပို့ရန် သဘောတူခဲ့ကြသည်။",
      },
      {
        en: "The sub-committee heard a proposal from NGOs for a joint awareness campaign in border communities. The provincial social development office agreed to coordinate it and to include it in the provincial work plan.",
        th: "ที่ประชุมรับฟังข้อเสนอจากองค์กรพัฒนาเอกชนในการจัดรณรงค์สร้างความตระหนักรู้ร่วมกันในชุมชนชายแดน สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดรับเป็นผู้ประสานงาน และจะบรรจุไว้ในแผนปฏิบัติการของจังหวัด",
        my: "နယ်စပ်ရပ်ရွာများတွင် ပူးတွဲအသိပညာပေး လှုပ်ရှားမှုတစ်ခု ပြုလုပ်ရန် အစိုးရမဟုတ်သော အဖွဲ့အစည်းများ၏ အဆိုပြုချက်ကို ဆပ်ကော်မတီက နားထောင်ခဲ့သည်။ ခရိုင်လူမှုဖွံ့ဖြိုးရေးနှင့် လူ့လုံခြုံရေးရုံးက ညှိနှိုင်းဆောင်ရွက်ပေးရန်နှင့် ခရိုင်လုပ်ငန်းအစီအစဉ်တွင် ထည့်သွင်းရန် သဘောတူခဲ့သည်။",
      },
    ],
    decisions: [
      {
        en: "The NGO/CBO network is invited to present an aggregate update at each meeting.",
        th: "เชิญเครือข่ายองค์กรพัฒนาเอกชนและองค์กรชุมชนรายงานสถานการณ์ในลักษณะข้อมูลรวมในการประชุมทุกครั้ง",
        my: "NGO/CBO ကွန်ရက်ကို အစည်းအဝေးတိုင်းတွင် စုစုပေါင်း အခြေအနေ တင်ပြရန် ဖိတ်ကြားသည်။",
      },
      {
        en: "NGOs may refer labour exploitation cases directly to the labour protection office for screening.",
        th: "ให้องค์กรพัฒนาเอกชนส่งต่อกรณีการแสวงประโยชน์ด้านแรงงานไปยังสำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดเพื่อคัดกรองได้โดยตรง",
        my: "အစိုးရမဟုတ်သော အဖွဲ့အစည်းများသည် အလုပ်သမား အမြတ်ထုတ်မှု ကိစ္စရပ်များကို စိစစ်ရန် အလုပ်သမား ကာကွယ်စောင့်ရှောက်ရေးရုံးသို့ တိုက်ရိုက် ညွှန်းပို့နိုင်သည်။",
      },
    ],
  },
];

export const AGENDA: Readonly<Record<AgendaKind, readonly DemoAgendaTemplate[]>> = {
  ngo_coordination: NGO_COORDINATION,
  bcatip: BCATIP,
  case_management: CASE_MANAGEMENT,
  provincial_subcommittee: PROVINCIAL_SUBCOMMITTEE,
};

/* ---------------------------------------------------------------------------------------------- */
/* Agreed actions                                                                                  */

export const ACTIONS: readonly DemoActionTemplate[] = [
  // Mae Sot NGO/CBO coordination
  {
    seriesKind: "ngo_coordination",
    text: "Confirm Burmese and S'gaw Karen interpreters for MDT interviews.",
    language: "en",
    ownerKeys: ["ngo-legal-1", "psdhs-tak"],
    progress: [
      "Roster drafted with six interpreters; waiting for PSDHS to approve the fee rate.",
      "Two S'gaw Karen interpreters confirmed for next month's interviews; one Burmese interpreter still to be found.",
      "All interviews this month covered; roster shared with the MDT.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Circulate the Burmese minutes in Unicode.",
    language: "en",
    ownerKeys: ["iom"],
    progress: [
      "Burmese minutes converted from Zawgyi and checked by a native speaker.",
      "Circulated to all members; two members reported display problems on older phones and were sent font guidance.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Update the referral contact list and share it with all member organizations.",
    language: "en",
    ownerKeys: ["ngo-hotline-1"],
    progress: [
      "Asked every member to confirm its focal person; 17 of 23 have replied.",
      "Updated list circulated; organizations' duty numbers kept in the secretariat's file, not in the minutes.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Compile the monthly aggregate figures on referrals, shelter capacity and hotline calls in the shared template.",
    language: "en",
    ownerKeys: ["ngo-hotline-2", "ngo-shelter-1"],
    progress: [
      "Template revised so that counts under five are shown as 'fewer than 5'.",
      "Figures from both hotlines and both shelters entered; waiting for the clinics.",
      "Complete for the month and sent to the secretariat.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Draft a joint training calendar for the next quarter.",
    language: "en",
    ownerKeys: ["iom", "ngo-women-1"],
    progress: [
      "First draft shared with members for comments.",
      "Dates adjusted to avoid the school holidays; final version circulated.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Organize a refresher session on victim identification indicators for clinic staff.",
    language: "en",
    ownerKeys: ["ngo-clinic-1", "iom"],
    progress: [
      "Venue booked at the clinic's training room; trainers confirmed.",
      "Session held with 24 staff from the three clinics; evaluation forms collected.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Translate the safe-migration leaflet into S'gaw Karen and have it reviewed by a legal aid organization.",
    language: "en",
    ownerKeys: ["ngo-learning-2", "ngo-legal-2"],
    progress: [
      "Translation done by volunteer teachers; sent for legal review.",
      "Legal review returned with three wording changes; print file being prepared.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Broadcast the hotline information in Burmese and S'gaw Karen during the festival season.",
    language: "en",
    ownerKeys: ["ngo-radio-1"],
    progress: [
      "Spots recorded in both languages.",
      "Broadcast twice a day for two weeks; listeners' calls about the spots logged in aggregate.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Revise the referral form so that it carries a case code and no personal details.",
    language: "en",
    ownerKeys: ["ngo-legal-3"],
    progress: [
      "Draft form removes name, address and document number fields; comments requested from members.",
      "Waiting for comments from two legal aid organizations.",
      "Revised form adopted and shared in Thai, Burmese and English.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Map the available shelter places for children and share the aggregate capacity with members.",
    language: "en",
    ownerKeys: ["ngo-shelter-2", "unicef"],
    progress: [
      "Capacity figures collected from both shelters and the provincial children's home.",
      "Aggregate table shared; figures to be refreshed every quarter.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Prepare a short briefing for interpreters on confidentiality and neutrality.",
    language: "en",
    ownerKeys: ["ngo-legal-1", "ngo-women-2"],
    progress: [
      "Outline agreed; examples taken from past MDT interviews with all details removed.",
      "Briefing held for 11 interpreters; the confidentiality undertaking was signed by all.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Share the summary of the last BCATIP meeting with network members once it is approved.",
    language: "en",
    ownerKeys: ["psdhs-tak"],
    progress: [
      "Minutes of the BCATIP meeting not yet approved by both sides.",
      "Approved summary received and forwarded to the network.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Collect aggregate information on recruitment through online job offers for the provincial sub-committee.",
    language: "en",
    ownerKeys: ["ngo-workers-1", "ngo-hotline-1"],
    progress: [
      "Hotline call categories extended with an 'online job offer' option.",
      "Three months of figures compiled; short note drafted for the sub-committee.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Hold an awareness session on labour rights and recruitment fees for parents at the learning centres.",
    language: "en",
    ownerKeys: ["ngo-learning-1", "ngo-workers-2"],
    progress: [
      "Two learning centres agreed to host; date set after the parents' meeting.",
      "Session held at both centres, about 60 parents in total.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Set up a referral arrangement between the clinics and legal aid for workers injured at work.",
    language: "en",
    ownerKeys: ["ngo-clinic-2", "ngo-legal-2"],
    progress: [
      "Referral slip agreed, using the case code only.",
      "First referrals made under the arrangement; review planned after three months.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Agree common key messages for all awareness materials.",
    language: "en",
    ownerKeys: ["ngo-radio-1", "ngo-learning-4"],
    progress: [
      "Draft key messages circulated in three languages.",
      "Messages agreed at the working group; to be used from the next print run.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Arrange a health and safety session on migrant workers' rights for the women's groups.",
    language: "en",
    ownerKeys: ["ngo-clinic-3", "ngo-women-3"],
    progress: [
      "Session content agreed; trainer from the clinic confirmed.",
      "Postponed by two weeks because of the floods; new date shared.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "Share the worker associations' list of common wage complaints, in aggregate, with the labour office.",
    language: "en",
    ownerKeys: ["ngo-workers-3"],
    progress: [
      "Complaints from the last quarter grouped by sector and type.",
      "Summary handed to the labour office at the joint meeting.",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "ประสานสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตากเรื่องอัตราค่าตอบแทนล่ามในปีงบประมาณใหม่",
    language: "th",
    ownerKeys: ["ngo-legal-1"],
    progress: ["ส่งหนังสือสอบถามแล้ว รอคำตอบจาก พมจ.ตาก", "พมจ.ตากแจ้งว่าอัตราเดิมยังใช้ได้จนกว่าจะมีประกาศใหม่"],
  },
  {
    seriesKind: "ngo_coordination",
    text: "จัดอบรมการสัมภาษณ์โดยคำนึงถึงบาดแผลทางจิตใจให้เจ้าหน้าที่องค์กรสมาชิก",
    language: "th",
    ownerKeys: ["ngo-women-1", "ngo-women-3"],
    progress: [
      "ได้วิทยากรแล้ว อยู่ระหว่างหาสถานที่",
      "จัดอบรมแล้ว มีผู้เข้าร่วม 28 คนจาก 12 องค์กร",
      "สรุปผลการประเมินส่งฝ่ายเลขานุการแล้ว",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "ส่งชื่อผู้ประสานงานหลักขององค์กรให้ฝ่ายเลขานุการภายในสิ้นเดือน",
    language: "th",
    ownerKeys: ["ngo-community-2"],
    progress: ["อยู่ระหว่างรอมติคณะกรรมการขององค์กร", "แจ้งฝ่ายเลขานุการแล้ว"],
  },
  {
    seriesKind: "ngo_coordination",
    text: "รายงานจำนวนสายที่สายด่วนได้รับประจำเดือนในลักษณะข้อมูลรวม แยกตามประเภทเรื่อง",
    language: "th",
    ownerKeys: ["ngo-hotline-2"],
    progress: ["ปรับหมวดหมู่เรื่องให้ตรงกับแบบฟอร์มกลางแล้ว", "ส่งตัวเลขเดือนนี้ครบแล้ว"],
  },
  {
    seriesKind: "ngo_coordination",
    text: "အွန်လိုင်းအလုပ်ကမ်းလှမ်းချက်များ၏ အန္တရာယ်အကြောင်း ကျောင်းသားများအတွက် အသိပညာပေး ဆွေးနွေးပွဲများ ကျင်းပရန်။",
    language: "my",
    ownerKeys: ["ngo-learning-3"],
    progress: [
      "ဆရာ၊ ဆရာမများနှင့် ဆွေးနွေးပြီး အစီအစဉ်ရေးဆွဲပြီးပါပြီ။",
      "စာသင်စင်တာ ၃ ခုတွင် ကျင်းပပြီးပါပြီ။ ကျန်စင်တာများကို လာမည့်လတွင် ဆက်လုပ်ပါမည်။",
    ],
  },
  {
    seriesKind: "ngo_coordination",
    text: "ရပ်ကွက်အတွင်း ရွှေ့ပြောင်းလုပ်သားများထံ အကူအညီဖုန်းလိုင်း အချက်အလက်များကို မြန်မာဘာသာဖြင့် ဖြန့်ဝေရန်။",
    language: "my",
    ownerKeys: ["ngo-community-1"],
    progress: [
      "လက်ကမ်းစာစောင်များ ပုံနှိပ်ပြီး စေတနာ့ဝန်ထမ်းများထံ ခွဲဝေပြီးပါပြီ။",
      "ရပ်ကွက် ၅ ခုတွင် ဖြန့်ဝေပြီးဖြစ်ပြီး ကျန်ရပ်ကွက်များကို ဆက်လက်ဆောင်ရွက်နေပါသည်။",
    ],
  },

  // BCATIP border meetings
  {
    seriesKind: "bcatip",
    text: "Exchange aggregate situation figures through the border liaison offices every quarter.",
    language: "en",
    ownerKeys: ["atpd", "mpf-atipd"],
    progress: [
      "Common table agreed: cases, identified victims and prosecutions by type of exploitation.",
      "Figures for the first quarter exchanged; the Myanmar side's figures arrived two weeks late.",
    ],
  },
  {
    seriesKind: "bcatip",
    text: "Prepare a joint note on paying court-ordered compensation to victims after their return.",
    language: "en",
    ownerKeys: ["oag", "mpf-atipd"],
    progress: [
      "OAG drafted the Thai part of the procedure.",
      "Waiting for the Myanmar side's comments on the bank transfer arrangements.",
    ],
  },
  {
    seriesKind: "bcatip",
    text: "Name a focal point for each handover and confirm the handover time the day before.",
    language: "en",
    ownerKeys: ["immigration-tak", "dsw"],
    progress: [
      "Focal points named on both sides for the next two handovers.",
      "Last handover started on time; both local times were written on the confirmation.",
    ],
  },
  {
    seriesKind: "bcatip",
    text: "Organize a half-day joint workshop on victim identification for frontline officers of both sides.",
    language: "en",
    ownerKeys: ["psdhs-chiang-rai", "iom"],
    progress: [
      "Programme drafted; interpretation into Burmese and Thai arranged.",
      "Workshop held with 35 officers from both sides.",
    ],
  },
  {
    seriesKind: "bcatip",
    text: "Share aggregate feedback on the reintegration of persons returned in the last batches.",
    language: "en",
    ownerKeys: ["dsw", "dor"],
    progress: [
      "Follow-up of the last batch under way in the townships.",
      "Aggregate feedback shared at the liaison office meeting.",
    ],
  },
  {
    seriesKind: "bcatip",
    text: "ตรวจสอบขั้นตอนการสืบพยานผ่านระบบวิดีโอทางไกลกับสำนักงานอัยการสูงสุด",
    language: "th",
    ownerKeys: ["rtp", "oag"],
    progress: [
      "ส่งหนังสือหารือสำนักงานอัยการสูงสุดแล้ว",
      "อัยการแจ้งว่าทำได้ภายใต้ประมวลกฎหมายวิธีพิจารณาความอาญา ต้องประสานศาลล่วงหน้า",
    ],
  },
  {
    seriesKind: "bcatip",
    text: "จัดทำร่างระเบียบวาระการประชุมครั้งถัดไปและส่งให้ฝ่ายเมียนมาล่วงหน้าหนึ่งเดือน",
    language: "th",
    ownerKeys: ["psdhs-ranong"],
    progress: [
      "ร่างระเบียบวาระเสร็จแล้ว รอความเห็นจากหน่วยงานฝ่ายไทย",
      "ส่งร่างให้ฝ่ายเมียนมาผ่านสำนักงานประสานงานชายแดนแล้ว",
    ],
  },
  {
    seriesKind: "bcatip",
    text: "ယာယီလက်ခံရေးစခန်းရှိ လက်ခံရေးအစီအစဉ်များကို ထိုင်းဘက်သို့ စာဖြင့် အသိပေးရန်။",
    language: "my",
    ownerKeys: ["dsw"],
    progress: ["လက်ခံရေးအစီအစဉ် အကျဉ်းချုပ်ကို ရေးဆွဲပြီးပါပြီ။", "နယ်စပ်ဆက်ဆံရေးရုံးမှတစ်ဆင့် ထိုင်းဘက်သို့ ပေးပို့ပြီးပါပြီ။"],
  },

  // Case Management Meeting
  {
    seriesKind: "case_management",
    text: "Exchange the pending nationality-verification list before the next CMM.",
    language: "en",
    ownerKeys: ["msdhs", "dsw"],
    progress: [
      "Thai list updated to 38 case codes and sent through the agreed channel.",
      "Myanmar side returned the list with 12 cases verified; the rest are with township offices.",
      "Final list agreed two weeks before the meeting.",
    ],
  },
  {
    seriesKind: "case_management",
    text: "Provide the additional information requested on CMM30-L017 and CMM30-L022 through the agreed channel.",
    language: "en",
    ownerKeys: ["datip"],
    progress: [
      "Information collected from the shelters concerned.",
      "Sent to DSW; acknowledgement received.",
    ],
  },
  {
    seriesKind: "case_management",
    text: "Add a one-page English summary to family assessment reports.",
    language: "en",
    ownerKeys: ["dsw"],
    progress: [
      "Summary template drafted and shared with the Thai side.",
      "Used for the latest reports; the Thai side found review much faster.",
    ],
  },
  {
    seriesKind: "case_management",
    text: "Complete the travel documents for the next return batch before the name lists are exchanged.",
    language: "en",
    ownerKeys: ["datip", "dsw"],
    progress: [
      "Documents ready for 29 of the 35 people in the batch.",
      "Remaining documents issued; batch confirmed.",
    ],
  },
  {
    seriesKind: "case_management",
    text: "Link returnees with employment services on the Myanmar side.",
    language: "en",
    ownerKeys: ["iom", "dor"],
    progress: [
      "Meeting held with the township labour offices.",
      "Referral arrangement agreed; first returnees referred for job matching.",
    ],
  },
  {
    seriesKind: "case_management",
    text: "Review cases pending for more than six months jointly and propose a way forward for each.",
    language: "en",
    ownerKeys: ["datip", "dsw"],
    progress: [
      "Joint review of 18 case codes held by video call.",
      "Way forward agreed for 14 cases; 4 remain for the next meeting.",
    ],
  },
  {
    seriesKind: "case_management",
    text: "ยืนยันกำหนดการเยี่ยมของนักสังคมสงเคราะห์เมียนมากับสถานคุ้มครองที่เกี่ยวข้อง",
    language: "th",
    ownerKeys: ["msdhs"],
    progress: ["สถานคุ้มครอง 3 แห่งยืนยันวันแล้ว รออีก 1 แห่ง", "ยืนยันครบทุกแห่งและจัดล่ามเรียบร้อยแล้ว"],
  },
  {
    seriesKind: "case_management",
    text: "ส่งรายการรหัสกรณีที่คณะนักสังคมสงเคราะห์จะเข้าพบล่วงหน้าสองสัปดาห์ก่อนการเยี่ยม",
    language: "th",
    ownerKeys: ["datip"],
    progress: ["รวบรวมรายการจากสถานคุ้มครองแล้ว", "ส่งรายการให้ฝ่ายเมียนมาผ่านช่องทางที่ตกลงไว้แล้ว"],
  },
  {
    seriesKind: "case_management",
    text: "ပြန်လည်ရောက်ရှိလာသူများ၏ လူမှုဘဝ ပြန်လည်ပေါင်းစည်းမှု အခြေအနေကို စုစုပေါင်းကိန်းဂဏန်းဖြင့် အစီရင်ခံရန်။",
    language: "my",
    ownerKeys: ["dor"],
    progress: [
      "မြို့နယ်လူမှုဝန်ထမ်းရုံးများထံမှ အချက်အလက်များ စုဆောင်းနေဆဲ ဖြစ်ပါသည်။",
      "အစီရင်ခံစာ မူကြမ်း ပြီးစီးပါပြီ။ ဌာနအကြီးအကဲ၏ အတည်ပြုချက်ကို စောင့်ဆိုင်းနေပါသည်။",
    ],
  },

  // Tak provincial sub-committee
  {
    seriesKind: "provincial_subcommittee",
    text: "Review the labour-exploitation referral path with DLPW.",
    language: "en",
    ownerKeys: ["psdhs-tak", "dlpw"],
    progress: [
      "Working meeting held with the labour protection office and three NGOs.",
      "Revised flowchart drafted: NGOs may refer directly for screening, with a copy to PSDHS.",
      "Flowchart endorsed by the sub-committee and shared with the network.",
    ],
  },
  {
    seriesKind: "provincial_subcommittee",
    text: "Submit the provincial statistics to DATIP after each meeting.",
    language: "en",
    ownerKeys: ["psdhs-tak"],
    progress: ["Figures for the quarter sent to DATIP.", "DATIP asked for a breakdown by age band; added."],
  },
  {
    seriesKind: "provincial_subcommittee",
    text: "Include the joint awareness campaign in border communities in the provincial work plan.",
    language: "en",
    ownerKeys: ["psdhs-tak", "ngo-community-1"],
    progress: [
      "Campaign outline agreed with the NGO network.",
      "Added to the work plan; waiting for the Governor's signature.",
    ],
  },
  {
    seriesKind: "provincial_subcommittee",
    text: "Refer cases with trafficking indicators found during inspections to the MDT within 24 hours.",
    language: "en",
    ownerKeys: ["dlpw", "immigration-tak"],
    progress: [
      "Instruction sent to all inspectors.",
      "Two referrals made this quarter, both within the time limit.",
    ],
  },
  {
    seriesKind: "provincial_subcommittee",
    text: "จัดทำสถิติรายไตรมาสจำแนกตามประเภทการแสวงประโยชน์ เพศ และช่วงอายุ",
    language: "th",
    ownerKeys: ["psdhs-tak"],
    progress: ["ปรับแบบรายงานแล้ว รอข้อมูลจากตำรวจ", "จัดทำสถิติไตรมาสนี้เสร็จแล้ว นำเสนอในการประชุมครั้งถัดไป"],
  },
  {
    seriesKind: "provincial_subcommittee",
    text: "เสนอขอปรับเพิ่มงบประมาณค่าตอบแทนล่ามในปีงบประมาณถัดไป",
    language: "th",
    ownerKeys: ["psdhs-tak"],
    progress: ["จัดทำคำขอพร้อมสถิติการใช้ล่ามของปีที่ผ่านมาแล้ว", "ส่งคำของบประมาณให้กระทรวงแล้ว รอผลการพิจารณา"],
  },
  {
    seriesKind: "provincial_subcommittee",
    text: "จัดตรวจแรงงานร่วมกับตำรวจ โดยเชิญองค์กรพัฒนาเอกชนเข้าร่วมสังเกตการณ์",
    language: "th",
    ownerKeys: ["dlpw", "rtp"],
    progress: [
      "กำหนดแผนการตรวจร่วมแล้ว เชิญองค์กรพัฒนาเอกชน 2 องค์กร",
      "ตรวจร่วมแล้ว 6 แห่ง พบกรณีที่ต้องส่งต่อคัดกรอง 1 กรณี",
    ],
  },
  {
    seriesKind: "provincial_subcommittee",
    text: "ตรวจสอบบริษัทจัดหางานและใบอนุญาตทำงานในพื้นที่ชายแดน",
    language: "th",
    ownerKeys: ["doe"],
    progress: ["ตรวจแล้ว 9 แห่ง ออกหนังสือตักเตือน 3 แห่ง", "ติดตามผลการแก้ไขของบริษัทที่ได้รับหนังสือตักเตือนแล้ว"],
  },
];

/* ---------------------------------------------------------------------------------------------- */
/* Delegates: invented names of government and NGO staff (never victims), romanized with honorifics */

export const DELEGATE_NAMES: Readonly<{ th: readonly string[]; mm: readonly string[] }> = {
  th: [
    "Ms Pimchanok Srisuwan",
    "Mr Thanakorn Wongsaeng",
    "Ms Kanokwan Boonmee",
    "Mr Somchai Inthawong",
    "Ms Waraporn Kaewmanee",
    "Mr Nattapong Saetang",
    "Ms Siriporn Chanthara",
    "Pol. Lt. Col. Anucha Rattanakul",
    "Ms Duangjai Phromsuk",
    "Mr Kittipong Sangthong",
    "Ms Jiraporn Meesuk",
    "Mr Prasit Thongdee",
    "Ms Orathai Khamsaen",
    "Mr Wichai Ponsawat",
    "Ms Suphawadee Thongkham",
    "Mr Apichart Nilsuwan",
    "Ms Rattana Yodsuwan",
    "Mr Chaiwat Kongkaew",
    "Ms Nongluck Saengchan",
    "Mr Surasak Phetmanee",
    "Ms Thidarat Boonyasit",
    "Mr Pongsak Chaiyaphum",
    "Ms Kamonwan Intarasuk",
    "Mr Teerawat Sukprasert",
    "Ms Benjawan Raksawong",
    "Pol. Maj. Sakda Lertwattana",
    "Ms Patcharee Wannasiri",
    "Mr Niwat Kaewsuwan",
    "Ms Chutima Sriwichai",
    "Mr Ekkachai Buaphan",
  ],
  mm: [
    "U Kyaw Zin Htet",
    "Daw Thandar Win",
    "Ma Hnin Ei Phyu",
    "Ko Min Thu Aung",
    "Saw Eh Htoo",
    "Naw Paw Say",
    "Daw Khin Sandar Oo",
    "U Aung Myo Lwin",
    "Nan Kyi Kyi Mar",
    "Saw Ler Wah",
    "Naw Htoo Htoo Paw",
    "Ma Zin Mar Phyo",
    "Ko Thet Naing Oo",
    "Daw Nilar Myint",
    "U Soe Moe Kyaw",
    "Mahn Tun Lin",
    "Naw Mu Mu Say",
    "Saw Kaw Htoo",
    "Ma Yadanar Soe",
    "Ko Zaw Lin Htike",
    "Daw Moe Moe Aye",
    "U Than Htike Oo",
    "Naw Eh Kaw Paw",
    "Saw Pah Lah",
    "Ma Su Myat Noe",
    "Ko Pyae Phyo Kyaw",
    "Daw Tin Zar Maw",
    "U Htay Lwin Oo",
    "Naw Lah Say Paw",
    "Saw Thaw Thi",
  ],
};
