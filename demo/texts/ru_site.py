"""Russian: the taxonomy, the home, about and privacy pages and the section index pages."""

from . import people_notes

TEXTS = {
    # Countries.
    "Azerbaijan": "Азербайджан",
    "Kazakhstan": "Казахстан",
    "Kyrgyzstan": "Кыргызстан",
    "Tajikistan": "Таджикистан",
    "Turkmenistan": "Туркменистан",
    "Uzbekistan": "Узбекистан",
    # Themes.
    "Fair housing": "Справедливое жильё",
    "Tenants' rights, safe homes and fair rules for shared apartment blocks.": (
        "Права жильцов, безопасное жильё и справедливые правила в многоквартирных домах."
    ),
    "Older people": "Пожилые люди",
    "Care, income and a voice in public life for people over sixty.": (
        "Уход, доход и право голоса в общественной жизни для людей старше шестидесяти лет."
    ),
    "Mercury-free products": "Товары без ртути",
    "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.": (
        "Замена ртутных градусников, ламп и зубных пломб безопасными альтернативами."
    ),
    "Green technology": "Зелёные технологии",
    "Solar water heaters, efficient stoves and other low-carbon tools for households.": (
        "Солнечные водонагреватели, экономичные печи и другие низкоуглеродные решения для "
        "домохозяйств."
    ),
    "Sustainable development": "Устойчивое развитие",
    "Local plans that balance jobs, water, land and the needs of future generations.": (
        "Местные планы, в которых уравновешены рабочие места, вода, земля и потребности "
        "будущих поколений."
    ),
    "Civic participation": "Гражданское участие",
    "Public hearings, community councils and people taking part in local decisions.": (
        "Общественные слушания, советы местных сообществ и участие жителей в местных решениях."
    ),
    "Access to information": "Доступ к информации",
    "Open budgets, public records and the right to ask the authorities questions.": (
        "Открытые бюджеты, публичные документы и право задавать вопросы органам власти."
    ),
    "Inclusive education": "Инклюзивное образование",
    "Schools and courses that welcome learners with disabilities and from every background.": (
        "Школы и курсы, открытые для учащихся с инвалидностью и для людей с любым жизненным опытом."
    ),
    # People (names, roles; their notes are below in NOTES).
    "Aigerim Sadykova": "Айгерим Садыкова",
    "Programme coordinator": "Координатор программы",
    "Rustam Nazarov": "Рустам Назаров",
    "Policy analyst": "Аналитик по вопросам политики",
    "Leyla Mammadova": "Лейла Мамедова",
    "Academy lead": "Руководитель академии",
    "Bakhtiyor Yusupov": "Бахтиёр Юсупов",
    "Environmental expert": "Эксперт по экологии",
    "Gulnara Toktogulova": "Гульнара Токтогулова",
    "Communications officer": "Специалист по коммуникациям",
    "Dovlet Atayev": "Довлет Атаев",
    "Trainer": "Тренер",
    # Home page.
    "Home": "Главная",
    "Civil society in Central Asia and Azerbaijan": (
        "Гражданское общество Центральной Азии и Азербайджана"
    ),
    "News, analysis and learning for non-governmental organisations of the region, and the "
    "map of every project the programme supported. (Sample content.)": (
        "Новости, аналитика и обучение для неправительственных организаций региона, а также "
        "карта всех проектов, которые поддержала программа. (Демонстрационный материал.)"
    ),
    "Layered hills under a rising sun": "Гряды холмов под восходящим солнцем",
    "Latest news": "Последние новости",
    "From the library": "Из библиотеки",
    "New courses of the NGO academy": "Новые курсы академии НКО",
    "Small grants in figures": "Малые гранты в цифрах",
    # About.
    "About": "О нас",
    "Who we are, what we fund and how the hub works. (Sample content.)": (
        "Кто мы, что мы финансируем и как устроен портал. (Демонстрационный материал.)"
    ),
    "What the programme does": "Чем занимается программа",
    "The programme supports civil-society organisations in Azerbaijan, Kazakhstan, "
    "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of work: small "
    "grants for community projects, an online academy for NGO staff and volunteers, and this "
    "hub, which publishes analysis, policy briefs, learning resources, essays and news in the "
    "languages of the region.": (
        "Программа поддерживает организации гражданского общества в Азербайджане, "
        "Казахстане, Кыргызстане, Таджикистане, Туркменистане и Узбекистане. Она работает по "
        "трём направлениям: малые гранты для проектов местных сообществ, онлайн-академия для "
        "сотрудников и волонтёров НКО и этот портал, где на языках региона публикуются "
        "аналитика, обзоры государственной политики, учебные материалы, эссе и новости."
    ),
    "The programme in figures": "Программа в цифрах",
    "Strand": "Направление",
    "Figure": "Показатель",
    "Small grants": "Малые гранты",
    "101 grants, 773,254 USD": "101 грант, 773 254 доллара США",
    "People reached": "Охвачено людей",
    "about 600,000": "около 600 000",
    "NGO academy": "Академия НКО",
    "49 courses, 1,912 learners": "49 курсов, 1912 слушателей",
    "A small grant is often the first time a village group manages money of its own and "
    "reports on it in public.": (
        "Малый грант часто становится для сельской инициативной группы первым опытом: она "
        "сама распоряжается деньгами и публично за них отчитывается."
    ),
    "Programme coordinator (sample quote)": "Координатор программы (цитата для примера)",
    # Privacy.
    "Privacy": "Конфиденциальность",
    "How the hub handles personal data. (Sample content.)": (
        "Как портал обращается с персональными данными. (Демонстрационный материал.)"
    ),
    "When you register for a course we keep your name, email address, country, organisation "
    "and role so that the academy can enrol you and send you course information. Only "
    "academy managers can see registrations. We never publish them, never share them with "
    "third parties and delete them on request.": (
        "Когда вы регистрируетесь на курс, мы храним ваше имя, адрес электронной почты, "
        "страну, организацию и роль, чтобы академия могла записать вас на курс и присылать "
        "вам информацию о нём. Регистрации видят только менеджеры академии. Мы никогда их не "
        "публикуем, не передаём третьим лицам и удаляем по вашему запросу."
    ),
    # Section index pages.
    "News": "Новости",
    "What happens in the programme and among its grantees. (Sample content.)": (
        "Что происходит в программе и у её грантополучателей. (Демонстрационный материал.)"
    ),
    "Library": "Библиотека",
    "Analysis, policy information, educational resources and essays about civil society in "
    "the region. (Sample content.)": (
        "Аналитика, материалы о государственной политике, учебные ресурсы и эссе о "
        "гражданском обществе региона. (Демонстрационный материал.)"
    ),
    "Academy": "Академия",
    "Free distance-learning courses for NGO staff, volunteers and activists, in the languages "
    "of the region. (Sample content.)": (
        "Бесплатные дистанционные курсы для сотрудников НКО, волонтёров и активистов на "
        "языках региона. (Демонстрационный материал.)"
    ),
    "Grants": "Гранты",
    "The small-grants scheme supported non-governmental organisations in all six countries of "
    "the region. Filter the map and the figures by country, theme and year. (Sample content: "
    "the organisations below are invented.)": (
        "Программа малых грантов поддержала неправительственные организации во всех шести "
        "странах региона. Карту и цифры можно отфильтровать по стране, теме и году. "
        "(Демонстрационный материал: организации ниже вымышлены.)"
    ),
}

NOTES = {
    "Coordinates the small-grants scheme.": "Координирует программу малых грантов.",
    "Writes about local self-government and budgets.": (
        "Пишет о местном самоуправлении и бюджетах."
    ),
    "Designs the distance-learning courses.": "Разрабатывает дистанционные курсы.",
    "Advises grantees on green technology.": (
        "Консультирует грантополучателей по зелёным технологиям."
    ),
    "Edits the newsroom and the library.": "Редактирует новости и библиотеку.",
    "Teaches project management to NGO staff.": ("Обучает сотрудников НКО управлению проектами."),
}


def generated():
    return people_notes(NOTES, "(Вымышленный человек для демонстрации.)")
