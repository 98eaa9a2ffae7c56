"""Tajik: the home, about and section index pages, and the taxonomy they show."""

from . import people_notes

TEXTS = {
    # Countries.
    "Azerbaijan": "Озарбойҷон",
    "Kazakhstan": "Қазоқистон",
    "Kyrgyzstan": "Қирғизистон",
    "Tajikistan": "Тоҷикистон",
    "Turkmenistan": "Туркманистон",
    "Uzbekistan": "Ӯзбекистон",
    # Themes.
    "Fair housing": "Манзили одилона",
    "Tenants' rights, safe homes and fair rules for shared apartment blocks.": (
        "Ҳуқуқҳои иҷоранишинон, манзили бехатар ва қоидаҳои одилона дар биноҳои истиқоматии "
        "бисёрошёна."
    ),
    "Older people": "Пиронсолон",
    "Care, income and a voice in public life for people over sixty.": (
        "Нигоҳубин, даромад ва овоз дар ҳаёти ҷамъиятӣ барои одамони аз шаст сола боло."
    ),
    "Mercury-free products": "Маҳсулоти бесимоб",
    "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.": (
        "Иваз кардани ҳароратсанҷҳо, лампаҳо ва пломбаҳои дандонии симобдор бо ивазкунандаҳои "
        "бехатар."
    ),
    "Green technology": "Технологияҳои сабз",
    "Solar water heaters, efficient stoves and other low-carbon tools for households.": (
        "Обгармкунакҳои офтобӣ, оташдонҳои камсӯзишворӣ ва дигар воситаҳои камкарбон барои "
        "хонаводаҳо."
    ),
    "Sustainable development": "Рушди устувор",
    "Local plans that balance jobs, water, land and the needs of future generations.": (
        "Нақшаҳои маҳаллӣ, ки ҷойҳои корӣ, об, замин ва ниёзҳои наслҳои ояндаро ба ҳам мувофиқ "
        "мекунанд."
    ),
    "Civic participation": "Иштироки шаҳрвандӣ",
    "Public hearings, community councils and people taking part in local decisions.": (
        "Шунавиҳои ҷамъиятӣ, шӯроҳои ҷамоатҳо ва иштироки мардум дар қабули қарорҳои маҳаллӣ."
    ),
    "Access to information": "Дастрасӣ ба иттилоот",
    "Open budgets, public records and the right to ask the authorities questions.": (
        "Буҷетҳои кушода, ҳуҷҷатҳои расмӣ ва ҳуқуқи ба мақомот савол додан."
    ),
    "Inclusive education": "Таҳсилоти фарогир",
    "Schools and courses that welcome learners with disabilities and from every background.": (
        "Мактабҳо ва курсҳое, ки донишомӯзони дорои маъюбӣ ва аз ҳар гуна муҳитро бо хушӣ "
        "қабул мекунанд."
    ),
    # People (their notes are in NOTES).
    "Aigerim Sadykova": "Айгерим Садикова",
    "Programme coordinator": "Ҳамоҳангсози барнома",
    "Rustam Nazarov": "Рустам Назаров",
    "Policy analyst": "Таҳлилгари сиёсат",
    "Leyla Mammadova": "Лейла Мамедова",
    "Academy lead": "Роҳбари академия",
    "Bakhtiyor Yusupov": "Бахтиёр Юсупов",
    "Environmental expert": "Коршиноси экология",
    "Gulnara Toktogulova": "Гулнора Токтогулова",
    "Communications officer": "Мутахассиси робита бо ҷомеа",
    "Dovlet Atayev": "Давлат Атаев",
    "Trainer": "Тренер",
    # Home page.
    "Home": "Саҳифаи асосӣ",
    "Civil society in Central Asia and Azerbaijan": (
        "Ҷомеаи шаҳрвандӣ дар Осиёи Марказӣ ва Озарбойҷон"
    ),
    "News, analysis and learning for non-governmental organisations of the region, and the map "
    "of every project the programme supported. (Sample content.)": (
        "Хабарҳо, таҳлилҳо ва омӯзиш барои ташкилотҳои ғайридавлатии минтақа ва харитаи ҳамаи "
        "лоиҳаҳое, ки барнома дастгирӣ кардааст. (Мазмуни намунавӣ.)"
    ),
    "Layered hills under a rising sun": "Теппаҳои қатор-қатор дар зери офтоби тулӯъкунанда",
    "Latest news": "Хабарҳои охирин",
    "From the library": "Аз китобхона",
    "New courses of the NGO academy": "Курсҳои нави академияи ТҒД",
    "Small grants in figures": "Грантҳои хурд дар рақамҳо",
    # About.
    "About": "Дар бораи мо",
    "Who we are, what we fund and how the hub works. (Sample content.)": (
        "Мо кистем, чиро маблағгузорӣ мекунем ва портал чӣ тавр кор мекунад. (Мазмуни намунавӣ.)"
    ),
    "What the programme does": "Барнома чӣ кор мекунад",
    "The programme supports civil-society organisations in Azerbaijan, Kazakhstan, Kyrgyzstan, "
    "Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of work: small grants for "
    "community projects, an online academy for NGO staff and volunteers, and this hub, which "
    "publishes analysis, policy briefs, learning resources, essays and news in the languages of "
    "the region.": (
        "Барнома ташкилотҳои ҷомеаи шаҳрвандиро дар Озарбойҷон, Қазоқистон, Қирғизистон, "
        "Тоҷикистон, Туркманистон ва Ӯзбекистон дастгирӣ мекунад. Он дар се самт кор мекунад: "
        "грантҳои хурд барои лоиҳаҳои ҷамоатҳо, академияи онлайн барои кормандон ва ихтиёриёни "
        "ТҒД ва ҳамин портал, ки таҳлилҳо, шарҳҳои сиёсатӣ, маводи таълимӣ, эссеҳо ва хабарҳоро "
        "ба забонҳои минтақа нашр мекунад."
    ),
    "The programme in figures": "Барнома дар рақамҳо",
    "Strand": "Самт",
    "Figure": "Нишондиҳанда",
    "Small grants": "Грантҳои хурд",
    "101 grants, 773,254 USD": "101 грант, 773 254 доллари ИМА",
    "People reached": "Шумораи фарогирифташудагон",
    "about 600,000": "тақрибан 600 000",
    "NGO academy": "Академияи ТҒД",
    "49 courses, 1,912 learners": "49 курс, 1 912 донишомӯз",
    "A small grant is often the first time a village group manages money of its own and reports "
    "on it in public.": (
        "Гранти хурд аксар вақт бори аввал имкон медиҳад, ки гурӯҳи ташаббускори деҳа пули худро "
        "худаш идора кунад ва дар назди мардум дар бораи он ҳисобот диҳад."
    ),
    "Programme coordinator (sample quote)": "Ҳамоҳангсози барнома (иқтибоси намунавӣ)",
    # Section index pages.
    "News": "Хабарҳо",
    "What happens in the programme and among its grantees. (Sample content.)": (
        "Дар барнома ва дар байни грантгирандагони он чӣ рӯй медиҳад. (Мазмуни намунавӣ.)"
    ),
    "Library": "Китобхона",
    "Analysis, policy information, educational resources and essays about civil society in the "
    "region. (Sample content.)": (
        "Таҳлилҳо, иттилоот дар бораи сиёсат, захираҳои таълимӣ ва эссеҳо дар бораи ҷомеаи "
        "шаҳрвандии минтақа. (Мазмуни намунавӣ.)"
    ),
    "Academy": "Академия",
    "Free distance-learning courses for NGO staff, volunteers and activists, in the languages of "
    "the region. (Sample content.)": (
        "Курсҳои ройгони таълими фосилавӣ барои кормандони ТҒД, ихтиёриён ва фаъолон ба забонҳои "
        "минтақа. (Мазмуни намунавӣ.)"
    ),
    "Grants": "Грантҳо",
    "The small-grants scheme supported non-governmental organisations in all six countries of "
    "the region. Filter the map and the figures by country, theme and year. (Sample content: the "
    "organisations below are invented.)": (
        "Барномаи грантҳои хурд ташкилотҳои ғайридавлатиро дар ҳамаи шаш кишвари минтақа "
        "дастгирӣ кард. Харита ва рақамҳоро аз рӯи кишвар, мавзӯъ ва сол филтр кунед. (Мазмуни "
        "намунавӣ: ташкилотҳои дар поён зикршуда тахайюлӣ мебошанд.)"
    ),
}

NOTES = {
    "Coordinates the small-grants scheme.": "Барномаи грантҳои хурдро ҳамоҳанг мекунад.",
    "Writes about local self-government and budgets.": (
        "Дар бораи худидоракунии маҳаллӣ ва буҷетҳо менависад."
    ),
    "Designs the distance-learning courses.": "Курсҳои таълими фосилавиро таҳия мекунад.",
    "Advises grantees on green technology.": (
        "Ба грантгирандагон оид ба технологияҳои сабз маслиҳат медиҳад."
    ),
    "Edits the newsroom and the library.": "Бахшҳои хабарҳо ва китобхонаро таҳрир мекунад.",
    "Teaches project management to NGO staff.": (
        "Ба кормандони ТҒД идоракунии лоиҳаҳоро меомӯзонад."
    ),
}


def generated():
    return people_notes(NOTES, "(Шахси тахайюлӣ барои намоиш.)")
