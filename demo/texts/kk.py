"""Kazakh: the home, about and section index pages, and the taxonomy they show."""

from . import people_notes

TEXTS = {
    # Countries.
    "Azerbaijan": "Әзірбайжан",
    "Kazakhstan": "Қазақстан",
    "Kyrgyzstan": "Қырғызстан",
    "Tajikistan": "Тәжікстан",
    "Turkmenistan": "Түрікменстан",
    "Uzbekistan": "Өзбекстан",
    # Themes.
    "Fair housing": "Әділ тұрғын үй",
    "Tenants' rights, safe homes and fair rules for shared apartment blocks.": (
        "Жалға алушылардың құқықтары, қауіпсіз баспана және көппәтерлі үйлердегі әділ ережелер."
    ),
    "Older people": "Егде жастағы адамдар",
    "Care, income and a voice in public life for people over sixty.": (
        "Алпыстан асқан адамдарға күтім, табыс және қоғамдық өмірде өз сөзін айту мүмкіндігі."
    ),
    "Mercury-free products": "Сынапсыз өнімдер",
    "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.": (
        "Сынапты термометрлерді, шамдарды және тіс пломбаларын қауіпсіз баламалармен алмастыру."
    ),
    "Green technology": "Жасыл технологиялар",
    "Solar water heaters, efficient stoves and other low-carbon tools for households.": (
        "Күн су жылытқыштары, үнемді пештер және үй шаруашылықтарына арналған басқа да аз "
        "көміртекті құралдар."
    ),
    "Sustainable development": "Тұрақты даму",
    "Local plans that balance jobs, water, land and the needs of future generations.": (
        "Жұмыс орындарын, суды, жерді және болашақ ұрпақтың қажеттіліктерін үйлестіретін "
        "жергілікті жоспарлар."
    ),
    "Civic participation": "Азаматтық қатысу",
    "Public hearings, community councils and people taking part in local decisions.": (
        "Қоғамдық тыңдаулар, жергілікті қауымдастық кеңестері және адамдардың жергілікті "
        "шешімдерге қатысуы."
    ),
    "Access to information": "Ақпаратқа қол жеткізу",
    "Open budgets, public records and the right to ask the authorities questions.": (
        "Ашық бюджеттер, мемлекеттік құжаттар және билікке сұрақ қою құқығы."
    ),
    "Inclusive education": "Инклюзивті білім беру",
    "Schools and courses that welcome learners with disabilities and from every background.": (
        "Мүмкіндігі шектеулі және кез келген ортадан шыққан білім алушыларға есігі ашық "
        "мектептер мен курстар."
    ),
    # People (their notes are in NOTES).
    "Aigerim Sadykova": "Әйгерім Садықова",
    "Programme coordinator": "Бағдарлама үйлестірушісі",
    "Rustam Nazarov": "Рүстем Назаров",
    "Policy analyst": "Саясат жөніндегі сарапшы",
    "Leyla Mammadova": "Лейла Мамедова",
    "Academy lead": "Академия жетекшісі",
    "Bakhtiyor Yusupov": "Бахтияр Юсупов",
    "Environmental expert": "Экология жөніндегі сарапшы",
    "Gulnara Toktogulova": "Гүлнара Тоқтоғұлова",
    "Communications officer": "Коммуникация жөніндегі маман",
    "Dovlet Atayev": "Дәулет Атаев",
    "Trainer": "Тренер",
    # Home page.
    "Home": "Басты бет",
    "Civil society in Central Asia and Azerbaijan": (
        "Орталық Азия мен Әзірбайжандағы азаматтық қоғам"
    ),
    "News, analysis and learning for non-governmental organisations of the region, and the map "
    "of every project the programme supported. (Sample content.)": (
        "Өңірдегі үкіметтік емес ұйымдарға арналған жаңалықтар, талдау және оқу, сондай-ақ "
        "бағдарлама қолдаған барлық жобаның картасы. (Үлгі мазмұн.)"
    ),
    "Layered hills under a rising sun": "Шығып келе жатқан күн астындағы қатар-қатар төбелер",
    "Latest news": "Соңғы жаңалықтар",
    "From the library": "Кітапханадан",
    "New courses of the NGO academy": "ҮЕҰ академиясының жаңа курстары",
    "Small grants in figures": "Шағын гранттар сандармен",
    # About.
    "About": "Біз туралы",
    "Who we are, what we fund and how the hub works. (Sample content.)": (
        "Біз кімбіз, нені қаржыландырамыз және портал қалай жұмыс істейді. (Үлгі мазмұн.)"
    ),
    "What the programme does": "Бағдарлама не істейді",
    "The programme supports civil-society organisations in Azerbaijan, Kazakhstan, Kyrgyzstan, "
    "Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of work: small grants for "
    "community projects, an online academy for NGO staff and volunteers, and this hub, which "
    "publishes analysis, policy briefs, learning resources, essays and news in the languages of "
    "the region.": (
        "Бағдарлама Әзірбайжан, Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан және "
        "Өзбекстандағы азаматтық қоғам ұйымдарын қолдайды. Ол үш бағытта жұмыс істейді: "
        "жергілікті қауымдастық жобаларына арналған шағын гранттар, ҮЕҰ қызметкерлері мен "
        "еріктілеріне арналған онлайн-академия және өңір тілдерінде талдау, саяси шолулар, оқу "
        "материалдарын, эсселер мен жаңалықтар жариялайтын осы портал."
    ),
    "The programme in figures": "Бағдарлама сандармен",
    "Strand": "Бағыт",
    "Figure": "Көрсеткіш",
    "Small grants": "Шағын гранттар",
    "101 grants, 773,254 USD": "101 грант, 773 254 АҚШ доллары",
    "People reached": "Қамтылған адамдар",
    "about 600,000": "шамамен 600 000",
    "NGO academy": "ҮЕҰ академиясы",
    "49 courses, 1,912 learners": "49 курс, 1 912 тыңдаушы",
    "A small grant is often the first time a village group manages money of its own and reports "
    "on it in public.": (
        "Шағын грант көбіне ауылдағы бастамашыл топтың алғаш рет өз қаржысын өзі басқарып, ол "
        "үшін жұртшылық алдында есеп беруі болып табылады."
    ),
    "Programme coordinator (sample quote)": "Бағдарлама үйлестірушісі (үлгі дәйексөз)",
    # Section index pages.
    "News": "Жаңалықтар",
    "What happens in the programme and among its grantees. (Sample content.)": (
        "Бағдарламада және оның грант алушылары арасында не болып жатыр. (Үлгі мазмұн.)"
    ),
    "Library": "Кітапхана",
    "Analysis, policy information, educational resources and essays about civil society in the "
    "region. (Sample content.)": (
        "Өңірдегі азаматтық қоғам туралы талдау, саясат туралы ақпарат, білім беру ресурстары "
        "мен эсселер. (Үлгі мазмұн.)"
    ),
    "Academy": "Академия",
    "Free distance-learning courses for NGO staff, volunteers and activists, in the languages of "
    "the region. (Sample content.)": (
        "ҮЕҰ қызметкерлері, еріктілер мен белсенділерге арналған өңір тілдеріндегі тегін "
        "қашықтан оқыту курстары. (Үлгі мазмұн.)"
    ),
    "Grants": "Гранттар",
    "The small-grants scheme supported non-governmental organisations in all six countries of "
    "the region. Filter the map and the figures by country, theme and year. (Sample content: the "
    "organisations below are invented.)": (
        "Шағын гранттар бағдарламасы өңірдің барлық алты елінде үкіметтік емес ұйымдарды "
        "қолдады. Картаны және сандарды ел, тақырып және жыл бойынша сүзіңіз. (Үлгі мазмұн: "
        "төмендегі ұйымдар ойдан шығарылған.)"
    ),
}

NOTES = {
    "Coordinates the small-grants scheme.": "Шағын гранттар бағдарламасын үйлестіреді.",
    "Writes about local self-government and budgets.": (
        "Жергілікті өзін-өзі басқару мен бюджеттер туралы жазады."
    ),
    "Designs the distance-learning courses.": "Қашықтан оқыту курстарын әзірлейді.",
    "Advises grantees on green technology.": (
        "Грант алушыларға жасыл технологиялар бойынша кеңес береді."
    ),
    "Edits the newsroom and the library.": "Жаңалықтар мен кітапхана бөлімдерін өңдейді.",
    "Teaches project management to NGO staff.": "ҮЕҰ қызметкерлеріне жобаларды басқаруды үйретеді.",
}


def generated():
    return people_notes(NOTES, "(Көрсетілім үшін ойдан шығарылған адам.)")
