"""Azerbaijani: the home, about and section index pages, and the taxonomy they show."""

from . import people_notes

TEXTS = {
    # Countries.
    "Azerbaijan": "Azərbaycan",
    "Kazakhstan": "Qazaxıstan",
    "Kyrgyzstan": "Qırğızıstan",
    "Tajikistan": "Tacikistan",
    "Turkmenistan": "Türkmənistan",
    "Uzbekistan": "Özbəkistan",
    # Themes.
    "Fair housing": "Ədalətli mənzil",
    "Tenants' rights, safe homes and fair rules for shared apartment blocks.": (
        "Kirayəçilərin hüquqları, təhlükəsiz evlər və çoxmənzilli binalar üçün ədalətli qaydalar."
    ),
    "Older people": "Yaşlı insanlar",
    "Care, income and a voice in public life for people over sixty.": (
        "Altmış yaşdan yuxarı insanlar üçün qayğı, gəlir və ictimai həyatda söz haqqı."
    ),
    "Mercury-free products": "Civəsiz məhsullar",
    "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.": (
        "Civəli termometrlərin, lampaların və diş plombların təhlükəsiz alternativlərlə əvəz "
        "edilməsi."
    ),
    "Green technology": "Yaşıl texnologiyalar",
    "Solar water heaters, efficient stoves and other low-carbon tools for households.": (
        "Günəş su qızdırıcıları, qənaətcil sobalar və ev təsərrüfatları üçün digər aşağı "
        "karbonlu vasitələr."
    ),
    "Sustainable development": "Davamlı inkişaf",
    "Local plans that balance jobs, water, land and the needs of future generations.": (
        "İş yerlərini, suyu, torpağı və gələcək nəsillərin ehtiyaclarını tarazlaşdıran yerli "
        "planlar."
    ),
    "Civic participation": "Vətəndaş iştirakı",
    "Public hearings, community councils and people taking part in local decisions.": (
        "İctimai dinləmələr, icma şuraları və insanların yerli qərarların qəbulunda iştirakı."
    ),
    "Access to information": "İnformasiya əldə etmək imkanı",
    "Open budgets, public records and the right to ask the authorities questions.": (
        "Açıq büdcələr, rəsmi sənədlər və hakimiyyət orqanlarına sual vermək hüququ."
    ),
    "Inclusive education": "İnklüziv təhsil",
    "Schools and courses that welcome learners with disabilities and from every background.": (
        "Əlilliyi olan və istənilən mühitdən gələn təhsil alanları qəbul edən məktəblər və kurslar."
    ),
    # People (their notes are in NOTES).
    "Aigerim Sadykova": "Aygerim Sadıkova",
    "Programme coordinator": "Proqram koordinatoru",
    "Rustam Nazarov": "Rüstəm Nazarov",
    "Policy analyst": "Siyasət analitiki",
    "Leyla Mammadova": "Leyla Məmmədova",
    "Academy lead": "Akademiyanın rəhbəri",
    "Bakhtiyor Yusupov": "Bəxtiyar Yusupov",
    "Environmental expert": "Ekologiya üzrə ekspert",
    "Gulnara Toktogulova": "Gülnarə Toktoqulova",
    "Communications officer": "Kommunikasiya üzrə mütəxəssis",
    "Dovlet Atayev": "Dövlət Atayev",
    "Trainer": "Təlimçi",
    # Home page.
    "Home": "Ana səhifə",
    "Civil society in Central Asia and Azerbaijan": (
        "Mərkəzi Asiya və Azərbaycanda vətəndaş cəmiyyəti"
    ),
    "News, analysis and learning for non-governmental organisations of the region, and the map "
    "of every project the programme supported. (Sample content.)": (
        "Regionun qeyri-hökumət təşkilatları üçün xəbərlər, təhlillər və təlim, həmçinin "
        "proqramın dəstəklədiyi bütün layihələrin xəritəsi. (Nümunə məzmun.)"
    ),
    "Layered hills under a rising sun": "Doğan günəşin altında sıra-sıra təpələr",
    "Latest news": "Son xəbərlər",
    "From the library": "Kitabxanadan",
    "New courses of the NGO academy": "QHT akademiyasının yeni kursları",
    "Small grants in figures": "Kiçik qrantlar rəqəmlərlə",
    # About.
    "About": "Haqqımızda",
    "Who we are, what we fund and how the hub works. (Sample content.)": (
        "Biz kimik, nəyi maliyyələşdiririk və portal necə işləyir. (Nümunə məzmun.)"
    ),
    "What the programme does": "Proqram nə ilə məşğuldur",
    "The programme supports civil-society organisations in Azerbaijan, Kazakhstan, Kyrgyzstan, "
    "Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of work: small grants for "
    "community projects, an online academy for NGO staff and volunteers, and this hub, which "
    "publishes analysis, policy briefs, learning resources, essays and news in the languages of "
    "the region.": (
        "Proqram Azərbaycan, Qazaxıstan, Qırğızıstan, Tacikistan, Türkmənistan və Özbəkistanda "
        "vətəndaş cəmiyyəti təşkilatlarını dəstəkləyir. O, üç istiqamətdə işləyir: icma "
        "layihələri üçün kiçik qrantlar, QHT əməkdaşları və könüllüləri üçün onlayn akademiya və "
        "regionun dillərində təhlillər, siyasət icmalları, tədris resursları, esselər və "
        "xəbərlər dərc edən bu portal."
    ),
    "The programme in figures": "Proqram rəqəmlərlə",
    "Strand": "İstiqamət",
    "Figure": "Göstərici",
    "Small grants": "Kiçik qrantlar",
    "101 grants, 773,254 USD": "101 qrant, 773 254 ABŞ dolları",
    "People reached": "Əhatə olunan insanlar",
    "about 600,000": "təxminən 600 000",
    "NGO academy": "QHT akademiyası",
    "49 courses, 1,912 learners": "49 kurs, 1 912 dinləyici",
    "A small grant is often the first time a village group manages money of its own and reports "
    "on it in public.": (
        "Kiçik qrant çox vaxt kənd təşəbbüs qrupunun ilk dəfə öz pulunu özünün idarə etdiyi və "
        "bu barədə ictimaiyyət qarşısında hesabat verdiyi hal olur."
    ),
    "Programme coordinator (sample quote)": "Proqram koordinatoru (nümunə sitat)",
    # Section index pages.
    "News": "Xəbərlər",
    "What happens in the programme and among its grantees. (Sample content.)": (
        "Proqramda və onun qrant alanları arasında nələr baş verir. (Nümunə məzmun.)"
    ),
    "Library": "Kitabxana",
    "Analysis, policy information, educational resources and essays about civil society in the "
    "region. (Sample content.)": (
        "Regionda vətəndaş cəmiyyəti haqqında təhlillər, siyasət barədə məlumatlar, tədris "
        "resursları və esselər. (Nümunə məzmun.)"
    ),
    "Academy": "Akademiya",
    "Free distance-learning courses for NGO staff, volunteers and activists, in the languages of "
    "the region. (Sample content.)": (
        "QHT əməkdaşları, könüllülər və fəallar üçün regionun dillərində pulsuz distant təhsil "
        "kursları. (Nümunə məzmun.)"
    ),
    "Grants": "Qrantlar",
    "The small-grants scheme supported non-governmental organisations in all six countries of "
    "the region. Filter the map and the figures by country, theme and year. (Sample content: the "
    "organisations below are invented.)": (
        "Kiçik qrantlar proqramı regionun bütün altı ölkəsində qeyri-hökumət təşkilatlarını "
        "dəstəklədi. Xəritəni və rəqəmləri ölkə, mövzu və il üzrə süzgəcdən keçirin. (Nümunə "
        "məzmun: aşağıdakı təşkilatlar uydurmadır.)"
    ),
}

NOTES = {
    "Coordinates the small-grants scheme.": "Kiçik qrantlar proqramını əlaqələndirir.",
    "Writes about local self-government and budgets.": (
        "Yerli özünüidarə və büdcələr haqqında yazır."
    ),
    "Designs the distance-learning courses.": "Distant təhsil kurslarını hazırlayır.",
    "Advises grantees on green technology.": (
        "Qrant alanlara yaşıl texnologiyalar üzrə məsləhət verir."
    ),
    "Edits the newsroom and the library.": "Xəbərlər və kitabxana bölmələrini redaktə edir.",
    "Teaches project management to NGO staff.": (
        "QHT əməkdaşlarına layihələrin idarə olunmasını öyrədir."
    ),
}


def generated():
    return people_notes(NOTES, "(Nümayiş üçün uydurulmuş şəxs.)")
