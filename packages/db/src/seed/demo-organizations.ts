import type { Language } from "@moei/domain/shared";
import type { DemoAgreement, DemoOrganization, DemoSeries, Trilingual } from "./demo-types.ts";

/**
 * Organizations, agreements and meeting series of the demo dataset (DOMAIN.md §1, §2, §5, §9).
 *
 * Government and UN bodies are real and carry their official names; their contacts are invented
 * staff (no real person, no phone number, e-mail or address). The 23 Mae Sot NGOs and CBOs are
 * fictional: invented, politically neutral names that match no real organization. Nothing here
 * describes a victim. Where DOMAIN.md marks a fact [?], the conservative choice is taken and noted.
 */

const t = (en: string, th: string, my: string): Trilingual => ({ en, th, my });

const person = (name: string, title: string, ...languages: Language[]) => ({ name, title, languages });

// ---------------------------------------------------------------------------------------------
// Organizations: Thai government

const THAI_GOVERNMENT: readonly DemoOrganization[] = [
  {
    key: "msdhs",
    name: t(
      "Ministry of Social Development and Human Security",
      "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
      "ထိုင်း လူမှုဖွံ့ဖြိုးရေးနှင့် လူသားလုံခြုံရေးဝန်ကြီးဌာန",
    ),
    acronym: "MSDHS",
    kind: "ministry",
    country: "TH",
    fictional: false,
    contacts: [
      person("Wilaiwan Srisawat", "Senior Social Development Officer, International Cooperation", "th", "en"),
    ],
  },
  {
    key: "datip",
    name: t("Division of Anti-Trafficking in Persons", "กองต่อต้านการค้ามนุษย์", "ထိုင်း လူကုန်ကူးမှုတိုက်ဖျက်ရေးဌာနခွဲ"),
    acronym: "DATIP",
    kind: "department",
    country: "TH",
    parentKey: "msdhs",
    fictional: false,
    contacts: [
      person("Chanida Rattanakorn", "Social Development Officer (Professional Level)", "th", "en"),
      person("Thanakorn Boonmee", "Policy and Plan Analyst", "th", "en"),
    ],
  },
  {
    key: "psdhs-tak",
    name: t(
      "Tak Provincial Office of Social Development and Human Security",
      "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตาก",
      "တာ့ခ်ခရိုင် လူမှုဖွံ့ဖြိုးရေးနှင့် လူသားလုံခြုံရေးရုံး",
    ),
    acronym: "PSDHS Tak",
    kind: "provincial_office",
    country: "TH",
    province: "Tak",
    parentKey: "msdhs",
    fictional: false,
    contacts: [
      person("Pornthip Kaewkham", "Social Development Officer, Anti-Trafficking Unit", "th", "en"),
      person("Supachai Inkaew", "Social Worker", "th"),
    ],
  },
  {
    key: "psdhs-ranong",
    name: t(
      "Ranong Provincial Office of Social Development and Human Security",
      "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดระนอง",
      "ရနောင်းခရိုင် လူမှုဖွံ့ဖြိုးရေးနှင့် လူသားလုံခြုံရေးရုံး",
    ),
    acronym: "PSDHS Ranong",
    kind: "provincial_office",
    country: "TH",
    province: "Ranong",
    parentKey: "msdhs",
    fictional: false,
    contacts: [person("Somchai Intharat", "Social Development Officer", "th")],
  },
  {
    key: "psdhs-chiang-rai",
    name: t(
      "Chiang Rai Provincial Office of Social Development and Human Security",
      "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย",
      "ချင်းရိုင်ခရိုင် လူမှုဖွံ့ဖြိုးရေးနှင့် လူသားလုံခြုံရေးရုံး",
    ),
    acronym: "PSDHS Chiang Rai",
    kind: "provincial_office",
    country: "TH",
    province: "Chiang Rai",
    parentKey: "msdhs",
    fictional: false,
    contacts: [person("Naruemon Chaiwong", "Social Development Officer", "th", "en")],
  },
  {
    key: "rtp",
    name: t("Royal Thai Police", "สำนักงานตำรวจแห่งชาติ", "ထိုင်းတော်ဝင်ရဲတပ်ဖွဲ့"),
    acronym: "RTP",
    kind: "police",
    country: "TH",
    fictional: false,
    contacts: [
      person("Kittipong Saengthong", "Police Lieutenant Colonel, Foreign Affairs Division", "th", "en"),
    ],
  },
  {
    key: "atpd",
    name: t(
      "Anti-Trafficking in Persons Division",
      "กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการค้ามนุษย์",
      "ထိုင်းရဲ လူကုန်ကူးမှုနှိမ်နင်းရေးဌာနခွဲ",
    ),
    acronym: "ATPD",
    kind: "police",
    country: "TH",
    parentKey: "rtp",
    fictional: false,
    contacts: [person("Sirirat Phromma", "Police Major, Inquiry Official", "th", "en")],
  },
  {
    // Immigration is a bureau of the Royal Thai Police, hence kind "police" and parent RTP.
    key: "immigration-tak",
    name: t("Tak Immigration Checkpoint", "ด่านตรวจคนเข้าเมืองจังหวัดตาก", "တာ့ခ်ခရိုင် လူဝင်မှုကြီးကြပ်ရေးဂိတ် (ထိုင်း)"),
    acronym: "Tak IMM",
    kind: "police",
    country: "TH",
    province: "Tak",
    parentKey: "rtp",
    fictional: false,
    contacts: [person("Anucha Thepsiri", "Police Captain, Immigration Inspector", "th", "en")],
  },
  {
    key: "dsi",
    name: t("Department of Special Investigation", "กรมสอบสวนคดีพิเศษ", "ထိုင်း အထူးစုံစမ်းစစ်ဆေးရေးဦးစီးဌာန"),
    acronym: "DSI",
    kind: "department",
    country: "TH",
    fictional: false,
    contacts: [
      person("Pimchanok Wattana", "Special Case Officer, Anti-Human Trafficking Center", "th", "en"),
    ],
  },
  {
    key: "oag",
    name: t(
      "Office of the Attorney General – Office of Human Trafficking Cases",
      "สำนักงานคดีค้ามนุษย์ สำนักงานอัยการสูงสุด",
      "ထိုင်း ရှေ့နေချုပ်ရုံး – လူကုန်ကူးမှုအမှုများဆိုင်ရာရုံး",
    ),
    acronym: "OAG",
    kind: "prosecutor",
    country: "TH",
    fictional: false,
    contacts: [person("Atthaphon Siriwat", "Public Prosecutor", "th", "en")],
  },
  {
    // Not in the brief's list, but DOE and DLPW are departments of this ministry, and it is the Thai
    // party to the labour MOUs (DOMAIN.md §2).
    key: "mol",
    name: t("Ministry of Labour", "กระทรวงแรงงาน", "ထိုင်း အလုပ်သမားဝန်ကြီးဌာန"),
    acronym: "MOL",
    kind: "ministry",
    country: "TH",
    fictional: false,
    contacts: [person("Kanya Thongchai", "Foreign Relations Officer", "th", "en")],
  },
  {
    key: "doe",
    name: t("Department of Employment", "กรมการจัดหางาน", "ထိုင်း အလုပ်အကိုင်ဦးစီးဌာန"),
    acronym: "DOE",
    kind: "department",
    country: "TH",
    parentKey: "mol",
    fictional: false,
    contacts: [person("Rungnapa Chansuk", "Employment Officer, Foreign Workers Administration", "th", "en")],
  },
  {
    key: "dlpw",
    name: t(
      "Department of Labour Protection and Welfare",
      "กรมสวัสดิการและคุ้มครองแรงงาน",
      "ထိုင်း အလုပ်သမား ကာကွယ်စောင့်ရှောက်ရေးနှင့် သက်သာချောင်ချိရေးဦးစီးဌာန",
    ),
    acronym: "DLPW",
    kind: "department",
    country: "TH",
    parentKey: "mol",
    fictional: false,
    contacts: [person("Prasert Nilkhum", "Labour Inspector", "th")],
  },
  {
    key: "mfa",
    name: t("Ministry of Foreign Affairs", "กระทรวงการต่างประเทศ", "ထိုင်း နိုင်ငံခြားရေးဝန်ကြီးဌာန"),
    acronym: "MFA",
    kind: "ministry",
    country: "TH",
    fictional: false,
    contacts: [
      person("Pattarin Sukjai", "Second Secretary, Department of International Organizations", "th", "en"),
    ],
  },
  {
    key: "nsc",
    name: t(
      "Office of the National Security Council",
      "สำนักงานสภาความมั่นคงแห่งชาติ",
      "ထိုင်း အမျိုးသားလုံခြုံရေးကောင်စီရုံး",
    ),
    acronym: "NSC",
    kind: "department",
    country: "TH",
    fictional: false,
    contacts: [person("Weerapong Klaharn", "Policy and Plan Analyst", "th", "en")],
  },
];

// ---------------------------------------------------------------------------------------------
// Organizations: Myanmar government

const MYANMAR_GOVERNMENT: readonly DemoOrganization[] = [
  {
    key: "moha",
    name: t("Ministry of Home Affairs", "กระทรวงมหาดไทย (เมียนมา)", "ပြည်ထဲရေးဝန်ကြီးဌာန"),
    acronym: "MOHA",
    kind: "ministry",
    country: "MM",
    fictional: false,
    contacts: [person("U Htet Aung Kyaw", "Deputy Director", "my", "en")],
  },
  {
    // Formerly the Anti-Trafficking Task Force (ATTF); border liaison offices in Tachileik,
    // Kawthaung and Myawaddy (DOMAIN.md §1).
    key: "mpf-atipd",
    name: t(
      "Myanmar Police Force – Anti-Trafficking in Persons Division",
      "กองต่อต้านการค้ามนุษย์ กองกำลังตำรวจเมียนมา",
      "မြန်မာနိုင်ငံရဲတပ်ဖွဲ့ လူကုန်ကူးမှုတိုက်ဖျက်ရေးဌာနခွဲ",
    ),
    acronym: "ATIPD",
    kind: "police",
    country: "MM",
    parentKey: "moha",
    fictional: false,
    contacts: [
      person("Zaw Myo Hlaing", "Police Major, Border Liaison Office", "my", "en"),
      person("Daw Nwe Nwe Khaing", "Police Captain, Victim Support Desk", "my"),
    ],
  },
  {
    key: "mswrr",
    name: t(
      "Ministry of Social Welfare, Relief and Resettlement",
      "กระทรวงสวัสดิการสังคม การบรรเทาทุกข์และการตั้งถิ่นฐานใหม่ (เมียนมา)",
      "လူမှုဝန်ထမ်း၊ ကယ်ဆယ်ရေးနှင့် ပြန်လည်နေရာချထားရေးဝန်ကြီးဌာန",
    ),
    acronym: "MSWRR",
    kind: "ministry",
    country: "MM",
    fictional: false,
    contacts: [person("Daw Thandar Hlaing", "Assistant Director", "my", "en")],
  },
  {
    key: "dsw",
    name: t("Department of Social Welfare", "กรมสวัสดิการสังคม (เมียนมา)", "လူမှုဝန်ထမ်းဦးစီးဌာန"),
    acronym: "DSW",
    kind: "department",
    country: "MM",
    parentKey: "mswrr",
    fictional: false,
    contacts: [
      person("Daw Khin Sandar Oo", "Social Worker, Return and Reintegration", "my", "en"),
      person("U Myo Min Thu", "Deputy Staff Officer", "my"),
    ],
  },
  {
    key: "dor",
    name: t("Department of Rehabilitation", "กรมฟื้นฟูสมรรถภาพ (เมียนมา)", "ပြန်လည်ထူထောင်ရေးဦးစီးဌာန"),
    acronym: "DOR",
    kind: "department",
    country: "MM",
    parentKey: "mswrr",
    fictional: false,
    contacts: [person("Daw Su Su Hlaing", "Staff Officer", "my", "en")],
  },
];

// ---------------------------------------------------------------------------------------------
// Organizations: international (no country)

const INTERNATIONAL: readonly DemoOrganization[] = [
  {
    key: "iom",
    name: t(
      "International Organization for Migration",
      "องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน",
      "အပြည်ပြည်ဆိုင်ရာ ရွှေ့ပြောင်းသွားလာမှုအဖွဲ့",
    ),
    acronym: "IOM",
    kind: "international_organization",
    fictional: false,
    contacts: [
      person("Nattaya Kongkaew", "Project Officer, Counter-Trafficking", "th", "en"),
      person("Ma Wint Yee Mon", "Programme Assistant, Mae Sot", "my", "th", "en"),
    ],
  },
  {
    key: "unicef",
    name: t(
      "United Nations Children's Fund",
      "องค์การทุนเพื่อเด็กแห่งสหประชาชาติ (ยูนิเซฟ)",
      "ကုလသမဂ္ဂ ကလေးများရန်ပုံငွေအဖွဲ့",
    ),
    acronym: "UNICEF",
    kind: "un_agency",
    fictional: false,
    contacts: [person("Jiraporn Meesuk", "Child Protection Officer", "th", "en")],
  },
  {
    key: "unodc",
    name: t(
      "United Nations Office on Drugs and Crime",
      "สำนักงานว่าด้วยยาเสพติดและอาชญากรรมแห่งสหประชาชาติ",
      "ကုလသမဂ္ဂ မူးယစ်ဆေးဝါးနှင့် ပြစ်မှုဆိုင်ရာရုံး",
    ),
    acronym: "UNODC",
    kind: "un_agency",
    fictional: false,
    contacts: [person("Thitima Rakkit", "Programme Officer, Trafficking in Persons", "th", "en")],
  },
];

// ---------------------------------------------------------------------------------------------
// Organizations: 23 fictional Mae Sot NGOs and CBOs (DOMAIN.md §5, §9). Invented names, chosen to
// match no real organization; staff names are typical Burmese and S'gaw Karen names, also invented.

const maeSot = (
  key: string,
  kind: DemoOrganization["kind"],
  name: Trilingual,
  acronym: string,
  contacts: DemoOrganization["contacts"],
): DemoOrganization => ({
  key,
  name,
  acronym,
  kind,
  country: "TH",
  province: "Tak",
  township: "Mae Sot",
  fictional: true,
  contacts,
});

const MAE_SOT_GROUPS: readonly DemoOrganization[] = [
  // Migrant health clinics (3)
  maeSot(
    "ngo-clinic-1",
    "clinic",
    t(
      "Silver Lotus Migrant Health Clinic",
      "คลินิกสุขภาพแรงงานข้ามชาติบัวเงิน",
      "ငွေကြာ ရွှေ့ပြောင်းလုပ်သား ကျန်းမာရေးဆေးခန်း",
    ),
    "SLMC",
    [
      person("Naw Eh Paw", "Clinic Coordinator", "ksw", "my", "th"),
      person("Ko Min Thant Zin", "Community Health Worker", "my", "th"),
    ],
  ),
  maeSot(
    "ngo-clinic-2",
    "clinic",
    t("Dawn Light Community Clinic", "คลินิกชุมชนแสงอรุณ", "အရုဏ်ရောင် ရပ်ရွာဆေးခန်း"),
    "DLCC",
    [person("Ma Su Myat Noe", "Nurse in Charge", "my", "en")],
  ),
  maeSot(
    "ngo-clinic-3",
    "clinic",
    t("Green Valley Mobile Clinic", "คลินิกเคลื่อนที่หุบเขาเขียว", "တောင်ကြားစိမ်း လှည့်လည်ဆေးခန်း"),
    "GVMC",
    [person("Saw Htoo Lwin", "Mobile Team Leader", "ksw", "my")],
  ),

  // Worker and labour-rights associations (3)
  maeSot(
    "ngo-workers-1",
    "migrant_association",
    t(
      "Garment Workers' Mutual Aid Association",
      "สมาคมแรงงานตัดเย็บเพื่อการช่วยเหลือซึ่งกันและกัน",
      "အထည်ချုပ်လုပ်သားများ အချင်းချင်းကူညီရေးအသင်း",
    ),
    "GWMA",
    [
      person("Ma Khin Thuzar Htwe", "Chairperson", "my", "th"),
      person("Ko Aung Naing Lin", "Outreach Worker", "my"),
    ],
  ),
  maeSot(
    "ngo-workers-2",
    "migrant_association",
    t("Borderland Farm Workers' Network", "เครือข่ายแรงงานภาคเกษตรชายแดน", "နယ်စပ်ဒေသ စိုက်ပျိုးရေးလုပ်သားများကွန်ရက်"),
    "BFWN",
    [person("Saw Kaw Lah Moo", "Network Coordinator", "ksw", "my", "th")],
  ),
  maeSot(
    "ngo-workers-3",
    "migrant_association",
    t(
      "Construction and Domestic Workers' Association",
      "สมาคมแรงงานก่อสร้างและแรงงานทำงานบ้าน",
      "ဆောက်လုပ်ရေးနှင့် အိမ်အကူလုပ်သားများအသင်း",
    ),
    "CDWA",
    [person("Daw Yin Yin Mar", "Secretary", "my")],
  ),

  // Legal aid and labour-law clinics (3)
  maeSot(
    "ngo-legal-1",
    "legal_aid",
    t("Balance Scale Legal Aid Centre", "ศูนย์ช่วยเหลือทางกฎหมายตาชั่ง", "ချိန်ခွင် ဥပဒေအကူအညီစင်တာ"),
    "BSLA",
    [
      person("U Kyaw Zeya Tun", "Legal Officer", "my", "th", "en"),
      person("Naw Htee Paw", "Paralegal", "ksw", "my"),
    ],
  ),
  maeSot(
    "ngo-legal-2",
    "legal_aid",
    t("Teak Tree Legal Counsel Group", "กลุ่มที่ปรึกษากฎหมายต้นสัก", "ကျွန်းပင် ဥပဒေအကြံပေးအဖွဲ့"),
    "TTLG",
    [person("Ma Ei Shwe Sin", "Labour Law Adviser", "my", "th", "en")],
  ),
  maeSot(
    "ngo-legal-3",
    "legal_aid",
    t("Mae Sot Community Paralegal Network", "เครือข่ายนักกฎหมายชุมชนแม่สอด", "မဲဆောက် ရပ်ရွာ ဥပဒေအကူများကွန်ရက်"),
    "MCPN",
    [person("Ko Nay Lin Aung", "Network Coordinator", "my", "th")],
  ),

  // Women's organizations (2 NGOs, 1 CBO)
  maeSot(
    "ngo-women-1",
    "ngo",
    t("Wild Orchid Women's Network", "เครือข่ายสตรีกล้วยไม้ป่า", "တောသစ်ခွ အမျိုးသမီးကွန်ရက်"),
    "WOWN",
    [person("Naw Say Say", "Programme Manager", "ksw", "my", "en")],
  ),
  maeSot("ngo-women-2", "ngo", t("Loom Women's Collective", "กลุ่มสตรีกี่ทอผ้า", "ရက်ကန်းစင် အမျိုးသမီးအစုအဖွဲ့"), "LWC", [
    person("Ma Thiri Aung", "Coordinator", "my", "th"),
  ]),
  maeSot("ngo-women-3", "cbo", t("Hillside Mothers' Group", "กลุ่มแม่บ้านเชิงเขา", "တောင်ခြေ မိခင်များအဖွဲ့"), "HMG", [
    person("Nan Khin Aye", "Group Leader", "my", "ksw"),
  ]),

  // Shelters and safe houses (2; the second for children)
  maeSot(
    "ngo-shelter-1",
    "shelter",
    t("Banyan House Women's Shelter", "บ้านพักพิงสตรีต้นไทร", "ညောင်ပင်အိမ် အမျိုးသမီးများ ခိုလှုံရာ"),
    "BHWS",
    [person("Naw Pleh Wah", "Shelter Manager", "ksw", "my", "th")],
  ),
  maeSot(
    "ngo-shelter-2",
    "shelter",
    t("Bamboo Grove Children's Shelter", "บ้านพักเด็กป่าไผ่", "ဝါးရုံ ကလေးသူငယ်များ ခိုလှုံရာ"),
    "BGCS",
    [
      person("Ma Hnin Wai Phyo", "Child Protection Officer", "my", "th", "en"),
      person("Saw Ba Htoo", "Caretaker Supervisor", "ksw", "my"),
    ],
  ),

  // Migrant learning centres (4)
  maeSot(
    "ngo-learning-1",
    "learning_centre",
    t(
      "Clear Water Migrant Learning Centre",
      "ศูนย์การเรียนรู้เด็กข้ามชาติน้ำใส",
      "ရေကြည် ရွှေ့ပြောင်းကလေးများ သင်ကြားရေးစင်တာ",
    ),
    "CWLC",
    [person("Saw Eh Kler", "Head Teacher", "ksw", "my", "en")],
  ),
  maeSot(
    "ngo-learning-2",
    "learning_centre",
    t(
      "Tamarind Tree Migrant Learning Centre",
      "ศูนย์การเรียนรู้เด็กข้ามชาติต้นมะขาม",
      "မန်ကျည်းပင် ရွှေ့ပြောင်းကလေးများ သင်ကြားရေးစင်တာ",
    ),
    "TTLC",
    [person("Ma Phyu Phyu Win", "Head Teacher", "my", "th")],
  ),
  maeSot(
    "ngo-learning-3",
    "learning_centre",
    t(
      "New Sprout Migrant Learning Centre",
      "ศูนย์การเรียนรู้เด็กข้ามชาติต้นกล้า",
      "အညွန့်သစ် ရွှေ့ပြောင်းကလေးများ သင်ကြားရေးစင်တာ",
    ),
    "NSLC",
    [person("Ko Zaw Lin Htet", "Education Coordinator", "my", "en")],
  ),
  maeSot(
    "ngo-learning-4",
    "learning_centre",
    t(
      "Kite Hill Migrant Learning Centre",
      "ศูนย์การเรียนรู้เด็กข้ามชาติเนินว่าว",
      "စွန်တောင် ရွှေ့ပြောင်းကလေးများ သင်ကြားရေးစင်တာ",
    ),
    "KHLC",
    [person("Naw Mu Mu", "Head Teacher", "ksw", "my")],
  ),

  // Hotlines (2)
  maeSot(
    "ngo-hotline-1",
    "ngo",
    t("Three Languages Helpline", "สายด่วนสามภาษา", "ဘာသာစကားသုံးမျိုး အကူအညီဖုန်းလိုင်း"),
    "TLH",
    [person("Ma Yadanar Soe", "Helpline Supervisor", "my", "th", "ksw")],
  ),
  maeSot(
    "ngo-hotline-2",
    "ngo",
    t("Lantern Helpline for Migrant Workers", "สายด่วนตะเกียงเพื่อแรงงานข้ามชาติ", "မီးအိမ် ရွှေ့ပြောင်းလုပ်သား အကူအညီဖုန်းလိုင်း"),
    "LHMW",
    [person("Ko Thura Kyaw", "Helpline Counsellor", "my", "th")],
  ),

  // Community and faith groups (2)
  maeSot(
    "ngo-community-1",
    "cbo",
    t("Mae Sot Interfaith Volunteers", "กลุ่มอาสาสมัครหลากศาสนาแม่สอด", "မဲဆောက် ဘာသာစုံ စေတနာ့ဝန်ထမ်းအဖွဲ့"),
    "MIV",
    [person("U Tin Maung Win", "Volunteer Coordinator", "my", "th")],
  ),
  maeSot(
    "ngo-community-2",
    "cbo",
    t("Riverbank Neighbourhood Welfare Group", "กลุ่มสวัสดิการชุมชนริมน้ำ", "မြစ်ကမ်းနား ရပ်ကွက် လူမှုဖူလုံရေးအဖွဲ့"),
    "RNWG",
    [person("Daw Aye Aye Than", "Committee Chair", "my")],
  ),

  // Community radio (1)
  maeSot(
    "ngo-radio-1",
    "cbo",
    t("Hilltop Waves Community Radio", "วิทยุชุมชนคลื่นยอดดอย", "တောင်ထိပ်လှိုင်း ရပ်ရွာရေဒီယို"),
    "HWCR",
    [
      person("Saw Nyi Nyi", "Station Manager", "ksw", "my", "th"),
      person("Ma Khaing Zar Lwin", "Programme Producer", "my"),
    ],
  ),
];

/** The keys of the 23 fictional Mae Sot groups, in the order above. */
const MAE_SOT_KEYS: readonly string[] = MAE_SOT_GROUPS.map((o) => o.key);

export const ORGANIZATIONS: readonly DemoOrganization[] = [
  ...THAI_GOVERNMENT,
  ...MYANMAR_GOVERNMENT,
  ...INTERNATIONAL,
  ...MAE_SOT_GROUPS,
];

// ---------------------------------------------------------------------------------------------
// Agreements (DOMAIN.md §2). Signatories are offices, never personal names. Where a source gives
// only the month, or a signatory's office is not in DOMAIN.md, the comment says so.

type Party = DemoAgreement["parties"][number];
type Country = NonNullable<Party["country"]>;

const COUNTRY_NAMES: Readonly<Record<Country, string>> = {
  TH: "Thailand",
  MM: "Myanmar",
  KH: "Cambodia",
  LA: "the Lao PDR",
  VN: "Viet Nam",
  CN: "China",
  MY: "Malaysia",
  ID: "Indonesia",
  PH: "the Philippines",
  SG: "Singapore",
  BN: "Brunei Darussalam",
};

/** A government party, represented by `organizationKey` where the demo has that body. */
const government = (country: Country, office: string, organizationKey?: string): Party => ({
  country,
  ...(organizationKey === undefined ? {} : { organizationKey }),
  signatories: [{ name: office, title: `For the Government of ${COUNTRY_NAMES[country]}` }],
});

/** A Thai agency signing in its own name (the MOU-ATD has seven). */
const agency = (organizationKey: string, office: string, forWhom: string): Party => ({
  country: "TH",
  organizationKey,
  signatories: [{ name: office, title: `For the ${forWhom}` }],
});

const MSDHS_MINISTER = "Minister of Social Development and Human Security";

const area = (number: string, title: Trilingual) => ({ number, title });

const PREVENTION = t("Prevention", "การป้องกัน", "ကြိုတင်ကာကွယ်ခြင်း");
const PROTECTION_RECOVERY_REINTEGRATION = t(
  "Protection, recovery and reintegration",
  "การคุ้มครอง การฟื้นฟู และการคืนสู่สังคม",
  "ကာကွယ်စောင့်ရှောက်ခြင်း၊ ပြန်လည်နာလန်ထူစေခြင်းနှင့် ပြန်လည်ပေါင်းစည်းခြင်း",
);

const TH_MM_SOP_STEPS: NonNullable<DemoAgreement["sopSteps"]> = [
  {
    key: "identification",
    title: t(
      "Identification in Thailand and shelter placement",
      "การคัดแยกผู้เสียหายในประเทศไทยและการส่งเข้าสถานคุ้มครอง",
      "ထိုင်းနိုင်ငံတွင် လူကုန်ကူးခံရသူအဖြစ် ခွဲခြားသတ်မှတ်ခြင်းနှင့် ခိုလှုံရာနေရာ ထားရှိခြင်း",
    ),
    responsibleSide: "TH",
    // Up to 15 days in a temporary shelter before the identification interview (DOMAIN.md §4, S56).
    targetDays: 15,
  },
  {
    key: "interview_consent",
    title: t(
      "Case interview, documentation and consent to return",
      "การสัมภาษณ์ การจัดทำเอกสารรายกรณี และความยินยอมในการเดินทางกลับ",
      "အမှုတွဲအတွက် တွေ့ဆုံမေးမြန်းခြင်း၊ မှတ်တမ်းပြုစုခြင်းနှင့် နေရပ်ပြန်ရန် သဘောတူညီချက်ရယူခြင်း",
    ),
    responsibleSide: "TH",
  },
  {
    key: "nationality_verification",
    title: t(
      "Request for nationality verification and family tracing",
      "การขอให้ประเทศต้นทางพิสูจน์สัญชาติและสืบหาครอบครัว",
      "နိုင်ငံသားဖြစ်ကြောင်း စိစစ်အတည်ပြုရန်နှင့် မိသားစုကို ရှာဖွေရန် တောင်းခံခြင်း",
    ),
    responsibleSide: "joint",
  },
  {
    key: "family_assessment",
    title: t(
      "Family assessment returned; caseworker visits",
      "ประเทศต้นทางส่งผลการประเมินครอบครัว และนักสังคมสงเคราะห์เข้าเยี่ยม",
      "မိသားစုအခြေအနေ ဆန်းစစ်ချက် ပြန်လည်ပေးပို့ခြင်းနှင့် လူမှုဝန်ထမ်းများ လာရောက်တွေ့ဆုံခြင်း",
    ),
    responsibleSide: "MM",
  },
  {
    key: "cmm_listing",
    title: t(
      "Case listed at the Case Management Meeting; return batch agreed",
      "นำรายกรณีเข้าสู่การประชุม CMM และตกลงรอบการส่งกลับ",
      "အမှုကို CMM အစည်းအဝေးတွင် စာရင်းသွင်းခြင်းနှင့် ပြန်ပို့မည့်အသုတ်ကို သဘောတူခြင်း",
    ),
    responsibleSide: "joint",
  },
  {
    // The name list goes out 3–5 days before the handover (S9): a lead time, not a step duration.
    key: "documents_logistics",
    title: t(
      "Travel documents and logistics; name list shared 3–5 days before the handover",
      "เอกสารการเดินทางและการจัดเตรียมการเดินทาง แจ้งรายชื่อล่วงหน้า 3–5 วันก่อนการส่งมอบ",
      "ခရီးသွားစာရွက်စာတမ်းနှင့် ပို့ဆောင်ရေးစီစဉ်ခြင်း၊ လွှဲပြောင်းမည့်နေ့မတိုင်မီ ၃–၅ ရက်အလိုတွင် အမည်စာရင်း ပေးပို့ခြင်း",
    ),
    responsibleSide: "joint",
  },
  {
    key: "handover",
    title: t("Handover at the border crossing", "การส่งมอบตัว ณ จุดผ่านแดน", "နယ်စပ်ဂိတ်တွင် လွှဲပြောင်းအပ်နှံခြင်း"),
    responsibleSide: "joint",
  },
  {
    key: "reception",
    title: t(
      "Reception: border shelter, then the Department of Social Welfare programme",
      "การรับตัว: พักที่สถานพักพิงชายแดน แล้วเข้าโครงการของกรมสวัสดิการสังคมเมียนมา",
      "လက်ခံခြင်း – နယ်စပ်ခိုလှုံရာတွင် ထားရှိပြီးနောက် လူမှုဝန်ထမ်းဦးစီးဌာန၏ အစီအစဉ်သို့ ပို့ဆောင်ခြင်း",
    ),
    responsibleSide: "MM",
    // 3 days in a border shelter, then a 14-day DSW programme, as described in 2010 (S53).
    targetDays: 17,
  },
  {
    key: "reintegration",
    title: t(
      "Reintegration support, follow-up and feedback to Thailand",
      "การสนับสนุนการคืนสู่สังคม การติดตามผล และการแจ้งผลกลับไปยังประเทศไทย",
      "ပြန်လည်ပေါင်းစည်းရေး အထောက်အပံ့၊ နောက်ဆက်တွဲ စောင့်ကြည့်ခြင်းနှင့် ထိုင်းဘက်သို့ အကြောင်းပြန်ခြင်း",
    ),
    responsibleSide: "MM",
  },
];

export const AGREEMENTS: readonly DemoAgreement[] = [
  {
    key: "commit-mou-2004",
    kind: "mou",
    title: t(
      "Memorandum of Understanding on Cooperation against Trafficking in Persons in the Greater Mekong Sub-Region (COMMIT)",
      "บันทึกความเข้าใจว่าด้วยความร่วมมือในการต่อต้านการค้ามนุษย์ในอนุภูมิภาคลุ่มแม่น้ำโขง (COMMIT)",
      "မဲခေါင်ဒေသခွဲအတွင်း လူကုန်ကူးမှုတိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ နားလည်မှုစာချွန်လွှာ (COMMIT)",
    ),
    status: "in_force",
    // Signed in Yangon by ministers of the six countries (S18). DOMAIN.md names no signing offices:
    // Thailand's is taken to be the MSDHS Minister (MSDHS is the focal ministry) [I], and Myanmar is
    // represented by MOHA, home of its anti-trafficking bodies [I]; the others are left generic.
    parties: [
      government("KH", "Head of the Cambodian delegation (ministerial level)"),
      government("CN", "Head of the Chinese delegation (ministerial level)"),
      government("LA", "Head of the Lao delegation (ministerial level)"),
      government("MM", "Head of the Myanmar delegation (ministerial level)", "moha"),
      government("TH", MSDHS_MINISTER, "msdhs"),
      government("VN", "Head of the Vietnamese delegation (ministerial level)"),
    ],
    areas: [
      area("1", t("Policy and cooperation", "นโยบายและความร่วมมือ", "မူဝါဒနှင့် ပူးပေါင်းဆောင်ရွက်မှု")),
      area(
        "2",
        t("Legal framework and law enforcement", "กรอบกฎหมายและการบังคับใช้กฎหมาย", "ဥပဒေမူဘောင်နှင့် ဥပဒေစိုးမိုးရေး"),
      ),
      area("3", PROTECTION_RECOVERY_REINTEGRATION),
      area("4", PREVENTION),
    ],
    // In force on signature [I]; carried out through Sub-regional Plans of Action, no expiry.
    dates: { signedOn: "2004-10-29", inForceOn: "2004-10-29" },
    renewal: { kind: "none" },
  },
  {
    key: "th-kh-mou-2003",
    kind: "mou",
    title: t(
      "Thailand–Cambodia MOU on Bilateral Cooperation for Eliminating Trafficking in Children and Women and Assisting Victims of Trafficking",
      "บันทึกความเข้าใจไทย–กัมพูชา ว่าด้วยความร่วมมือระดับทวิภาคีในการขจัดการค้าเด็กและหญิงและการให้ความช่วยเหลือแก่เหยื่อของการค้ามนุษย์",
      "ကလေးသူငယ်နှင့် အမျိုးသမီး ကုန်ကူးမှု ပပျောက်ရေးနှင့် လူကုန်ကူးခံရသူများကို ကူညီရေးဆိုင်ရာ ထိုင်း–ကမ္ဘောဒီးယား နှစ်နိုင်ငံ ပူးပေါင်းဆောင်ရွက်မှု နားလည်မှုစာချွန်လွှာ",
    ),
    status: "superseded",
    parties: [
      government("TH", MSDHS_MINISTER, "msdhs"),
      government("KH", "Head of the Cambodian delegation (ministerial level)"),
    ],
    areas: [
      area(
        "1",
        t(
          "Elimination of trafficking in children and women",
          "การขจัดการค้าเด็กและหญิง",
          "ကလေးသူငယ်နှင့် အမျိုးသမီး ကုန်ကူးမှု ပပျောက်ရေး",
        ),
      ),
      area(
        "2",
        t(
          "Assistance to victims of trafficking",
          "การให้ความช่วยเหลือแก่เหยื่อของการค้ามนุษย์",
          "လူကုန်ကူးခံရသူများကို ကူညီခြင်း",
        ),
      ),
    ],
    // DOMAIN.md gives only the year (S22, S23). The day, 31 May 2003 (Siem Reap), is background
    // knowledge not in the cited sources: verify before relying on it. A superseded agreement must
    // have been signed, so some date is needed to reach this status.
    dates: { signedOn: "2003-05-31", inForceOn: "2003-05-31", endedOn: "2014-10-30" },
    renewal: { kind: "by_agreement" },
    supersededByKey: "th-kh-mou-2014",
  },
  {
    key: "th-kh-mou-2014",
    kind: "mou",
    title: t(
      "Thailand–Cambodia MOU on Bilateral Cooperation for Eliminating Trafficking in Persons and Protecting Victims of Trafficking",
      "บันทึกความเข้าใจไทย–กัมพูชา ว่าด้วยความร่วมมือระดับทวิภาคีในการขจัดการค้ามนุษย์และการคุ้มครองผู้เสียหายจากการค้ามนุษย์",
      "လူကုန်ကူးမှု ပပျောက်ရေးနှင့် လူကုန်ကူးခံရသူများကို ကာကွယ်စောင့်ရှောက်ရေးဆိုင်ရာ ထိုင်း–ကမ္ဘောဒီးယား နှစ်နိုင်ငံ ပူးပေါင်းဆောင်ရွက်မှု နားလည်မှုစာချွန်လွှာ",
    ),
    status: "in_force",
    // Signed by the MSDHS Minister and Cambodia's Labour Minister (S24). A Plan of Action (2016), a
    // law-enforcement SOP (Aug 2022) and a joint action plan 2023–25 followed; not seeded separately.
    parties: [
      government("TH", MSDHS_MINISTER, "msdhs"),
      government("KH", "Minister of Labour and Vocational Training"),
    ],
    areas: [
      area("1", t("Elimination of trafficking in persons", "การขจัดการค้ามนุษย์", "လူကုန်ကူးမှု ပပျောက်ရေး")),
      area(
        "2",
        t(
          "Protection of victims of trafficking",
          "การคุ้มครองผู้เสียหายจากการค้ามนุษย์",
          "လူကုန်ကူးခံရသူများကို ကာကွယ်စောင့်ရှောက်ခြင်း",
        ),
      ),
    ],
    // In force on signature [I].
    dates: { signedOn: "2014-10-30", inForceOn: "2014-10-30" },
    renewal: { kind: "by_agreement" },
  },
  {
    key: "th-la-mou-2005",
    kind: "mou",
    title: t(
      "Thailand–Lao PDR MOU on Cooperation to Combat Trafficking in Persons, Especially Women and Children",
      "บันทึกความเข้าใจไทย–ลาว ว่าด้วยความร่วมมือในการต่อต้านการค้ามนุษย์โดยเฉพาะสตรีและเด็ก",
      "အထူးသဖြင့် အမျိုးသမီးနှင့် ကလေးသူငယ်များ လူကုန်ကူးမှု တိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ ထိုင်း–လာအို နားလည်မှုစာချွန်လွှာ",
    ),
    status: "under_review",
    parties: [
      government("TH", MSDHS_MINISTER, "msdhs"),
      government("LA", "Head of the Lao delegation (ministerial level)"),
    ],
    // Only what DOMAIN.md states: the return and reintegration process (§3) and the working group.
    areas: [
      area(
        "1",
        t(
          "Return and reintegration of victims",
          "การส่งกลับและการคืนสู่สังคมของผู้เสียหาย",
          "လူကုန်ကူးခံရသူများ နေရပ်ပြန်ပို့ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေး",
        ),
      ),
      area(
        "2",
        t(
          "Joint working group reviewing progress every 6 to 12 months",
          "คณะทำงานร่วมทบทวนความคืบหน้าทุก 6 ถึง 12 เดือน",
          "ပူးတွဲလုပ်ငန်းအဖွဲ့က ၆ လမှ ၁၂ လတစ်ကြိမ် တိုးတက်မှုကို ပြန်လည်သုံးသပ်ခြင်း",
        ),
      ),
    ],
    // In force on signature [I]. The cabinet approved a new draft on 21 Feb 2017 (S29); that date is
    // used as the start of the review. The signing of the new MOU is [?], so it is not seeded and
    // this one stays under review.
    dates: { signedOn: "2005-07-13", inForceOn: "2005-07-13", reviewStartedOn: "2017-02-21" },
    renewal: { kind: "by_agreement" },
  },
  {
    key: "th-mm-mou-2009",
    kind: "mou",
    title: t(
      "Thailand–Myanmar MOU on Cooperation to Combat Trafficking in Persons, Especially Women and Children",
      "บันทึกความเข้าใจไทย–เมียนมา ว่าด้วยความร่วมมือเพื่อต่อต้านการค้ามนุษย์โดยเฉพาะสตรีและเด็ก",
      "အထူးသဖြင့် အမျိုးသမီးနှင့် ကလေးသူငယ်များ လူကုန်ကူးမှု တိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ ထိုင်း–မြန်မာ နားလည်မှုစာချွန်လွှာ",
    ),
    status: "in_force",
    parties: [
      government("TH", MSDHS_MINISTER, "msdhs"),
      government("MM", "Minister of Home Affairs", "moha"),
    ],
    areas: [
      area("1", PREVENTION),
      area("2", PROTECTION_RECOVERY_REINTEGRATION),
      area(
        "3",
        t(
          "Law enforcement and criminal justice",
          "การบังคับใช้กฎหมายและกระบวนการยุติธรรมทางอาญา",
          "ဥပဒေစိုးမိုးရေးနှင့် ပြစ်မှုဆိုင်ရာ တရားစီရင်ရေး",
        ),
      ),
      area("4", t("Joint actions", "การดำเนินการร่วมกัน", "ပူးတွဲဆောင်ရွက်ချက်များ")),
    ],
    // Signed in Naypyitaw (S32, S33); in force on signature [I]. A review meeting was held in Aug 2018
    // and the cabinet approved a new draft on 12 Feb 2019 (S35), but its signing is [?]: this MOU is
    // kept in force and no successor is seeded. One IOM page dates the MOU to 2003 [?]; not followed.
    dates: { signedOn: "2009-04-24", inForceOn: "2009-04-24" },
    renewal: { kind: "by_agreement" },
  },
  {
    key: "th-vn-mou-2008",
    kind: "mou",
    title: t(
      "Thailand–Viet Nam MOU on Bilateral Cooperation for Eliminating Trafficking in Persons, Especially Women and Children, and Assisting Victims of Trafficking",
      "บันทึกความเข้าใจไทย–เวียดนาม ว่าด้วยความร่วมมือระดับทวิภาคีในการขจัดการค้ามนุษย์โดยเฉพาะสตรีและเด็ก และการให้ความช่วยเหลือแก่ผู้เสียหาย",
      "အထူးသဖြင့် အမျိုးသမီးနှင့် ကလေးသူငယ်များ လူကုန်ကူးမှု ပပျောက်ရေးနှင့် လူကုန်ကူးခံရသူများကို ကူညီရေးဆိုင်ရာ ထိုင်း–ဗီယက်နမ် နှစ်နိုင်ငံ ပူးပေါင်းဆောင်ရွက်မှု နားလည်မှုစာချွန်လွှာ",
    ),
    status: "in_force",
    parties: [
      government("TH", MSDHS_MINISTER, "msdhs"),
      government("VN", "Deputy Minister of Public Security"),
    ],
    areas: [
      area("1", t("Elimination of trafficking in persons", "การขจัดการค้ามนุษย์", "လူကုန်ကူးမှု ပပျောက်ရေး")),
      area(
        "2",
        t(
          "Assistance to victims of trafficking",
          "การให้ความช่วยเหลือแก่ผู้เสียหายจากการค้ามนุษย์",
          "လူကုန်ကူးခံရသူများကို ကူညီခြင်း",
        ),
      ),
    ],
    // In force on signature [I]. Its SOPs are [?] in DOMAIN.md and are not seeded.
    dates: { signedOn: "2008-03-24", inForceOn: "2008-03-24" },
    renewal: { kind: "by_agreement" },
  },
  {
    key: "th-mm-labour-mou-2016",
    kind: "mou",
    title: t(
      "Thailand–Myanmar MOU on Labour Cooperation",
      "บันทึกความเข้าใจไทย–เมียนมา ว่าด้วยความร่วมมือด้านแรงงาน",
      "အလုပ်သမားရေးရာ ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ ထိုင်း–မြန်မာ နားလည်မှုစာချွန်လွှာ",
    ),
    status: "in_force",
    // Signed with the companion Agreement on Employment of Workers (S40), which is not seeded
    // separately; the areas below are the employment terms reported for it (S42). The 2002/2003
    // originals have [?] dates and are not seeded.
    parties: [
      government("TH", "Minister of Labour", "mol"),
      government("MM", "Minister of Labour, Immigration and Population"),
    ],
    areas: [
      area(
        "1",
        t("Work permits of two to four years", "ใบอนุญาตทำงานคราวละสองถึงสี่ปี", "နှစ်နှစ်မှ လေးနှစ်အထိ အလုပ်လုပ်ကိုင်ခွင့်"),
      ),
      area(
        "2",
        t(
          "Thirty days at home before re-employment",
          "กลับภูมิลำเนาสามสิบวันก่อนกลับเข้าทำงานใหม่",
          "ပြန်လည်အလုပ်ခန့်ထားခြင်းမပြုမီ နေရပ်တွင် ရက်သုံးဆယ် နေထိုင်ခြင်း",
        ),
      ),
      area(
        "3",
        t(
          "Recruitment fees paid by employers",
          "นายจ้างเป็นผู้จ่ายค่าธรรมเนียมการจัดหางาน",
          "အလုပ်ရှင်က အလုပ်အကိုင်ရှာဖွေရေး အခကြေးငွေ ပေးချေခြင်း",
        ),
      ),
    ],
    // Illustrative: the expiry date is invented for the demo (so that a renewal reminder shows within
    // 180 days of 2026-11-21); no source gives one.
    dates: { signedOn: "2016-06-24", inForceOn: "2016-06-24", expiresOn: "2027-03-31" },
    renewal: { kind: "by_agreement" },
  },
  {
    key: "th-la-labour-mou-2016",
    kind: "mou",
    title: t(
      "Thailand–Lao PDR MOU on Labour Cooperation",
      "บันทึกความเข้าใจไทย–ลาว ว่าด้วยความร่วมมือด้านแรงงาน",
      "အလုပ်သမားရေးရာ ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ ထိုင်း–လာအို နားလည်မှုစာချွန်လွှာ",
    ),
    status: "in_force",
    // Signed in Bangkok by the two labour ministers (S41). DOMAIN.md says "Jul 2016"; the day, 6 July
    // 2016, is from the Thai Ministry of Labour's own news page (mol.go.th), outside DOMAIN.md.
    parties: [
      government("TH", "Minister of Labour", "mol"),
      government("LA", "Minister of Labour and Social Welfare"),
    ],
    areas: [
      area("1", t("Worker skill development", "การพัฒนาฝีมือแรงงาน", "လုပ်သားများ၏ ကျွမ်းကျင်မှု ဖွံ့ဖြိုးရေး")),
      area(
        "2",
        t(
          "Social benefits for Lao workers in Thailand",
          "สิทธิประโยชน์ทางสังคมของแรงงานลาวในประเทศไทย",
          "ထိုင်းနိုင်ငံရှိ လာအိုလုပ်သားများ၏ လူမှုဖူလုံရေး အကျိုးခံစားခွင့်",
        ),
      ),
      area("3", t("Academic cooperation", "ความร่วมมือทางวิชาการ", "ပညာရေးဆိုင်ရာ ပူးပေါင်းဆောင်ရွက်မှု")),
    ],
    // Illustrative: Laos proposed updating the MOU every five years (S43); the review date is
    // invented for the demo so that a review reminder shows within 180 days of 2026-11-21.
    dates: { signedOn: "2016-07-06", inForceOn: "2016-07-06", reviewDueOn: "2027-01-15" },
    renewal: { kind: "by_agreement" },
  },
  {
    key: "msdhs-iom-mou-2007",
    kind: "partnership_mou",
    title: t(
      "MOU between the Ministry of Social Development and Human Security and the International Organization for Migration",
      "บันทึกความเข้าใจระหว่างกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์กับองค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน",
      "ထိုင်း လူမှုဖွံ့ဖြိုးရေးနှင့် လူသားလုံခြုံရေးဝန်ကြီးဌာနနှင့် အပြည်ပြည်ဆိုင်ရာ ရွှေ့ပြောင်းသွားလာမှုအဖွဲ့တို့ကြား နားလည်မှုစာချွန်လွှာ",
    ),
    // Current status [?] (DOMAIN.md §2): only the signing is recorded, no entry into force.
    status: "signed",
    // Signing offices are not in DOMAIN.md; the usual ones for a ministry–IOM MOU are assumed [I].
    parties: [
      {
        country: "TH",
        organizationKey: "msdhs",
        signatories: [
          {
            name: "Permanent Secretary for Social Development and Human Security",
            title: "For the Ministry of Social Development and Human Security",
          },
        ],
      },
      {
        organizationKey: "iom",
        signatories: [
          {
            name: "Chief of Mission, IOM Thailand",
            title: "For the International Organization for Migration",
          },
        ],
      },
    ],
    areas: [
      area(
        "1",
        t(
          "Care and assistance for victims: screening and identification, referral, shelter management standards, return arrangements",
          "การดูแลและช่วยเหลือผู้เสียหาย: การคัดกรองและคัดแยก การส่งต่อ มาตรฐานการบริหารจัดการสถานคุ้มครอง และการจัดการส่งกลับ",
          "လူကုန်ကူးခံရသူများကို စောင့်ရှောက်ကူညီခြင်း – စိစစ်ခြင်းနှင့် ခွဲခြားသတ်မှတ်ခြင်း၊ လွှဲပြောင်းညွှန်းပို့ခြင်း၊ ခိုလှုံရာ စီမံခန့်ခွဲမှုစံနှုန်းများနှင့် နေရပ်ပြန်ပို့ရေး အစီအစဉ်များ",
        ),
      ),
      area(
        "2",
        t(
          "Training and capacity building of MSDHS and other officials",
          "การฝึกอบรมและเสริมสร้างศักยภาพเจ้าหน้าที่ของกระทรวงการพัฒนาสังคมฯ และหน่วยงานอื่น",
          "ဝန်ကြီးဌာနနှင့် အခြားအရာရှိများအတွက် သင်တန်းပေးခြင်းနှင့် စွမ်းရည်မြှင့်တင်ခြင်း",
        ),
      ),
      area(
        "3",
        t(
          "Bilateral and multilateral cooperation on return and reintegration",
          "ความร่วมมือทวิภาคีและพหุภาคีด้านการส่งกลับและการคืนสู่สังคม",
          "နေရပ်ပြန်ပို့ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေးဆိုင်ရာ နှစ်နိုင်ငံနှင့် ဘက်စုံ ပူးပေါင်းဆောင်ရွက်မှု",
        ),
      ),
      area(
        "4",
        t(
          "Developing bilateral and multilateral agreements, MOUs and SOPs",
          "การจัดทำความตกลง บันทึกความเข้าใจ และมาตรฐานการปฏิบัติงานระดับทวิภาคีและพหุภาคี",
          "နှစ်နိုင်ငံနှင့် ဘက်စုံ သဘောတူညီချက်များ၊ နားလည်မှုစာချွန်လွှာများနှင့် စံလုပ်ထုံးလုပ်နည်းများ ရေးဆွဲခြင်း",
        ),
      ),
      area(
        "5",
        t(
          "National awareness-raising and prevention through provincial offices",
          "การสร้างความตระหนักรู้และการป้องกันระดับประเทศผ่านสำนักงานระดับจังหวัด",
          "ခရိုင်ရုံးများမှတစ်ဆင့် နိုင်ငံအဆင့် အသိပညာမြှင့်တင်ခြင်းနှင့် ကြိုတင်ကာကွယ်ခြင်း",
        ),
      ),
    ],
    dates: { signedOn: "2007-08-06" },
    renewal: { kind: "none" },
  },
  {
    key: "mou-atd-2019",
    kind: "mou",
    title: t(
      "MOU on the Determination of Measures and Approaches Alternative to Detention of Children in Immigration Detention Centres (MOU-ATD)",
      "บันทึกความเข้าใจเรื่อง การกำหนดมาตรการและแนวทางแก้ไขปัญหาการกักตัวเด็กไว้ในสถานกักตัวคนต่างด้าว",
      "လူဝင်မှုကြီးကြပ်ရေး ထိန်းသိမ်းရေးစခန်းများတွင် ကလေးသူငယ်များကို ထိန်းသိမ်းခြင်းအစား အခြားနည်းလမ်းများ သတ်မှတ်ရေးဆိုင်ရာ နားလည်မှုစာချွန်လွှာ (MOU-ATD)",
    ),
    status: "in_force",
    // Seven Thai agencies signed (S45). Lists differ on the seventh (NSC or MFA) [?], so neither is
    // seeded; of the agencies every list names, only those in the demo directory are parties here
    // (the interior, health and education ministries are not seeded).
    parties: [
      agency("rtp", "Representative of the Royal Thai Police", "Royal Thai Police"),
      agency(
        "msdhs",
        "Representative of the Ministry of Social Development and Human Security",
        "Ministry of Social Development and Human Security",
      ),
      agency("mol", "Representative of the Ministry of Labour", "Ministry of Labour"),
    ],
    areas: [
      area(
        "1",
        t(
          "Detention of children only as a last resort and for the shortest possible time",
          "การกักตัวเด็กเป็นมาตรการสุดท้ายและให้สั้นที่สุดเท่าที่เป็นไปได้",
          "ကလေးသူငယ်များကို နောက်ဆုံးနည်းလမ်းအဖြစ်သာ ဖြစ်နိုင်သမျှ အတိုဆုံးကာလ ထိန်းသိမ်းခြင်း",
        ),
      ),
      area("2", t("Best interests of the child", "ประโยชน์สูงสุดของเด็ก", "ကလေးသူငယ်၏ အကောင်းဆုံးအကျိုးစီးပွား")),
      area(
        "3",
        t(
          "Family-based care first",
          "ให้ความสำคัญกับการดูแลโดยครอบครัวเป็นอันดับแรก",
          "မိသားစုအခြေပြု စောင့်ရှောက်မှုကို ဦးစားပေးခြင်း",
        ),
      ),
    ],
    // In force on signature [I].
    dates: { signedOn: "2019-01-21", inForceOn: "2019-01-21" },
    renewal: { kind: "none" },
  },
  {
    key: "mou-atd-sop-2020",
    kind: "sop",
    title: t(
      "Standard Operating Procedures implementing the MOU-ATD",
      "มาตรฐานการปฏิบัติงานตามบันทึกความเข้าใจเรื่องการกำหนดมาตรการและแนวทางแก้ไขปัญหาการกักตัวเด็กไว้ในสถานกักตัวคนต่างด้าว",
      "MOU-ATD ကို အကောင်အထည်ဖော်ရန် စံလုပ်ထုံးလုပ်နည်းများ",
    ),
    status: "in_force",
    parentKey: "mou-atd-2019",
    parties: [
      agency("rtp", "Representative of the Royal Thai Police", "Royal Thai Police"),
      agency(
        "msdhs",
        "Representative of the Ministry of Social Development and Human Security",
        "Ministry of Social Development and Human Security",
      ),
      agency("mol", "Representative of the Ministry of Labour", "Ministry of Labour"),
    ],
    areas: [],
    // "In force from September 2020" (S45): the month is sourced, the day (the 1st) is a placeholder,
    // and the signing date is not known, so it is set to the same day.
    dates: { signedOn: "2020-09-01", inForceOn: "2020-09-01" },
    renewal: { kind: "none" },
  },
  {
    key: "asean-actip",
    kind: "convention",
    title: t(
      "ASEAN Convention against Trafficking in Persons, Especially Women and Children (ACTIP)",
      "อนุสัญญาอาเซียนว่าด้วยการต่อต้านการค้ามนุษย์ โดยเฉพาะสตรีและเด็ก",
      "အထူးသဖြင့် အမျိုးသမီးနှင့် ကလေးသူငယ်များ လူကုန်ကူးမှု တိုက်ဖျက်ရေးဆိုင်ရာ အာဆီယံ ကွန်ဗင်းရှင်း (ACTIP)",
    ),
    status: "in_force",
    // Signed by the ASEAN leaders at the Kuala Lumpur summit. Thailand ratified in July 2016 (S50).
    parties: [
      government("BN", "Head of State or Government"),
      government("KH", "Head of State or Government"),
      government("ID", "Head of State or Government"),
      government("LA", "Head of State or Government"),
      government("MY", "Head of State or Government"),
      government("MM", "Head of State or Government", "moha"),
      government("PH", "Head of State or Government"),
      government("SG", "Head of State or Government"),
      government("TH", "Prime Minister", "msdhs"),
      government("VN", "Head of State or Government"),
    ],
    areas: [
      area("1", PREVENTION),
      area("2", t("Protection of victims", "การคุ้มครองผู้เสียหาย", "လူကုန်ကူးခံရသူများကို ကာကွယ်စောင့်ရှောက်ခြင်း")),
      area(
        "3",
        t(
          "Law enforcement and international cooperation",
          "การบังคับใช้กฎหมายและความร่วมมือระหว่างประเทศ",
          "ဥပဒေစိုးမိုးရေးနှင့် နိုင်ငံတကာ ပူးပေါင်းဆောင်ရွက်မှု",
        ),
      ),
    ],
    // Signed 21 Nov 2015 (one source says 22 Nov; S49). Entry into force: 30 days after the sixth
    // ratification, "early 2017" per S51; 8 March 2017 is the commonly cited date but is [?] in
    // DOMAIN.md and should be checked against the ASEAN Secretariat's treaty record.
    dates: { signedOn: "2015-11-21", inForceOn: "2017-03-08" },
    renewal: { kind: "none" },
  },
  {
    key: "th-mm-sop-2013",
    kind: "sop",
    title: t(
      "Thailand–Myanmar SOP on Case Management, Repatriation and Re/integration of Victims of Trafficking",
      "มาตรฐานการปฏิบัติงานไทย–เมียนมา ว่าด้วยการจัดการรายกรณี การส่งกลับ และการคืนสู่สังคมของผู้เสียหายจากการค้ามนุษย์",
      "လူကုန်ကူးခံရသူများ၏ အမှုစီမံခန့်ခွဲမှု၊ နေရပ်ပြန်ပို့ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေးဆိုင်ရာ ထိုင်း–မြန်မာ စံလုပ်ထုံးလုပ်နည်း",
    ),
    status: "in_force",
    parentKey: "th-mm-mou-2009",
    // Negotiated by the social welfare departments of MSDHS and MSWRR (S16); the signing offices are
    // not stated, so each ministry's representative is named.
    parties: [
      {
        country: "TH",
        organizationKey: "msdhs",
        signatories: [
          {
            name: "Representative of the Ministry of Social Development and Human Security",
            title: "For the Government of Thailand",
          },
        ],
      },
      {
        country: "MM",
        organizationKey: "mswrr",
        signatories: [
          {
            name: "Representative of the Ministry of Social Welfare, Relief and Resettlement",
            title: "For the Government of Myanmar",
          },
        ],
      },
    ],
    areas: [
      area("1", t("Case management", "การจัดการรายกรณี", "အမှုစီမံခန့်ခွဲမှု")),
      area("2", t("Repatriation", "การส่งกลับ", "နေရပ်ပြန်ပို့ရေး")),
      area("3", t("Re/integration", "การคืนสู่สังคม", "ပြန်လည်ပေါင်းစည်းရေး")),
    ],
    // Signed in Nay Pyi Taw in March 2013 (S16: "last month" in a release of 29 Apr 2013); the day
    // (the 1st) is a placeholder. In force on signature [I]. The review date is illustrative, invented
    // for the demo so that a review reminder shows within 180 days of 2026-11-21.
    dates: { signedOn: "2013-03-01", inForceOn: "2013-03-01", reviewDueOn: "2027-04-30" },
    renewal: { kind: "by_agreement" },
    sopSteps: TH_MM_SOP_STEPS,
  },
  {
    key: "th-mm-sop-annexes-2016",
    kind: "annex",
    title: t(
      "Annexes to the Thailand–Myanmar SOP on Case Management, Repatriation and Re/integration",
      "ภาคผนวกของมาตรฐานการปฏิบัติงานไทย–เมียนมา ว่าด้วยการจัดการรายกรณี การส่งกลับ และการคืนสู่สังคม",
      "ထိုင်း–မြန်မာ အမှုစီမံခန့်ခွဲမှု၊ နေရပ်ပြန်ပို့ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေး စံလုပ်ထုံးလုပ်နည်း၏ နောက်ဆက်တွဲများ",
    ),
    status: "in_force",
    parentKey: "th-mm-sop-2013",
    parties: [
      {
        country: "TH",
        organizationKey: "msdhs",
        signatories: [
          {
            name: "Representative of the Ministry of Social Development and Human Security",
            title: "For the Government of Thailand",
          },
        ],
      },
      {
        country: "MM",
        organizationKey: "mswrr",
        signatories: [
          {
            name: "Representative of the Ministry of Social Welfare, Relief and Resettlement",
            title: "For the Government of Myanmar",
          },
        ],
      },
    ],
    areas: [],
    // Signed at the 18th Case Management Meeting, Bangkok (S11); in force on signature [I].
    dates: { signedOn: "2016-09-13", inForceOn: "2016-09-13" },
    renewal: { kind: "by_agreement" },
  },
  {
    // FICTIONAL: an invented draft for the demo, not a real document.
    key: "bcatip-tak-workplan-fy2570",
    kind: "plan_of_action",
    title: t(
      "Tak–Myawaddy BCATIP Work Plan FY2570",
      "แผนปฏิบัติงาน BCATIP ตาก–เมียวดี ปีงบประมาณ 2570",
      "တာ့ခ်–မြဝတီ BCATIP လုပ်ငန်းအစီအစဉ် (ထိုင်းဘဏ္ဍာရေးနှစ် ၂၅၇၀)",
    ),
    status: "negotiating",
    parentKey: "th-mm-mou-2009",
    parties: [
      {
        country: "TH",
        organizationKey: "psdhs-tak",
        signatories: [{ name: "Head of Tak PSDHS", title: "For the Thai side of BCATIP Tak–Myawaddy" }],
      },
      {
        country: "MM",
        organizationKey: "mpf-atipd",
        signatories: [
          { name: "Myawaddy police commander", title: "For the Myanmar side of BCATIP Tak–Myawaddy" },
        ],
      },
    ],
    // The agenda of BCATIP 1/2561 (S5) as the plan's chapters.
    areas: [
      area("1", t("Joint situation reporting", "การรายงานสถานการณ์ร่วมกัน", "အခြေအနေကို ပူးတွဲအစီရင်ခံခြင်း")),
      area("2", t("Support to prosecution", "การสนับสนุนการดำเนินคดี", "တရားစွဲဆိုမှုကို ပံ့ပိုးကူညီခြင်း")),
      area(
        "3",
        t(
          "Monitoring the entry and exit routes used by traffickers",
          "การเฝ้าระวังเส้นทางเข้าออกของผู้ค้ามนุษย์",
          "လူကုန်ကူးသူများ အသုံးပြုသည့် ဝင်ထွက်လမ်းကြောင်းများကို စောင့်ကြည့်ခြင်း",
        ),
      ),
      area(
        "4",
        t(
          "Victim welfare and safe return",
          "สวัสดิภาพของผู้เสียหายและการส่งกลับอย่างปลอดภัย",
          "လူကုန်ကူးခံရသူများ၏ သက်သာချောင်ချိရေးနှင့် ဘေးကင်းစွာ နေရပ်ပြန်ရေး",
        ),
      ),
    ],
    dates: {},
    renewal: { kind: "none" },
  },
];

// ---------------------------------------------------------------------------------------------
// Meeting series (DOMAIN.md §1, §9)

const BANGKOK = "Asia/Bangkok";
const YANGON = "Asia/Yangon";

const thaiVenue = (venue: string) => ({ venue, hostSide: "TH" as const, zone: BANGKOK });
const myanmarVenue = (venue: string) => ({ venue, hostSide: "MM" as const, zone: YANGON });

/** BCATIP members common to the three border pairs; each adds its PSDHS and local partners. */
const BCATIP_MEMBERS: readonly string[] = ["atpd", "mpf-atipd", "dsw", "iom"];

export const SERIES: readonly DemoSeries[] = [
  {
    // No public source describes this meeting [?] (DOMAIN.md §1): it is treated as client-supplied,
    // with IOM Mae Sot facilitating as secretariat and no formal chair.
    key: "ngo-mae-sot-monthly",
    kind: "ngo_coordination",
    name: t(
      "Mae Sot NGO/CBO Monthly Coordination Meeting",
      "การประชุมประสานงานประจำเดือนขององค์กรพัฒนาเอกชนและองค์กรชุมชนในแม่สอด",
      "မဲဆောက်ရှိ အစိုးရမဟုတ်သော အဖွဲ့အစည်းများနှင့် ရပ်ရွာအခြေပြုအဖွဲ့များ လစဉ် ညှိနှိုင်းအစည်းအဝေး",
    ),
    memberKeys: MAE_SOT_KEYS,
    secretariatKey: "iom",
    chairs: [],
    countries: ["TH"],
    cadence: { rrule: "FREQ=MONTHLY;BYDAY=2TH", zone: BANGKOK, time: "09:30", durationMinutes: 180 },
    numbering: "sequential",
    confidentiality: "partners",
    languages: ["th", "my", "ksw", "en"],
    quorum: 0.5,
    // Fictional venue.
    venues: [thaiVenue("Padauk Room, Riverside Partners' Hall, Mae Sot")],
    interpretation: ["th", "my", "ksw"],
  },
  {
    // BCATIP 1/2561 was held on Monday 17 Sep 2018, the third Monday of the month (S5). The Tak
    // Governor chaired that meeting; the series chair is the PSDHS, as on the other border pairs.
    key: "bcatip-tak-myawaddy",
    kind: "bcatip",
    name: t(
      "Tak–Myawaddy Border Cooperation on Anti-Trafficking in Persons (BCATIP)",
      "การประชุมศูนย์ประสานงานชายแดนเพื่อต่อต้านการค้ามนุษย์ ไทย–เมียนมา (BCATIP) ตาก–เมียวดี",
      "ထိုင်း–မြန်မာ နယ်စပ် လူကုန်ကူးမှုတိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှု (BCATIP) အစည်းအဝေး – တာ့ခ်–မြဝတီ",
    ),
    memberKeys: [
      "psdhs-tak",
      "immigration-tak",
      ...BCATIP_MEMBERS,
      "ngo-shelter-1",
      "ngo-legal-1",
      "ngo-hotline-1",
    ],
    secretariatKey: "psdhs-tak",
    chairs: [
      { side: "TH", organizationKey: "psdhs-tak", title: "Head of Tak PSDHS" },
      { side: "MM", organizationKey: "mpf-atipd", title: "Myawaddy police commander" },
    ],
    countries: ["TH", "MM"],
    cadence: {
      rrule: "FREQ=MONTHLY;BYMONTH=3,9;BYDAY=3MO",
      zone: BANGKOK,
      time: "09:00",
      durationMinutes: 360,
    },
    numbering: "thai_year",
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    legalBasisKey: "th-mm-mou-2009",
    venues: [thaiVenue("Meeting room, Mae Sot, Tak"), myanmarVenue("Meeting hall, Myawaddy")],
    interpretation: ["th", "my"],
  },
  {
    // About two meetings a year, alternating sides [I]; the Ranong PSDHS head and the Kawthaung
    // police commander co-chair (S2, S3).
    key: "bcatip-ranong-kawthaung",
    kind: "bcatip",
    name: t(
      "Ranong–Kawthaung Border Cooperation on Anti-Trafficking in Persons (BCATIP)",
      "การประชุมศูนย์ประสานงานชายแดนเพื่อต่อต้านการค้ามนุษย์ ไทย–เมียนมา (BCATIP) ระนอง–เกาะสอง",
      "ထိုင်း–မြန်မာ နယ်စပ် လူကုန်ကူးမှုတိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှု (BCATIP) အစည်းအဝေး – ရနောင်း–ကော့သောင်း",
    ),
    memberKeys: ["psdhs-ranong", "rtp", ...BCATIP_MEMBERS],
    secretariatKey: "psdhs-ranong",
    chairs: [
      { side: "TH", organizationKey: "psdhs-ranong", title: "Head of Ranong PSDHS" },
      { side: "MM", organizationKey: "mpf-atipd", title: "Kawthaung police commander" },
    ],
    countries: ["TH", "MM"],
    cadence: {
      rrule: "FREQ=MONTHLY;BYMONTH=5,11;BYDAY=3TU",
      zone: BANGKOK,
      time: "09:00",
      durationMinutes: 360,
    },
    numbering: "thai_year",
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    legalBasisKey: "th-mm-mou-2009",
    venues: [myanmarVenue("Meeting hall, Kawthaung"), thaiVenue("Meeting room, Ranong PSDHS")],
    interpretation: ["th", "my"],
  },
  {
    // The 13th meeting was held on Wednesday 25 Sep 2019, the fourth Wednesday (S4).
    key: "bcatip-chiang-rai-tachileik",
    kind: "bcatip",
    name: t(
      "Chiang Rai–Tachileik Border Cooperation on Anti-Trafficking in Persons (BCATIP)",
      "การประชุมศูนย์ประสานงานชายแดนเพื่อต่อต้านการค้ามนุษย์ ไทย–เมียนมา (BCATIP) เชียงราย–ท่าขี้เหล็ก",
      "ထိုင်း–မြန်မာ နယ်စပ် လူကုန်ကူးမှုတိုက်ဖျက်ရေး ပူးပေါင်းဆောင်ရွက်မှု (BCATIP) အစည်းအဝေး – ချင်းရိုင်–တာချီလိတ်",
    ),
    memberKeys: ["psdhs-chiang-rai", "rtp", ...BCATIP_MEMBERS],
    secretariatKey: "psdhs-chiang-rai",
    chairs: [
      { side: "TH", organizationKey: "psdhs-chiang-rai", title: "Head of Chiang Rai PSDHS" },
      { side: "MM", organizationKey: "mpf-atipd", title: "Tachileik police commander" },
    ],
    countries: ["TH", "MM"],
    cadence: {
      rrule: "FREQ=MONTHLY;BYMONTH=3,9;BYDAY=4WE",
      zone: BANGKOK,
      time: "09:00",
      durationMinutes: 360,
    },
    numbering: "thai_year",
    confidentiality: "partners",
    languages: ["th", "my", "en"],
    legalBasisKey: "th-mm-mou-2009",
    venues: [thaiVenue("Meeting room, Mae Sai, Chiang Rai"), myanmarVenue("Meeting hall, Tachileik")],
    interpretation: ["th", "my"],
  },
  {
    // Once every six months (S12), alternating Bangkok and Yangon: the 28th and 30th were in Bangkok,
    // the 29th in Yangon (S13–S15). The 30th was on Wednesday 14 Aug 2024, the second Wednesday. The
    // first meeting the loader creates is the 31st, so the venue list starts in Yangon.
    key: "th-mm-cmm",
    kind: "case_management",
    name: t(
      "Thailand–Myanmar Case Management Meeting on Return and Reintegration of Victims of Trafficking",
      "การประชุมบริหารจัดการรายกรณีไทย–เมียนมา ว่าด้วยการส่งกลับและการคืนสู่สังคมของผู้เสียหายจากการค้ามนุษย์",
      "လူကုန်ကူးခံရသူများ နေရပ်ပြန်ပို့ရေးနှင့် ပြန်လည်ပေါင်းစည်းရေးဆိုင်ရာ ထိုင်း–မြန်မာ အမှုစီမံခန့်ခွဲမှု အစည်းအဝေး",
    ),
    memberKeys: ["msdhs", "datip", "oag", "rtp", "mfa", "doe", "iom", "mswrr", "dsw", "dor", "moha"],
    // DATIP, the MSDHS division for anti-trafficking, runs the Thai side's preparations [I].
    secretariatKey: "datip",
    chairs: [
      {
        side: "TH",
        organizationKey: "msdhs",
        title: "Permanent Secretary for Social Development and Human Security",
      },
      { side: "MM", organizationKey: "mswrr", title: "Head of the MSWRR delegation" },
    ],
    countries: ["TH", "MM"],
    cadence: {
      rrule: "FREQ=MONTHLY;BYMONTH=2,8;BYDAY=2WE",
      zone: BANGKOK,
      time: "09:00",
      durationMinutes: 420,
    },
    numbering: "sequential",
    confidentiality: "restricted",
    languages: ["th", "my", "en"],
    legalBasisKey: "th-mm-sop-2013",
    venues: [myanmarVenue("Meeting hall, Yangon"), thaiVenue("Meeting room, MSDHS, Bangkok")],
    interpretation: ["th", "my"],
  },
  {
    // Governor-chaired (S17); the Governor's office (Ministry of Interior) is not in the demo
    // directory, so no chair is recorded. Quarterly and fiscal-year numbering are [I]; the December
    // meeting opens the fiscal year, as "ครั้งที่ 1 ประจำปีงบประมาณ 2564" did on 8 Dec 2020.
    key: "tak-anti-tip-subcommittee",
    kind: "provincial_subcommittee",
    name: t(
      "Tak Provincial Sub-Committee on Anti-Trafficking in Persons",
      "คณะอนุกรรมการป้องกันและปราบปรามการค้ามนุษย์จังหวัดตาก",
      "တာ့ခ်ခရိုင် လူကုန်ကူးမှု တားဆီးနှိမ်နင်းရေး ဆပ်ကော်မတီ",
    ),
    memberKeys: ["psdhs-tak", "immigration-tak", "ngo-shelter-2", "ngo-legal-1"],
    secretariatKey: "psdhs-tak",
    chairs: [],
    countries: ["TH"],
    cadence: {
      rrule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=2TU",
      zone: BANGKOK,
      time: "13:30",
      durationMinutes: 180,
    },
    numbering: "fiscal_year",
    confidentiality: "partners",
    languages: ["th"],
    venues: [thaiVenue("Meeting room, Tak Provincial Hall")],
    interpretation: [],
  },
];
