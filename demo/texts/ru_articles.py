"""Russian: the library and the newsroom (``demo.articles``)."""

from articles.models import KINDS_WITH_DOCUMENTS
from demo.articles import ARTICLES, ArticleKind

TEXTS = {
    # Parts every publication shares.
    "An abstract landscape of hills under a sun (sample image)": (
        "Абстрактный пейзаж: холмы под солнцем (пример изображения)"
    ),
    "Background": "Контекст",
    "Sample content: this text was written for the demonstration site. The people, figures "
    "and events it describes are illustrative.": (
        "Демонстрационный материал: этот текст написан для демонстрационного сайта. Люди, "
        "цифры и события в нём приведены для примера."
    ),
    # The section each kind of publication adds (``KIND_SECTIONS``).
    "What the figures show": "Что показывают цифры",
    "The numbers in this analysis come from small samples and should be read as a starting "
    "point for discussion rather than as official statistics.": (
        "Цифры в этом анализе получены на небольших выборках: это отправная точка для "
        "обсуждения, а не официальная статистика."
    ),
    "Recommendations": "Рекомендации",
    "The recommendations are addressed to national and local authorities and to the "
    "organisations that work with them. The full brief is attached below.": (
        "Рекомендации адресованы национальным и местным органам власти, а также "
        "организациям, которые с ними работают. Полный текст записки приложен ниже."
    ),
    "How to use this resource": "Как пользоваться этим материалом",
    "Download the document below, adapt it to your situation and share it with others. We "
    "welcome suggestions for the next edition.": (
        "Скачайте документ ниже, приспособьте его к своей ситуации и поделитесь с другими. "
        "Будем рады предложениям к следующему изданию."
    ),
    "About this essay": "Об этом эссе",
    "Essays on the hub give a personal view. They do not necessarily reflect the views of "
    "the programme.": (
        "Эссе на портале выражают личный взгляд автора, который может не совпадать с "
        "позицией программы."
    ),
    # The background paragraph of each theme (``THEME_CONTEXT``).
    "Shared buildings work when the people who live in them can see the money, take part in "
    "decisions and hold managers to account.": (
        "Многоквартирный дом живёт нормально, когда жильцы видят, куда идут деньги, "
        "участвуют в решениях и могут спросить с управляющих."
    ),
    "People over sixty are a growing share of the region's population, and many live on "
    "pensions that do not cover winter costs.": (
        "Доля людей старше шестидесяти лет в населении региона растёт, и многие из них "
        "живут на пенсию, которой не хватает на зимние расходы."
    ),
    "Safe alternatives to mercury thermometers, lamps and fillings exist and cost little; the "
    "hard part is collecting what is already in use.": (
        "Безопасные замены ртутным градусникам, лампам и пломбам существуют и стоят "
        "недорого; труднее всего собрать то, что уже находится в обиходе."
    ),
    "Simple household technology, from solar heaters to efficient stoves, saves money and "
    "cuts smoke without waiting for large investments.": (
        "Простые бытовые технологии, от солнечных водонагревателей до экономичных печей, "
        "экономят деньги и уменьшают дым, не дожидаясь крупных инвестиций."
    ),
    "Land and water have to serve farms, towns and nature at once, and the plans that share "
    "them work best when those affected help write them.": (
        "Земля и вода должны одновременно служить хозяйствам, городам и природе, и планы их "
        "распределения работают лучше всего, когда их помогают писать те, кого они касаются."
    ),
    "Local decisions improve when residents can see the options in time and speak before the "
    "decision is taken.": (
        "Местные решения становятся лучше, когда жители вовремя видят варианты и могут "
        "высказаться до того, как решение принято."
    ),
    "Residents can only take part in decisions if they can read the budgets, plans and rules "
    "that the authorities already hold.": (
        "Жители могут участвовать в решениях, только если им доступны бюджеты, планы и "
        "правила, которые уже есть у властей."
    ),
    "Every child can learn in an ordinary school when teachers, buildings and parents are "
    "prepared for it.": (
        "Любой ребёнок может учиться в обычной школе, если к этому готовы учителя, здания и "
        "родители."
    ),
    # Library: analysis.
    "Who pays for the stairwell? Shared repairs in old apartment blocks": (
        "Кто платит за подъезд? Общий ремонт в старых многоэтажках"
    ),
    "Most residents of Soviet-era blocks agree the roof needs fixing; far fewer agree on who "
    "should pay. We looked at how twelve buildings in Karaganda settled the question.": (
        "Почти все жильцы советских многоэтажек согласны, что крышу пора чинить, но о том, "
        "кто должен платить, договариваются немногие. Мы посмотрели, как этот вопрос решили "
        "в двенадцати домах Караганды."
    ),
    "In twelve apartment blocks we visited, the roof, the stairwell and the heating pipes "
    "belonged to everyone and therefore to no one. Where residents had a working association "
    "with a small monthly fee, repairs happened within a year of the first complaint. Where "
    "they did not, the same leak was reported for five winters running.": (
        "В двенадцати домах, где мы побывали, крыша, подъезд и трубы отопления принадлежали "
        "всем, а значит, никому. Там, где у жильцов было действующее объединение с небольшим "
        "ежемесячным взносом, ремонт делали в течение года после первой жалобы. Там, где его "
        "не было, об одной и той же протечке сообщали пять зим подряд."
    ),
    "Pensions against the price of winter heating": "Пенсия против цены зимнего отопления",
    "A household survey in three Kyrgyz towns shows how much of an older person's pension "
    "goes on coal and electricity between November and March.": (
        "Опрос домохозяйств в трёх городах Кыргызстана показывает, какая часть пенсии "
        "пожилого человека уходит на уголь и электричество с ноября по март."
    ),
    "For a pensioner living alone in Talas, heating in January can take more than half of the "
    "monthly pension. Our survey of 240 households found that older people cut back on food "
    "and medicine first, and that most did not know they could apply for a heating "
    "allowance.": (
        "У одинокого пенсионера в Таласе отопление в январе может забирать больше половины "
        "месячной пенсии. Наш опрос 240 домохозяйств показал, что пожилые люди в первую "
        "очередь экономят на еде и лекарствах и что большинство из них не знали о праве "
        "на пособие на отопление."
    ),
    "Mercury in the household: what a survey of 400 homes found": (
        "Ртуть в быту: что показал опрос в 400 домах"
    ),
    "Broken thermometers and old lamps are still common in homes in Sughd. Few families know "
    "how to clean up a spill safely.": (
        "Разбитые градусники и старые лампы по-прежнему обычное дело в домах Согдийской "
        "области. Мало кто знает, как безопасно убрать разлитую ртуть."
    ),
    "Volunteers visited 400 homes in and around Khujand and asked what families did with a "
    "broken mercury thermometer. Two thirds had broken at least one in the past five years; "
    "most swept the beads up with a broom or vacuum cleaner, which spreads the vapour through "
    "the room.": (
        "Волонтёры обошли 400 домов в Худжанде и окрестностях и спрашивали, что семьи "
        "делали с разбитым ртутным градусником. Две трети за последние пять лет разбили хотя "
        "бы один; большинство смели шарики веником или собрали пылесосом, а от этого пары "
        "ртути разносятся по всей комнате."
    ),
    "Solar water heaters in mountain villages: five years of costs and savings": (
        "Солнечные водонагреватели в горных сёлах: пять лет расходов и экономии"
    ),
    "Families who installed simple solar heaters in 2015 have kept records of the fuel they "
    "no longer buy. The figures make a case for public co-financing.": (
        "Семьи, которые в 2015 году установили простые солнечные водонагреватели, записывали, "
        "сколько топлива им больше не пришлось покупать. Эти цифры говорят в пользу "
        "государственного софинансирования."
    ),
    "Thirty families in the Issyk-Kul region kept a notebook of every sack of coal and every "
    "bill for five years after installing a rooftop solar water heater. On average the "
    "heater paid for itself in the fourth year, and earlier where families had insulated the "
    "tank.": (
        "Тридцать семей Иссык-Кульской области пять лет после установки солнечного "
        "водонагревателя на крыше записывали в тетрадь каждый мешок угля и каждый счёт. В "
        "среднем нагреватель окупился на четвёртый год, а там, где семьи утеплили бак, ещё "
        "раньше."
    ),
    "Local budgets in the open: how many districts publish theirs?": (
        "Открытые местные бюджеты: сколько районов их публикуют?"
    ),
    "We checked the websites and notice boards of 60 districts for their budget and its "
    "execution report. The results improved, but unevenly.": (
        "Мы проверили сайты и доски объявлений 60 районов: опубликованы ли там бюджет и отчёт "
        "о его исполнении. Положение улучшилось, но неравномерно."
    ),
    "In 2019, eight of the 60 districts we checked published their approved budget in a form "
    "residents could read. Three years later the number was 27, yet only nine also published "
    "a report on how the money had actually been spent.": (
        "В 2019 году из 60 проверенных нами районов только восемь опубликовали утверждённый "
        "бюджет в понятном жителям виде. Через три года таких районов стало 27, но лишь "
        "девять из них опубликовали ещё и отчёт о том, как деньги были потрачены на самом "
        "деле."
    ),
    "Public hearings after the reform: who comes and who speaks": (
        "Общественные слушания после реформы: кто приходит и кто выступает"
    ),
    "Attendance records from 35 hearings show that young people and women rarely speak, even "
    "when they are in the room.": (
        "Списки участников 35 слушаний показывают, что молодёжь и женщины редко берут слово, "
        "даже когда сидят в зале."
    ),
    "We read the minutes of 35 public hearings held in four regions after the rules on local "
    "consultation changed. Rooms were fuller than before, but seven out of ten speakers were "
    "men over fifty, and most questions were about roads.": (
        "Мы прочитали протоколы 35 общественных слушаний, прошедших в четырёх регионах после "
        "изменения правил местных консультаций. Залы были полнее, чем раньше, но семеро из "
        "десяти выступавших были мужчинами старше пятидесяти, а большинство вопросов "
        "касалось дорог."
    ),
    # Library: policy.
    "Minimum standards for managing shared residential buildings": (
        "Минимальные стандарты управления многоквартирными домами"
    ),
    "A policy brief proposing five minimum standards for the companies and associations that "
    "manage apartment blocks.": (
        "Аналитическая записка, в которой предлагаются пять минимальных стандартов для "
        "компаний и объединений, управляющих многоквартирными домами."
    ),
    "Residents of apartment blocks pay for management but rarely know what they are paying "
    "for. This brief proposes five standards: a public annual plan, a repair fund kept in a "
    "separate account, an annual report to residents, a contact person who answers within "
    "ten days, and a simple way to change manager.": (
        "Жильцы многоквартирных домов платят за управление, но редко знают, за что именно. "
        "Записка предлагает пять стандартов: открытый годовой план, ремонтный фонд на "
        "отдельном счёте, ежегодный отчёт перед жильцами, контактное лицо, которое отвечает "
        "в течение десяти дней, и простой порядок смены управляющего."
    ),
    "Phasing out mercury thermometers in public clinics": (
        "Поэтапный отказ от ртутных градусников в государственных поликлиниках"
    ),
    "A proposal to replace mercury thermometers and blood-pressure meters in public clinics "
    "within three years, with a safe collection scheme for the old ones.": (
        "Предложение за три года заменить ртутные градусники и тонометры в государственных "
        "поликлиниках и наладить безопасный сбор старых приборов."
    ),
    "Digital thermometers now cost less than the clean-up of a single mercury spill in a "
    "clinic. This proposal sets out a three-year timetable for health departments, a "
    "collection scheme run with licensed waste companies, and training for nurses.": (
        "Электронный градусник сегодня обходится дешевле, чем уборка одного разлива ртути в "
        "поликлинике. Предложение описывает трёхлетний график для органов здравоохранения, "
        "сбор старых приборов вместе с лицензированными компаниями по обращению с отходами и "
        "обучение медсестёр."
    ),
    "Recommendations on home care for people over seventy": (
        "Рекомендации по уходу на дому за людьми старше семидесяти лет"
    ),
    "Home care services reach a small share of older people who need them. Six "
    "recommendations for municipalities and the social protection service.": (
        "Услуги ухода на дому получает лишь небольшая часть пожилых людей, которым они "
        "нужны. Шесть рекомендаций для местных властей и службы социальной защиты."
    ),
    "Most older people want to stay at home, and home care costs less than residential care. "
    "Our recommendations cover needs assessment, a register of trained carers, support for "
    "family members who care, and contracts with non-governmental organisations that already "
    "run services.": (
        "Большинство пожилых людей хотят оставаться дома, а уход на дому обходится дешевле "
        "стационарного. Наши рекомендации касаются оценки потребностей, реестра обученных "
        "помощников по уходу, поддержки родственников, которые ухаживают за близкими, и "
        "договоров с неправительственными организациями, уже оказывающими такие услуги."
    ),
    "Opening district budgets: a model regulation for local councils": (
        "Открытые районные бюджеты: типовое положение для местных советов"
    ),
    "A short model regulation that any district council can adopt to publish its budget, its "
    "changes and its execution report on time.": (
        "Короткое типовое положение, которое любой районный совет может принять, чтобы "
        "вовремя публиковать бюджет, изменения в нём и отчёт о его исполнении."
    ),
    "Publishing a budget costs little once the rules are clear. The model regulation in this "
    "brief says what must be published, when, in which format and where, and who answers "
    "residents' questions about it.": (
        "Когда правила ясны, публикация бюджета стоит недорого. Типовое положение в этой "
        "записке определяет, что публиковать, когда, в каком формате и где, а также кто "
        "отвечает на вопросы жителей."
    ),
    "Children with disabilities in ordinary schools: steps for education departments": (
        "Дети с инвалидностью в обычных школах: шаги для отделов образования"
    ),
    "Seven practical steps that let district education departments open ordinary schools to "
    "children with disabilities.": (
        "Семь практических шагов, которые помогут районным отделам образования открыть "
        "обычные школы для детей с инвалидностью."
    ),
    "Many children with disabilities still study at home or in separate institutions. The "
    "steps in this brief start with what a department already controls: ramps and toilets, a "
    "teaching assistant for each pilot school, training for teachers and a parents' council "
    "that reviews progress every term.": (
        "Многие дети с инвалидностью до сих пор учатся на дому или в отдельных учреждениях. "
        "Шаги из этой записки начинаются с того, что уже в руках отдела образования: пандусы "
        "и туалеты, ассистент учителя в каждой пилотной школе, обучение педагогов и "
        "родительский совет, который каждую четверть подводит итоги."
    ),
    "Water-use plans for river basins: a seat at the table for communities": (
        "Планы водопользования в речных бассейнах: место за столом для местных сообществ"
    ),
    "Basin councils decide how water is shared between farms, towns and rivers. This brief "
    "proposes how water users and local groups can take part.": (
        "Бассейновые советы решают, как делить воду между хозяйствами, городами и реками. "
        "Записка предлагает, как в этом могут участвовать водопользователи и местные группы."
    ),
    "Water is scarcer every summer, and the decisions about sharing it are taken far from the "
    "villages that depend on it. We propose that basin councils publish their draft plans, "
    "hold hearings in each district and reserve seats for water users' associations.": (
        "С каждым летом воды всё меньше, а решения о её распределении принимаются далеко от "
        "сёл, которые от неё зависят. Мы предлагаем, чтобы бассейновые советы публиковали "
        "проекты своих планов, проводили слушания в каждом районе и оставляли места для "
        "ассоциаций водопользователей."
    ),
    # Library: resources.
    "A tenant's guide to the building's general meeting": ("Памятка жильцу: общее собрание дома"),
    "How to call a general meeting of residents, what it can decide and how to record the "
    "decisions so that they count.": (
        "Как созвать общее собрание жильцов, что оно вправе решать и как оформить решения, "
        "чтобы они имели силу."
    ),
    "The general meeting of residents is where a building decides on repairs, fees and who "
    "manages it. This guide walks through the notice, the agenda, the quorum, voting and the "
    "minutes, with templates you can copy.": (
        "На общем собрании жильцы решают, какой ремонт делать, какие взносы платить и кто "
        "будет управлять домом. Памятка по шагам разбирает уведомление, повестку дня, кворум, "
        "голосование и протокол и содержит шаблоны, которые можно взять за основу."
    ),
    "Handbook: running a public hearing in your district": (
        "Пособие: как провести общественные слушания в своём районе"
    ),
    "A practical handbook for community groups and officials who organise public hearings: "
    "invitations, the room, the agenda and the report.": (
        "Практическое пособие для инициативных групп и чиновников, которые организуют "
        "общественные слушания: приглашения, помещение, повестка и отчёт."
    ),
    "A good hearing is prepared weeks in advance. This handbook covers choosing a time people "
    "can attend, making the documents available early, giving everyone a fair chance to "
    "speak, and publishing a report that says what changed as a result.": (
        "Хорошие слушания готовят за несколько недель. Пособие рассказывает, как выбрать "
        "время, удобное для людей, заранее открыть доступ к документам, дать каждому равную "
        "возможность высказаться и опубликовать отчёт о том, что изменилось в итоге."
    ),
    "Checklist: collecting broken mercury lamps safely": (
        "Чек-лист: как безопасно собирать разбитые ртутные лампы"
    ),
    "A one-page checklist for schools and housing associations that collect used fluorescent "
    "lamps and thermometers.": (
        "Чек-лист на одну страницу для школ и жилищных объединений, которые собирают "
        "отработанные люминесцентные лампы и градусники."
    ),
    "Fluorescent lamps contain small amounts of mercury that escape when they break. The "
    "checklist explains how to store used lamps, what to do after a breakage and how to hand "
    "them over to a licensed collector.": (
        "В люминесцентных лампах есть немного ртути, которая выходит наружу, если лампа "
        "разбивается. Чек-лист объясняет, как хранить отработанные лампы, что делать, если "
        "лампа разбилась, и как сдать их лицензированной организации."
    ),
    "How to write an information request to a public body": (
        "Как написать информационный запрос в государственный орган"
    ),
    "A step-by-step guide, with examples, to asking a public body for information and "
    "following up when the answer does not come.": (
        "Пошаговое руководство с примерами: как запросить информацию у государственного "
        "органа и что делать, если ответа нет."
    ),
    "Everyone has the right to ask a public body for information it holds. This guide shows "
    "how to word a request so that it cannot be misunderstood, how long the body has to "
    "answer, and what to do when it refuses or stays silent.": (
        "Каждый вправе запросить у государственного органа информацию, которой тот "
        "располагает. Руководство показывает, как сформулировать запрос, чтобы его нельзя "
        "было понять неправильно, сколько времени у органа на ответ и что делать, если он "
        "отказывает или молчит."
    ),
    "Classroom activities for inclusive primary schools": (
        "Занятия для инклюзивных начальных классов"
    ),
    "Twenty short activities that help a class welcome pupils with different abilities, "
    "tested by teachers in Khatlon.": (
        "Двадцать коротких занятий, которые помогают классу принять учеников с разными "
        "возможностями. Их проверили учителя Хатлонской области."
    ),
    "The activities in this collection take ten to twenty minutes and need nothing more than "
    "paper, pencils and a little space. Teachers in five schools tried each one and suggested "
    "how to adapt it for pupils who cannot see, hear or move easily.": (
        "Каждое занятие из этого сборника длится от десяти до двадцати минут, и для него "
        "нужны только бумага, карандаши и немного места. Учителя пяти школ опробовали все "
        "занятия и подсказали, как приспособить их для учеников с нарушениями зрения, слуха "
        "или движения."
    ),
    "Building an efficient stove: a step-by-step guide for households": (
        "Как сложить экономичную печь: пошаговое руководство для семей"
    ),
    "Plans and instructions for a brick stove that uses about a third less fuel than a "
    "traditional one.": (
        "Чертежи и инструкция для кирпичной печи, которая расходует примерно на треть "
        "меньше топлива, чем обычная."
    ),
    "This guide explains how to build a stove with an insulated combustion chamber from "
    "bricks and clay, how to test the draught, and how to keep it clean. The drawings were "
    "checked by a stove maker who has built more than a hundred of them.": (
        "Руководство объясняет, как сложить из кирпича и глины печь с утеплённой топкой, как "
        "проверить тягу и как содержать печь в чистоте. Чертежи проверил печник, который "
        "сложил больше сотни таких печей."
    ),
    # Library: essays (the quote of each is the first sentence of its opening).
    "The courtyard as a commons": "Двор как общее достояние",
    "The shared courtyard between apartment blocks is where neighbours become a community, or "
    "fail to.": (
        "Общий двор между многоэтажками — это место, где соседи становятся сообществом или "
        "так им и не становятся."
    ),
    "I grew up in a courtyard where the benches were repaired by whoever had a hammer and the "
    "trees were watered by whoever passed with a bucket. Nobody owned the courtyard, and for "
    "a long time that was its strength.": (
        "Я вырос во дворе, где скамейки чинил тот, у кого был молоток, а деревья поливал тот, "
        "кто проходил мимо с ведром. Двор никому не принадлежал, и долгое время в этом была "
        "его сила."
    ),
    "Growing old in a town that young people leave": (
        "Стареть в городе, из которого уезжает молодёжь"
    ),
    "When the young leave for the capital or abroad, older people stay behind with the "
    "houses, the gardens and each other.": (
        "Когда молодые уезжают в столицу или за границу, старшие остаются с домами, садами "
        "и друг с другом."
    ),
    "In our street, nine houses out of fifteen are home to people over sixty-five, and most "
    "of their children live elsewhere. They are not lonely in the way the word suggests: they "
    "visit, they argue, they share the harvest. But nobody is left to carry the coal.": (
        "На нашей улице в девяти домах из пятнадцати живут люди старше шестидесяти пяти лет, "
        "и у большинства из них дети живут в других местах. Одинокими в привычном смысле их "
        "не назовёшь: они ходят друг к другу в гости, спорят, делятся урожаем. Но уголь "
        "носить больше некому."
    ),
    "Why the neighbourhood committee still matters": "Почему махаллинский комитет всё ещё важен",
    "The mahalla committee is older than any ministry. It can be a way for residents to be "
    "heard, if residents choose to use it.": (
        "Махаллинский комитет старше любого министерства. Он может помочь жителям быть "
        "услышанными, если они решат им воспользоваться."
    ),
    "Whenever something goes wrong in our neighbourhood, people go first to the mahalla "
    "committee and only then, perhaps, to the district office. That habit is a resource that "
    "civil society has hardly begun to use.": (
        "Когда в нашем квартале что-то идёт не так, люди сначала идут в махаллинский комитет "
        "и только потом, может быть, в хокимият района. Эта привычка — ресурс, которым "
        "гражданское общество почти ещё не пользуется."
    ),
    "A river that belongs to everyone and no one": "Река, которая принадлежит всем и никому",
    "Upstream and downstream villages see the same river very differently.": (
        "Сёла в верховьях и в низовьях видят одну и ту же реку совсем по-разному."
    ),
    "From the bridge in our village, the river looks endless in April and exhausted in "
    "August. The farmers downstream see it only in August. Any fair plan for the river has to "
    "begin by letting both see the whole year.": (
        "С моста в нашем селе река в апреле кажется бесконечной, а в августе обессиленной. "
        "Фермеры ниже по течению видят её только августовской. Любой справедливый план для "
        "реки должен начинаться с того, чтобы и те и другие увидели её за целый год."
    ),
    "Letters from a rural school that said yes": "Письма из сельской школы, которая сказала «да»",
    "A head teacher describes the year her school first welcomed children with disabilities.": (
        "Директор школы рассказывает о годе, когда её школа впервые приняла детей с инвалидностью."
    ),
    "The first letter came from a mother who had been told by three schools that her son "
    "would be better off at home. We had no ramp and no assistant, and I said yes before I "
    "knew how we would manage.": (
        "Первое письмо пришло от матери, которой в трёх школах сказали, что её сыну лучше "
        "учиться дома. У нас не было ни пандуса, ни ассистента, и я сказала «да» раньше, чем "
        "поняла, как мы справимся."
    ),
    "Sunlight is not a luxury": "Солнечный свет — не роскошь",
    "Clean energy is usually discussed as a national plan. In a mountain village it is a warm "
    "shower in March.": (
        "О чистой энергии обычно говорят как о государственной программе. В горном селе это "
        "тёплый душ в марте."
    ),
    "When people talk about green technology they show pictures of wind farms. In our village "
    "it looks like a black tank on a tin roof, and it means that my grandmother washes in "
    "warm water without waiting for the stove.": (
        "Когда говорят о зелёных технологиях, показывают фотографии ветряных электростанций. "
        "В нашем селе это чёрный бак на жестяной крыше, и благодаря ему моя бабушка моется "
        "тёплой водой, не дожидаясь, пока растопится печь."
    ),
    # Newsroom.
    "Small grants open for community housing projects": (
        "Открыт приём заявок на малые гранты для жилищных проектов местных сообществ"
    ),
    "Residents' groups can now apply for grants of up to 8,000 US dollars to repair and "
    "manage their buildings together.": (
        "Группы жильцов теперь могут подать заявку на грант до 8000 долларов США, чтобы "
        "вместе ремонтировать свои дома и управлять ими."
    ),
    "The programme opened its first call for small grants on fair housing. Groups of "
    "residents, homeowners' associations and local organisations can apply for projects that "
    "improve how shared buildings are managed.": (
        "Программа объявила первый конкурс малых грантов по теме справедливого жилья. "
        "Группы жильцов, объединения собственников жилья и местные организации могут "
        "предложить проекты, которые улучшают управление многоквартирными домами."
    ),
    "Academy opens its first course in Kyrgyz": "Академия открыла первый курс на кыргызском языке",
    "The online NGO academy now offers its course on project planning in Kyrgyz as well as "
    "Russian.": (
        "Онлайн-академия НКО теперь предлагает курс по планированию проектов не только на "
        "русском, но и на кыргызском языке."
    ),
    "Learners can now follow the academy's course on project planning in Kyrgyz. The "
    "translation was reviewed by trainers from three regions so that examples match local "
    "practice.": (
        "Курс академии по планированию проектов теперь можно пройти на кыргызском языке. "
        "Перевод проверили тренеры из трёх областей, чтобы примеры соответствовали местной "
        "практике."
    ),
    "Volunteers collect 3,000 old thermometers in Khujand": (
        "Волонтёры собрали в Худжанде 3000 старых градусников"
    ),
    "A two-week collection drive brought in thousands of mercury thermometers from homes and "
    "clinics.": ("За две недели акции жители и поликлиники сдали тысячи ртутных градусников."),
    "Volunteers from a local environmental group set up collection points in schools and "
    "markets. Families who handed in a mercury thermometer received a digital one in "
    "exchange.": (
        "Волонтёры местной экологической группы открыли пункты сбора в школах и на рынках. "
        "Семьи, сдавшие ртутный градусник, получали взамен электронный."
    ),
    "Older people's councils meet in Ganja": "В Гяндже встретились советы пожилых людей",
    "Representatives of older people's councils from five districts met to agree on joint "
    "priorities.": (
        "Представители советов пожилых людей из пяти районов собрались, чтобы согласовать "
        "общие приоритеты."
    ),
    "Transport to clinics, heating allowances and respect in public offices topped the list "
    "of concerns agreed by the councils, which will present them to the city "
    "administration.": (
        "Первые строчки в согласованном советами списке проблем заняли транспорт до "
        "поликлиник, пособия на отопление и уважительное отношение в государственных "
        "учреждениях. Советы представят этот список городской администрации."
    ),
    "Solar heaters installed at a school in Dashoguz": (
        "В школе Дашогуза установили солнечные водонагреватели"
    ),
    "A grantee fitted solar water heaters to a school's kitchen and washrooms.": (
        "Грантополучатель установил солнечные водонагреватели на школьной кухне и в "
        "умывальных комнатах."
    ),
    "Pupils and staff now have warm water for most of the year without burning gas. The "
    "school will share its meter readings so that others can see the savings.": (
        "Теперь у учеников и сотрудников большую часть года есть тёплая вода без расхода "
        "газа. Школа будет публиковать показания счётчиков, чтобы другие увидели экономию."
    ),
    "District budget published online for the first time in Namangan": (
        "В Намангане районный бюджет впервые опубликовали в интернете"
    ),
    "After a campaign by a local group, the district published its approved budget in a "
    "readable form.": (
        "После кампании местной инициативной группы район опубликовал утверждённый бюджет в "
        "понятном виде."
    ),
    "The budget appears on the district website with a short explanation of the main items. "
    "The group that asked for it is now training residents to read it.": (
        "Бюджет размещён на сайте района с кратким пояснением основных статей. Группа, "
        "которая добилась публикации, теперь учит жителей его читать."
    ),
    "Grantees from six countries meet in Almaty": (
        "Грантополучатели из шести стран встретились в Алматы"
    ),
    "More than eighty representatives of grantee organisations shared lessons from their "
    "projects.": (
        "Более восьмидесяти представителей организаций-грантополучателей поделились уроками "
        "своих проектов."
    ),
    "Over two days, participants compared how they involve residents, how they report on "
    "money and what they would do differently next time.": (
        "За два дня участники сравнили, как они вовлекают жителей, как отчитываются о "
        "расходах и что сделали бы иначе в следующий раз."
    ),
    "Tenants in Bishkek form a homeowners' association": (
        "Жильцы в Бишкеке создали объединение собственников жилья"
    ),
    "Residents of three neighbouring blocks voted to manage their buildings themselves.": (
        "Жильцы трёх соседних домов проголосовали за то, чтобы управлять ими самостоятельно."
    ),
    "The new association elected a board, opened a bank account for the repair fund and "
    "published its first plan: fixing the roof of the oldest block.": (
        "Новое объединение избрало правление, открыло банковский счёт для ремонтного фонда и "
        "опубликовало свой первый план: отремонтировать крышу самого старого дома."
    ),
    "Partner newsletter (sample)": "Рассылка партнёров (пример)",
    "Dental clinics in Dushanbe switch to mercury-free fillings": (
        "Стоматологические клиники Душанбе переходят на пломбы без ртути"
    ),
    "Four public dental clinics have stopped using amalgam fillings for children.": (
        "Четыре государственные стоматологические поликлиники перестали ставить детям "
        "амальгамные пломбы."
    ),
    "The clinics took part in a pilot that trained dentists in alternative materials and set "
    "up safe storage for the amalgam they still hold.": (
        "Поликлиники участвовали в пилотном проекте: стоматологов обучили работе с "
        "альтернативными материалами, а для оставшейся амальгамы организовали безопасное "
        "хранение."
    ),
    "Online course on project management reaches 500 learners": (
        "Онлайн-курс по управлению проектами прошли 500 слушателей"
    ),
    "The academy's most popular course passed a milestone during a year of remote work.": (
        "Самый популярный курс академии преодолел важный рубеж за год удалённой работы."
    ),
    "Most learners were staff and volunteers of small organisations outside the capital; four "
    "in five finished every module.": (
        "Большинство слушателей — сотрудники и волонтёры небольших организаций за пределами "
        "столицы; четверо из пяти прошли все модули."
    ),
    "Community plants 2,000 trees along a canal near Mary": (
        "Жители посадили 2000 деревьев вдоль канала под Мары"
    ),
    "Residents and schoolchildren planted trees to shade an irrigation canal and slow "
    "evaporation.": (
        "Жители и школьники посадили деревья, чтобы они затеняли оросительный канал и "
        "уменьшали испарение."
    ),
    "The project was planned with the local water users' association, which will water the "
    "young trees during their first two summers.": (
        "Проект готовили вместе с местной ассоциацией водопользователей, которая будет "
        "поливать молодые деревья первые два лета."
    ),
    "Sign-language interpreters join a public hearing in Samarkand": (
        "На общественных слушаниях в Самарканде работали сурдопереводчики"
    ),
    "For the first time, a city hearing on public transport was interpreted into sign language.": (
        "Впервые городские слушания об общественном транспорте перевели на жестовый язык."
    ),
    "A grantee organisation of deaf people asked for interpreters and helped the city book "
    "them. Several deaf residents spoke at the hearing.": (
        "Организация глухих людей, получившая грант, попросила пригласить переводчиков и "
        "помогла городу их найти. Несколько глухих жителей выступили на слушаниях."
    ),
    "Grant scheme reaches its hundredth project": "Программа грантов поддержала сотый проект",
    "The programme signed its hundredth small grant, to a group of older people's volunteers "
    "in Pavlodar.": (
        "Программа подписала сотый договор о малом гранте с группой волонтёров — пожилых "
        "людей из Павлодара."
    ),
    "One hundred grants have now been awarded across the six countries. Most went to "
    "organisations with fewer than ten staff.": (
        "В шести странах выдано уже сто грантов. Большая часть досталась организациям, в "
        "которых работает меньше десяти человек."
    ),
    "Efficient stoves cut winter fuel use in Naryn villages": (
        "Экономичные печи сократили расход топлива зимой в сёлах Нарына"
    ),
    "Families who rebuilt their stoves burned about a third less coal last winter.": (
        "Семьи, которые переложили свои печи, прошлой зимой сожгли примерно на треть меньше угля."
    ),
    "A grantee trained local builders to construct efficient brick stoves. Forty households "
    "kept fuel diaries through the winter.": (
        "Грантополучатель обучил местных мастеров класть экономичные кирпичные печи. Сорок "
        "семей всю зиму вели дневники расхода топлива."
    ),
    "Schools in Khatlon open resource rooms for children with disabilities": (
        "Школы Хатлона открыли ресурсные комнаты для детей с инвалидностью"
    ),
    "Five schools now have a room with learning materials and a trained assistant.": (
        "В пяти школах теперь есть комната с учебными материалами и обученным ассистентом."
    ),
    "The rooms help pupils with disabilities study alongside their classmates for most of the "
    "day and get extra support when they need it.": (
        "Благодаря этим комнатам ученики с инвалидностью большую часть дня учатся вместе с "
        "одноклассниками и получают дополнительную помощь, когда она нужна."
    ),
    "Volunteers map accessible entrances in Baku": (
        "Волонтёры нанесли на карту доступные входы в Баку"
    ),
    "A volunteer survey recorded whether public buildings in two districts can be entered "
    "with a wheelchair or a pram.": (
        "Волонтёры проверили, можно ли попасть в общественные здания двух районов на "
        "инвалидной коляске или с детской коляской."
    ),
    "The results are published as an open map, and the district administrations have "
    "promised to fix the ten worst entrances first.": (
        "Результаты опубликованы в виде открытой карты, а районные администрации пообещали "
        "в первую очередь переделать десять самых неудобных входов."
    ),
    "City volunteers' bulletin (sample)": "Бюллетень городских волонтёров (пример)",
    "Workshop on caring for older relatives held in Ashgabat": (
        "В Ашхабаде прошёл семинар по уходу за пожилыми родственниками"
    ),
    "Family carers learned practical skills and met others in the same situation.": (
        "Родственники, ухаживающие за близкими, освоили практические навыки и познакомились с "
        "людьми в такой же ситуации."
    ),
    "Nurses and social workers led sessions on moving a person safely, preventing falls and "
    "looking after one's own health as a carer.": (
        "Медсёстры и социальные работники провели занятия о том, как безопасно перемещать "
        "человека, как предотвращать падения и как ухаживающему беречь собственное здоровье."
    ),
    "Water users in Fergana agree a new irrigation schedule": (
        "Водопользователи Ферганы договорились о новом графике полива"
    ),
    "After months of meetings, upstream and downstream farmers agreed how to share water in "
    "dry months.": (
        "После многомесячных встреч фермеры из верховьев и низовьев договорились, как делить "
        "воду в засушливые месяцы."
    ),
    "The schedule was drawn up with help from a grantee that mediated between the villages "
    "and published every draft on the notice board of each village.": (
        "График составили при помощи грантополучателя, который был посредником между сёлами "
        "и вывешивал каждый вариант на доске объявлений в каждом селе."
    ),
    "Shymkent residents review a housing repair plan": (
        "Жители Шымкента обсудили план ремонта жилья"
    ),
    "The city invited residents of twenty blocks to comment on its five-year repair plan.": (
        "Город предложил жильцам двадцати домов высказаться о пятилетнем плане ремонта."
    ),
    "Residents' associations trained by a grantee sent detailed comments, and the city moved "
    "three blocks with failing roofs to the first year of the plan.": (
        "Объединения жильцов, обученные грантополучателем, прислали подробные замечания, и "
        "город перенёс три дома с аварийными крышами на первый год плана."
    ),
    "Training on information requests held in Osh": (
        "В Оше прошёл тренинг по информационным запросам"
    ),
    "Journalists and activists practised writing requests to public bodies.": (
        "Журналисты и активисты учились писать запросы в государственные органы."
    ),
    "Participants wrote real requests during the training; within a month, most had received "
    "at least a partial answer.": (
        "Во время тренинга участники написали настоящие запросы, и в течение месяца "
        "большинство получили хотя бы частичный ответ."
    ),
    "Pamir communities test solar lamps": "Жители Памира испытывают солнечные фонари",
    "Households in remote villages are trying out solar lamps during the long winter evenings.": (
        "Семьи в отдалённых сёлах пробуют солнечные фонари долгими зимними вечерами."
    ),
    "The lamps replace kerosene and candles. A grantee collects feedback on brightness, "
    "battery life and repairs.": (
        "Фонари заменяют керосин и свечи. Грантополучатель собирает отзывы о яркости, "
        "времени работы аккумулятора и ремонте."
    ),
    "Mercury-free lamps for schools in Sumgait": "Лампы без ртути для школ Сумгаита",
    "Ten schools replaced old fluorescent tubes with LED lamps and handed the old tubes to a "
    "licensed collector.": (
        "Десять школ заменили старые люминесцентные лампы светодиодными и сдали старые "
        "лампы лицензированной организации."
    ),
    "Pupils learned why the old lamps need careful handling and helped count and pack them "
    "for collection.": (
        "Ученики узнали, почему со старыми лампами нужно обращаться осторожно, и помогли "
        "пересчитать и упаковать их для вывоза."
    ),
    "Older people's choir tours Turkmenabat": "Хор пожилых людей выступил в Туркменабаде",
    "A choir of pensioners formed during a grant project gave six concerts in the region.": (
        "Хор пенсионеров, созданный в ходе грантового проекта, дал шесть концертов в регионе."
    ),
    "The choir began as a way to meet every week. Its members now also visit neighbours who "
    "cannot leave home.": (
        "Хор начался как повод встречаться каждую неделю. Теперь его участники ещё и "
        "навещают соседей, которые не могут выходить из дома."
    ),
    "Programme publishes open data on every grant": (
        "Программа опубликовала открытые данные обо всех грантах"
    ),
    "A table of all small grants, with amounts, places and themes, can now be downloaded.": (
        "Таблицу всех малых грантов с суммами, местами и темами теперь можно скачать."
    ),
    "The data covers every grant awarded since the scheme began and is updated when new "
    "grants are signed. It can be opened in any spreadsheet.": (
        "Данные охватывают все гранты с начала программы и обновляются при подписании новых. "
        "Таблицу можно открыть в любой программе для работы с электронными таблицами."
    ),
}


def first_sentence(text):
    """The essay's quote, taken from its opening as ``demo.articles.body_for`` takes it."""
    return text.split(". ")[0] + "."


def generated():
    """The essays' quotes (the first sentence of each opening) and the titles of the PDFs
    that come with policy briefs and resources (which stay in English)."""
    quotes = {
        first_sentence(opening): first_sentence(TEXTS[opening])
        for kind, _title, _summary, opening, *_rest in ARTICLES
        if kind == ArticleKind.ESSAY
    }
    documents = {
        f"{title} (sample PDF)": f"{TEXTS[title]} (образец PDF на английском языке)"
        for kind, title, *_rest in ARTICLES
        if kind in KINDS_WITH_DOCUMENTS
    }
    return {**quotes, **documents}
