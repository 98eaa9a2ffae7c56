"""Russian: the grantee pages (``demo.grants``), translated piece by piece.

The English grantee pages are put together from a city, an organisation name pattern, a
project title pattern and a sentence about what the project did. Each piece is translated
here, with the cases Russian needs (a city's name in the nominative, the genitive and the
prepositional), and ``generated()`` builds every final text from the same seeded
specifications that built the English pages.
"""

from demo.grants import CITIES, THEME_STORIES, _grantee_specs

# City: (nominative, genitive, prepositional).
CITY = {
    "Baku": ("Баку", "Баку", "Баку"),
    "Ganja": ("Гянджа", "Гянджи", "Гяндже"),
    "Sumqayit": ("Сумгаит", "Сумгаита", "Сумгаите"),
    "Lankaran": ("Ленкорань", "Ленкорани", "Ленкорани"),
    "Shaki": ("Шеки", "Шеки", "Шеки"),
    "Quba": ("Губа", "Губы", "Губе"),
    "Almaty": ("Алматы", "Алматы", "Алматы"),
    "Astana": ("Астана", "Астаны", "Астане"),
    "Shymkent": ("Шымкент", "Шымкента", "Шымкенте"),
    "Karaganda": ("Караганда", "Караганды", "Караганде"),
    "Aktobe": ("Актобе", "Актобе", "Актобе"),
    "Pavlodar": ("Павлодар", "Павлодара", "Павлодаре"),
    "Oskemen": ("Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске"),
    "Kyzylorda": ("Кызылорда", "Кызылорды", "Кызылорде"),
    "Bishkek": ("Бишкек", "Бишкека", "Бишкеке"),
    "Osh": ("Ош", "Оша", "Оше"),
    "Jalal-Abad": ("Джалал-Абад", "Джалал-Абада", "Джалал-Абаде"),
    "Karakol": ("Каракол", "Каракола", "Караколе"),
    "Naryn": ("Нарын", "Нарына", "Нарыне"),
    "Talas": ("Талас", "Таласа", "Таласе"),
    "Batken": ("Баткен", "Баткена", "Баткене"),
    "Dushanbe": ("Душанбе", "Душанбе", "Душанбе"),
    "Khujand": ("Худжанд", "Худжанда", "Худжанде"),
    "Kulob": ("Куляб", "Куляба", "Кулябе"),
    "Bokhtar": ("Бохтар", "Бохтара", "Бохтаре"),
    "Khorog": ("Хорог", "Хорога", "Хороге"),
    "Istaravshan": ("Истаравшан", "Истаравшана", "Истаравшане"),
    "Ashgabat": ("Ашхабад", "Ашхабада", "Ашхабаде"),
    "Turkmenabat": ("Туркменабад", "Туркменабада", "Туркменабаде"),
    "Dashoguz": ("Дашогуз", "Дашогуза", "Дашогузе"),
    "Mary": ("Мары", "Мары", "Мары"),
    "Balkanabat": ("Балканабад", "Балканабада", "Балканабаде"),
    "Tashkent": ("Ташкент", "Ташкента", "Ташкенте"),
    "Samarkand": ("Самарканд", "Самарканда", "Самарканде"),
    "Bukhara": ("Бухара", "Бухары", "Бухаре"),
    "Namangan": ("Наманган", "Намангана", "Намангане"),
    "Andijan": ("Андижан", "Андижана", "Андижане"),
    "Fergana": ("Фергана", "Ферганы", "Фергане"),
    "Nukus": ("Нукус", "Нукуса", "Нукусе"),
    "Termez": ("Термез", "Термеза", "Термезе"),
}

REGION = {
    "Absheron": "Апшерон",
    "Ganja-Dashkasan": "Гянджа-Дашкесан",
    "Lankaran-Astara": "Ленкорань-Астара",
    "Shaki-Zaqatala": "Шеки-Загатала",
    "Quba-Khachmaz": "Губа-Хачмаз",
    "Almaty": "Алматы",
    "Astana": "Астана",
    "Shymkent": "Шымкент",
    "Karaganda Region": "Карагандинская область",
    "Aktobe Region": "Актюбинская область",
    "Pavlodar Region": "Павлодарская область",
    "East Kazakhstan Region": "Восточно-Казахстанская область",
    "Kyzylorda Region": "Кызылординская область",
    "Chuy": "Чуйская область",
    "Osh Region": "Ошская область",
    "Jalal-Abad Region": "Джалал-Абадская область",
    "Issyk-Kul Region": "Иссык-Кульская область",
    "Naryn Region": "Нарынская область",
    "Talas Region": "Таласская область",
    "Batken Region": "Баткенская область",
    "Dushanbe": "Душанбе",
    "Sughd Region": "Согдийская область",
    "Khatlon Region": "Хатлонская область",
    "Gorno-Badakhshan": "Горно-Бадахшанская автономная область",
    "Ashgabat": "Ашхабад",
    "Lebap Region": "Лебапский велаят",
    "Dashoguz Region": "Дашогузский велаят",
    "Mary Region": "Марыйский велаят",
    "Balkan Region": "Балканский велаят",
    "Tashkent": "Ташкент",
    "Samarkand Region": "Самаркандская область",
    "Bukhara Region": "Бухарская область",
    "Namangan Region": "Наманганская область",
    "Andijan Region": "Андижанская область",
    "Fergana Region": "Ферганская область",
    "Karakalpakstan": "Каракалпакстан",
    "Surkhandarya Region": "Сурхандарьинская область",
}

# Organisation names and project titles: {nom}, {gen} and {prep} are the city's cases.
PATTERNS = {
    "{city} Tenants' Association": "Ассоциация жильцов {gen}",
    "Fair Home Public Union of {city}": "Общественный союз «Справедливый дом» ({nom})",
    "Silver Years Foundation ({city})": "Фонд «Серебряные годы» ({nom})",
    "{city} Council of Older Citizens": "Совет пожилых граждан {gen}",
    "Clean Health Initiative of {city}": "Инициатива «Чистое здоровье» ({nom})",
    "{city} Safe Products Network": "Сеть «Безопасные товары» ({nom})",
    "Green Energy Centre {city}": "Центр зелёной энергетики {gen}",
    "{city} Solar Neighbours": "Солнечные соседи {gen}",
    "{city} Local Development Agency": "Агентство местного развития {gen}",
    "Oasis Sustainable Communities ({city})": "Устойчивые сообщества «Оазис» ({nom})",
    "Citizens' Voice of {city}": "Голос граждан {gen}",
    "{city} Community Councils Network": "Сеть общественных советов {gen}",
    "Open Budget Club {city}": "Клуб «Открытый бюджет» ({nom})",
    "{city} Right to Know Centre": "Центр «Право знать» ({nom})",
    "Schools for All ({city})": "Объединение «Школы для всех» ({nom})",
    "{city} Inclusive Learning Association": "Ассоциация инклюзивного обучения {gen}",
    "Fair rules for shared apartment blocks in {city}": (
        "Справедливые правила для многоквартирных домов {gen}"
    ),
    "A tenants' help desk for {city}": "Приёмная для жильцов в {prep}",
    "Home visits for older people in {city}": "Посещения пожилых людей на дому в {prep}",
    "Pensioners' rights clinic in {city}": "Правовая приёмная для пенсионеров в {prep}",
    "Mercury-free clinics in {city}": "Поликлиники без ртути в {prep}",
    "Swap your thermometer: {city}": "Обменяй градусник: {nom}",
    "Solar water heaters for {city} schools": "Солнечные водонагреватели для школ {gen}",
    "Efficient stoves for {city} households": "Экономичные печи для семей {gen}",
    "A water plan for the villages of {city}": "План водопользования для сёл вокруг {gen}",
    "Community gardens of {city}": "Общественные сады {gen}",
    "Public hearings on the {city} budget": "Общественные слушания по бюджету {gen}",
    "Youth councils in {city}": "Молодёжные советы в {prep}",
    "An open budget for {city}": "Открытый бюджет для {gen}",
    "Ask your council: {city}": "Спроси свой совет: {nom}",
    "Inclusive classrooms in {city}": "Инклюзивные классы в {prep}",
    "Learning without barriers in {city}": "Учёба без барьеров в {prep}",
}

# What each theme's projects did, after "организация «...»" (so in the feminine).
WHAT = {
    "helped residents of shared apartment blocks agree on repairs, fees and house rules": (
        "помогла жильцам многоквартирных домов договориться о ремонте, взносах и правилах "
        "проживания"
    ),
    "trained volunteers who visit older people at home and help them claim their rights": (
        "подготовила волонтёров, которые навещают пожилых людей на дому и помогают им "
        "отстаивать свои права"
    ),
    "replaced mercury thermometers and lamps in clinics and schools with safe ones": (
        "заменила ртутные градусники и лампы в поликлиниках и школах на безопасные"
    ),
    "installed solar water heaters and efficient stoves and taught people to maintain them": (
        "установила солнечные водонагреватели и экономичные печи и научила людей их обслуживать"
    ),
    "brought villagers and officials together to plan water, land and jobs for the future": (
        "собрала сельчан и представителей власти, чтобы вместе спланировать, как на годы "
        "вперёд распределять воду и землю и создавать рабочие места"
    ),
    "ran public hearings and community councils where residents shape local decisions": (
        "провела общественные слушания и создала общественные советы, через которые жители "
        "влияют на местные решения"
    ),
    "published the local budget in plain language and helped people request public records": (
        "опубликовала местный бюджет простым языком и помогла жителям запрашивать публичную "
        "информацию"
    ),
    "trained teachers and adapted classrooms so children with disabilities learn with peers": (
        "обучила учителей и приспособила классы, чтобы дети с инвалидностью учились вместе "
        "со сверстниками"
    ),
}

CONTACTS = {
    "Aida Mamedova": "Аида Мамедова",
    "Nurlan Abenov": "Нурлан Абенов",
    "Asel Bekova": "Асель Бекова",
    "Farrukh Rakhimov": "Фаррух Рахимов",
    "Gulshat Orazova": "Гульшат Оразова",
    "Dilnoza Karimova": "Дильноза Каримова",
    "Elchin Huseynov": "Эльчин Гусейнов",
    "Saltanat Zhumabayeva": "Салтанат Жумабаева",
    "Bakyt Sydykov": "Бакыт Сыдыков",
    "Zarina Nazarova": "Зарина Назарова",
    "Merdan Annayev": "Мердан Аннаев",
    "Shahlo Tursunova": "Шахло Турсунова",
    "Rashad Aliyev": "Рашад Алиев",
    "Aizhan Omarova": "Айжан Омарова",
}

TEXTS = {
    "The story": "История проекта",
    "Results": "Результаты",
    "Project coordinator": "Координатор проекта",
    **CONTACTS,
    **REGION,
    **{city: forms[0] for city, forms in CITY.items()},
}


def cases(city):
    nominative, genitive, prepositional = CITY[city]
    return {"nom": nominative, "gen": genitive, "prep": prepositional}


def translate_pattern(text, city):
    """The Russian of ``text``, an English name or title made from a pattern and ``city``."""
    for english, russian in PATTERNS.items():
        if text == english.format(city=city):
            return russian.format(**cases(city))
    raise KeyError(f"no Russian pattern for {text!r}")


def organisation_name(spec):
    """The Russian name, with the region or number the English name was told apart by."""
    name_patterns = THEME_STORIES[spec["grants"][0]["theme"]][0]
    for pattern in name_patterns:
        base = pattern.format(city=spec["city"])
        if spec["name"].startswith(base):
            rest = spec["name"][len(base) :]
            russian = translate_pattern(base, spec["city"])
            region = f" – {spec['region']}"
            if rest.startswith(region):
                russian += f" – {REGION[spec['region']]}"
                rest = rest[len(region) :]
            return russian + rest  # " 12" when a number told two names apart
    raise KeyError(f"no Russian name for {spec['name']!r}")


def quoted(name):
    """``name`` in Russian quotation marks; quotes inside it become the inner „…“ kind."""
    return "«" + name.replace("«", "„").replace("»", "“") + "»"


def people(number):
    """So many "человек", the noun agreeing with the number, digits grouped the Russian way."""
    digits = f"{number:,}".replace(",", "\u00a0") if number >= 10_000 else str(number)
    if number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14):
        return f"{digits} человека"
    return f"{digits} человек"


def generated():
    specs = _grantee_specs({code: code for code in CITIES}, {slug: slug for slug in THEME_STORIES})
    texts = {}
    for spec in specs:
        city, region, name = spec["city"], spec["region"], spec["name"]
        forms = cases(city)
        russian_name = organisation_name(spec)
        what = WHAT[spec["what"]]
        texts[name] = russian_name
        texts[f"{city}, {region} (sample address)"] = (
            f"{forms['nom']}, {REGION[region]} (пример адреса)"
        )
        summary = (
            f"{name} {spec['what']} in {city}. Sample content: an invented organisation for "
            "demonstration."
        )
        texts[summary] = (
            f"В {forms['prep']} организация {quoted(russian_name)} {what}. Демонстрационный "
            "материал: вымышленная организация для примера."
        )
        texts[
            f"In {city}, {name} {spec['what']}. The small grant paid for training, materials "
            "and the time of local coordinators."
        ] = (
            f"В {forms['prep']} организация {quoted(russian_name)} {what}. Малый грант покрыл "
            "расходы на обучение, материалы и работу местных координаторов."
        )
        texts[
            f"The project reached {spec['beneficiaries']:,} people. Its methods are now used by "
            "neighbouring communities. (This is sample text.)"
        ] = (
            f"Проект охватил {people(spec['beneficiaries'])}. Его методы теперь применяют и "
            "соседние сообщества. (Это текст для примера.)"
        )
        texts[f"Sample photo: a landscape near {city}"] = (
            f"Пример фотографии: пейзаж в окрестностях {forms['gen']}"
        )
        texts[f"Project area near {city} (sample image)"] = (
            f"Район проекта в окрестностях {forms['gen']} (пример изображения)"
        )
        for grant in spec["grants"]:
            texts[grant["title"]] = translate_pattern(grant["title"], city)
    return texts
