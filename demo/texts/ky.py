"""Kyrgyz: the home, about and section index pages, and the taxonomy they show."""

from . import people_notes

TEXTS = {
    # Countries.
    "Azerbaijan": "Азербайжан",
    "Kazakhstan": "Казакстан",
    "Kyrgyzstan": "Кыргызстан",
    "Tajikistan": "Тажикстан",
    "Turkmenistan": "Түркмөнстан",
    "Uzbekistan": "Өзбекстан",
    # Themes.
    "Fair housing": "Адилеттүү турак жай",
    "Tenants' rights, safe homes and fair rules for shared apartment blocks.": (
        "Ижарачылардын укуктары, коопсуз үйлөр жана көп батирлүү үйлөрдөгү адилеттүү эрежелер."
    ),
    "Older people": "Улгайган адамдар",
    "Care, income and a voice in public life for people over sixty.": (
        "Алтымыштан ашкан адамдарга кам көрүү, киреше жана коомдук турмушта өз үнүн угузуу "
        "мүмкүнчүлүгү."
    ),
    "Mercury-free products": "Сымапсыз буюмдар",
    "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.": (
        "Сымап термометрлерин, лампаларды жана тиш пломбаларын коопсуз альтернативалар менен "
        "алмаштыруу."
    ),
    "Green technology": "Жашыл технологиялар",
    "Solar water heaters, efficient stoves and other low-carbon tools for households.": (
        "Күн менен иштеген суу жылыткычтар, үнөмдүү мештер жана үй чарбалары үчүн башка аз "
        "көмүртектүү каражаттар."
    ),
    "Sustainable development": "Туруктуу өнүгүү",
    "Local plans that balance jobs, water, land and the needs of future generations.": (
        "Жумуш орундарын, сууну, жерди жана келечек муундардын муктаждыктарын тең салмакта "
        "кармаган жергиликтүү пландар."
    ),
    "Civic participation": "Жарандык катышуу",
    "Public hearings, community councils and people taking part in local decisions.": (
        "Коомдук угуулар, жамааттык кеңештер жана адамдардын жергиликтүү чечимдерге катышуусу."
    ),
    "Access to information": "Маалыматка жетүү",
    "Open budgets, public records and the right to ask the authorities questions.": (
        "Ачык бюджеттер, расмий документтер жана бийликке суроо берүү укугу."
    ),
    "Inclusive education": "Инклюзивдүү билим берүү",
    "Schools and courses that welcome learners with disabilities and from every background.": (
        "Ден соолугунун мүмкүнчүлүгү чектелген жана ар кандай чөйрөдөн чыккан окуучуларды кабыл "
        "алган мектептер жана курстар."
    ),
    # People (their notes are in NOTES).
    "Aigerim Sadykova": "Айгерим Садыкова",
    "Programme coordinator": "Программанын координатору",
    "Rustam Nazarov": "Рустам Назаров",
    "Policy analyst": "Саясат боюнча талдоочу",
    "Leyla Mammadova": "Лейла Мамедова",
    "Academy lead": "Академиянын жетекчиси",
    "Bakhtiyor Yusupov": "Бахтиёр Юсупов",
    "Environmental expert": "Экология боюнча эксперт",
    "Gulnara Toktogulova": "Гүлнара Токтогулова",
    "Communications officer": "Коммуникация боюнча адис",
    "Dovlet Atayev": "Довлет Атаев",
    "Trainer": "Тренер",
    # Home page.
    "Home": "Башкы бет",
    "Civil society in Central Asia and Azerbaijan": (
        "Борбордук Азиядагы жана Азербайжандагы жарандык коом"
    ),
    "News, analysis and learning for non-governmental organisations of the region, and the map "
    "of every project the programme supported. (Sample content.)": (
        "Аймактагы өкмөттүк эмес уюмдар үчүн жаңылыктар, талдоолор жана окутуу, ошондой эле "
        "программа колдогон бардык долбоорлордун картасы. (Үлгү мазмун.)"
    ),
    "Layered hills under a rising sun": "Чыгып келе жаткан күндүн алдындагы катар-катар дөңсөөлөр",
    "Latest news": "Акыркы жаңылыктар",
    "From the library": "Китепканадан",
    "New courses of the NGO academy": "ӨЭУ академиясынын жаңы курстары",
    "Small grants in figures": "Чакан гранттар сандар менен",
    # About.
    "About": "Биз жөнүндө",
    "Who we are, what we fund and how the hub works. (Sample content.)": (
        "Биз кимбиз, эмнени каржылайбыз жана портал кантип иштейт. (Үлгү мазмун.)"
    ),
    "What the programme does": "Программа эмне кылат",
    "The programme supports civil-society organisations in Azerbaijan, Kazakhstan, Kyrgyzstan, "
    "Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of work: small grants for "
    "community projects, an online academy for NGO staff and volunteers, and this hub, which "
    "publishes analysis, policy briefs, learning resources, essays and news in the languages of "
    "the region.": (
        "Программа Азербайжандагы, Казакстандагы, Кыргызстандагы, Тажикстандагы, Түркмөнстандагы "
        "жана Өзбекстандагы жарандык коом уюмдарын колдойт. Ал үч багытта иштейт: жамааттык "
        "долбоорлор үчүн чакан гранттар, ӨЭУ кызматкерлери жана ыктыярчылары үчүн "
        "онлайн-академия жана аймактын тилдеринде талдоолорду, саясий баяндамаларды, окуу "
        "материалдарын, эсселерди жана жаңылыктарды жарыялаган ушул портал."
    ),
    "The programme in figures": "Программа сандар менен",
    "Strand": "Багыт",
    "Figure": "Көрсөткүч",
    "Small grants": "Чакан гранттар",
    "101 grants, 773,254 USD": "101 грант, 773 254 АКШ доллары",
    "People reached": "Камтылган адамдар",
    "about 600,000": "болжол менен 600 000",
    "NGO academy": "ӨЭУ академиясы",
    "49 courses, 1,912 learners": "49 курс, 1 912 угуучу",
    "A small grant is often the first time a village group manages money of its own and reports "
    "on it in public.": (
        "Чакан грант көбүнчө айылдык демилгелүү топ биринчи жолу өз акчасын өзү башкарып, ал "
        "боюнча коомчулуктун алдында отчет берген учур болуп калат."
    ),
    "Programme coordinator (sample quote)": "Программанын координатору (үлгү цитата)",
    # Section index pages.
    "News": "Жаңылыктар",
    "What happens in the programme and among its grantees. (Sample content.)": (
        "Программада жана анын грант алуучуларынын арасында эмне болуп жатат. (Үлгү мазмун.)"
    ),
    "Library": "Китепкана",
    "Analysis, policy information, educational resources and essays about civil society in the "
    "region. (Sample content.)": (
        "Аймактагы жарандык коом тууралуу талдоолор, саясат боюнча маалымат, билим берүү "
        "ресурстары жана эсселер. (Үлгү мазмун.)"
    ),
    "Academy": "Академия",
    "Free distance-learning courses for NGO staff, volunteers and activists, in the languages of "
    "the region. (Sample content.)": (
        "ӨЭУ кызматкерлери, ыктыярчылар жана активисттер үчүн аймактын тилдериндеги акысыз "
        "аралыктан окутуу курстары. (Үлгү мазмун.)"
    ),
    "Grants": "Гранттар",
    "The small-grants scheme supported non-governmental organisations in all six countries of "
    "the region. Filter the map and the figures by country, theme and year. (Sample content: the "
    "organisations below are invented.)": (
        "Чакан гранттар программасы аймактын алты өлкөсүнүн баарында өкмөттүк эмес уюмдарды "
        "колдоду. Картаны жана сандарды өлкө, тема жана жыл боюнча чыпкалаңыз. (Үлгү мазмун: "
        "төмөндөгү уюмдар ойдон чыгарылган.)"
    ),
}

NOTES = {
    "Coordinates the small-grants scheme.": "Чакан гранттар программасын координациялайт.",
    "Writes about local self-government and budgets.": (
        "Жергиликтүү өз алдынча башкаруу жана бюджеттер тууралуу жазат."
    ),
    "Designs the distance-learning courses.": "Аралыктан окутуу курстарын иштеп чыгат.",
    "Advises grantees on green technology.": (
        "Грант алуучуларга жашыл технологиялар боюнча кеңеш берет."
    ),
    "Edits the newsroom and the library.": "Жаңылыктар жана китепкана бөлүмдөрүн редакциялайт.",
    "Teaches project management to NGO staff.": (
        "ӨЭУ кызматкерлерине долбоорлорду башкарууну үйрөтөт."
    ),
}


def generated():
    return people_notes(NOTES, "(Көрсөтүү үчүн ойдон чыгарылган адам.)")
