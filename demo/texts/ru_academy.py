"""Russian: the academy's courses (``demo.academy_data``)."""

from demo.academy_data import THEME_AUDIENCE

TEXTS = {
    # Courses: title and catch phrase.
    "Tenants' rights in shared apartment blocks": "Права жильцов многоквартирных домов",
    "Know what the law says about your home and how to stand up for it with your neighbours.": (
        "Узнайте, что закон говорит о вашем жилье и как отстаивать его вместе с соседями."
    ),
    "Running a homeowners' association": "Как управлять объединением собственников жилья",
    "Set up fair rules, honest accounts and good meetings for the building you share.": (
        "Введите в своём доме справедливые правила, честный учёт и толковые собрания."
    ),
    "Fair rules for housing repairs": "Справедливые правила ремонта жилья",
    "Plan, fund and supervise repairs so that every household pays its fair share.": (
        "Планируйте ремонт, находите на него деньги и следите за работами так, чтобы каждая "
        "семья платила свою справедливую долю."
    ),
    "Housing advice for families at risk": "Жилищные консультации для семей в трудной ситуации",
    "Help families facing eviction or unsafe homes find their way through the system.": (
        "Помогите семьям, которым грозит выселение или которые живут в опасном жилье, "
        "разобраться в системе."
    ),
    "Monitoring social housing programmes": "Мониторинг программ социального жилья",
    "Follow public housing money from the budget line to the keys handed over.": (
        "Проследите путь бюджетных денег на жильё от строки бюджета до вручения ключей."
    ),
    "Safe and accessible homes": "Безопасное жильё без барьеров",
    "Make homes safer for children, older people and people with disabilities.": (
        "Сделайте жильё безопаснее для детей, пожилых людей и людей с инвалидностью."
    ),
    "Community care for older people": "Забота о пожилых людях силами сообщества",
    "Organise home visits, meals and company for neighbours who live alone.": (
        "Организуйте посещения на дому, питание и общение для одиноких соседей."
    ),
    "Pensions and benefits: helping people claim them": (
        "Пенсии и пособия: как помочь людям их получить"
    ),
    "Guide older people through the paperwork so that they receive what they are owed.": (
        "Помогите пожилым людям с документами, чтобы они получили всё, что им положено."
    ),
    "Volunteering with older people": "Волонтёрская работа с пожилыми людьми",
    "Recruit, train and keep volunteers who visit and support older neighbours.": (
        "Находите, обучайте и удерживайте волонтёров, которые навещают и поддерживают "
        "пожилых соседей."
    ),
    "Preventing abuse of older people": "Профилактика насилия в отношении пожилых людей",
    "Recognise neglect and abuse, and know whom to call and what to say.": (
        "Научитесь распознавать пренебрежение и насилие и знать, куда звонить и что говорить."
    ),
    "Age-friendly neighbourhoods": "Кварталы, удобные для людей любого возраста",
    "Map what makes a street hard for older people and work with the council to fix it.": (
        "Отметьте на карте, что мешает пожилым людям на улице, и исправьте это вместе с "
        "местным советом."
    ),
    "Teaching digital skills to older learners": "Цифровые навыки для старшего поколения",
    "Help older people use phones and online services with patience and confidence.": (
        "Терпеливо помогайте пожилым людям уверенно пользоваться телефоном и онлайн-сервисами."
    ),
    "Mercury in everyday products": "Ртуть в повседневных товарах",
    "Find out where mercury hides at home, at school and in the clinic, and what replaces it.": (
        "Узнайте, где прячется ртуть дома, в школе и в поликлинике и чем её можно заменить."
    ),
    "Replacing mercury thermometers in clinics": "Замена ртутных градусников в поликлиниках",
    "Plan the switch to digital thermometers with doctors, nurses and suppliers.": (
        "Спланируйте переход на электронные градусники вместе с врачами, медсёстрами и "
        "поставщиками."
    ),
    "Safe collection of used lamps": "Безопасный сбор отработанных ламп",
    "Set up a collection point for broken lamps that protects people and the soil.": (
        "Откройте пункт сбора разбитых ламп, который защищает людей и почву."
    ),
    "Mercury-free dentistry: an advocacy guide": (
        "Стоматология без ртути: руководство по адвокации"
    ),
    "Build the case for mercury-free fillings and take it to the health authorities.": (
        "Соберите доводы в пользу пломб без ртути и донесите их до органов здравоохранения."
    ),
    "Citizen testing for mercury": "Гражданская проверка товаров на ртуть",
    "Test cosmetics and products for mercury and publish the results responsibly.": (
        "Проверяйте косметику и другие товары на ртуть и ответственно публикуйте результаты."
    ),
    "Talking to families about mercury": "Как говорить с семьями о ртути",
    "Explain the risks of mercury clearly, without causing panic.": (
        "Объясняйте риски ртути понятно и не вызывая паники."
    ),
    "Solar water heaters for rural households": "Солнечные водонагреватели для сельских семей",
    "Choose, install and maintain a solar water heater that pays for itself.": (
        "Выберите, установите и обслуживайте солнечный водонагреватель, который окупит себя."
    ),
    "Efficient stoves and clean heating": "Экономичные печи и чистое отопление",
    "Keep homes warm through the winter while burning less coal and wood.": (
        "Сохраняйте тепло в доме всю зиму, сжигая меньше угля и дров."
    ),
    "Energy audits for schools": "Энергоаудит для школ",
    "Measure where a school loses heat and power, and plan what to fix first.": (
        "Выясните, где школа теряет тепло и электроэнергию, и решите, что исправлять в "
        "первую очередь."
    ),
    "Small-scale biogas": "Малые биогазовые установки",
    "Turn farm waste into cooking gas and fertiliser with a village biogas unit.": (
        "Превращайте отходы хозяйства в газ для кухни и удобрения с помощью сельской "
        "биогазовой установки."
    ),
    "Insulating homes on a small budget": "Утепление жилья при скромном бюджете",
    "Cut heating bills with simple insulation that families can install themselves.": (
        "Сократите счета за отопление с помощью простого утепления, которое семьи могут "
        "сделать своими руками."
    ),
    "Drip irrigation for smallholders": "Капельное орошение для небольших хозяйств",
    "Grow more with less water using drip lines that farmers can build and repair.": (
        "Выращивайте больше при меньшем расходе воды с капельными линиями, которые фермеры "
        "могут собрать и починить сами."
    ),
    "Planning local sustainable development": "Планирование устойчивого развития на местах",
    "Write a local development plan that balances jobs, water, land and the future.": (
        "Составьте местный план развития, в котором уравновешены рабочие места, вода, земля "
        "и будущее."
    ),
    "Water users' associations": "Ассоциации водопользователей",
    "Share irrigation water fairly and keep the canals in good repair together.": (
        "Делите поливную воду по справедливости и вместе содержите каналы в порядке."
    ),
    "Waste sorting in small towns": "Сортировка отходов в малых городах",
    "Start a sorting and recycling scheme that residents actually use.": (
        "Запустите систему сортировки и переработки, которой жители действительно пользуются."
    ),
    "Social entrepreneurship for NGOs": "Социальное предпринимательство для НКО",
    "Earn income for your mission with a small social business.": (
        "Зарабатывайте на свою миссию с помощью небольшого социального бизнеса."
    ),
    "Climate adaptation in mountain communities": (
        "Адаптация к изменению климата в горных сообществах"
    ),
    "Prepare villages for mudflows, droughts and hotter summers.": (
        "Подготовьте сёла к селям, засухам и всё более жаркому лету."
    ),
    "Measuring what your project changes": "Как измерить, что меняет ваш проект",
    "Plan monitoring and evaluation that shows real results, not only activities.": (
        "Спланируйте мониторинг и оценку, которые показывают реальные результаты, а не "
        "только проведённые мероприятия."
    ),
    "Organising public hearings": "Как организовать общественные слушания",
    "Prepare, run and report a public hearing that residents trust.": (
        "Подготовьте и проведите слушания, которым доверяют жители, и отчитайтесь о них."
    ),
    "Community councils that work": "Работающие общественные советы",
    "Help a community council set priorities, keep minutes and report back to residents.": (
        "Помогите общественному совету выбрать приоритеты, вести протоколы и отчитываться "
        "перед жителями."
    ),
    "Advocacy campaigns step by step": "Адвокационная кампания шаг за шагом",
    "Turn a local problem into a campaign with a clear goal, allies and a message.": (
        "Превратите местную проблему в кампанию с ясной целью, союзниками и посланием."
    ),
    "Working with local government": "Работа с местной властью",
    "Build a working relationship with the local administration and keep it honest.": (
        "Наладьте рабочие отношения с местной администрацией и сохраняйте их честными."
    ),
    "Young people in local decisions": "Молодёжь в местных решениях",
    "Give young people a real voice in the decisions of their town.": (
        "Дайте молодым людям настоящий голос в решениях их города."
    ),
    "Facilitating community meetings": "Фасилитация собраний жителей",
    "Run meetings where everyone speaks, decisions get made and nobody leaves angry.": (
        "Проводите собрания, на которых высказываются все, решения принимаются, а никто не "
        "уходит обиженным."
    ),
    "Project management for small NGOs": "Управление проектами для небольших НКО",
    "Plan, run and close a project on time and on budget with a small team.": (
        "Планируйте, ведите и завершайте проект в срок и в рамках бюджета небольшой командой."
    ),
    "Requesting public information": "Запрос публичной информации",
    "Write requests that the authorities must answer, and follow them up.": (
        "Пишите запросы, на которые власти обязаны ответить, и добивайтесь ответа."
    ),
    "Reading a local budget": "Как читать местный бюджет",
    "Understand where your town's money comes from and where it goes.": (
        "Разберитесь, откуда у вашего города деньги и куда они уходят."
    ),
    "Open data for civil society": "Открытые данные для гражданского общества",
    "Find, clean and use public data to back up what your organisation says.": (
        "Находите, очищайте и используйте открытые данные, чтобы подкреплять слова вашей "
        "организации."
    ),
    "Checking facts and sources": "Проверка фактов и источников",
    "Verify claims, photos and numbers before your organisation shares them.": (
        "Проверяйте утверждения, фотографии и цифры, прежде чем ваша организация их опубликует."
    ),
    "Clear writing for NGOs": "Понятный язык для НКО",
    "Write reports, posts and letters that busy people read to the end.": (
        "Пишите отчёты, посты и письма, которые занятые люди дочитывают до конца."
    ),
    "Digital security for activists": "Цифровая безопасность для активистов",
    "Protect your accounts, devices and contacts from the most common attacks.": (
        "Защитите свои аккаунты, устройства и контакты от самых распространённых атак."
    ),
    "Inclusive classrooms: first steps": "Инклюзивный класс: первые шаги",
    "Make a classroom where every child can learn, whatever their needs.": (
        "Создайте класс, где может учиться каждый ребёнок, какими бы ни были его потребности."
    ),
    "Supporting learners with disabilities": "Поддержка учащихся с инвалидностью",
    "Adapt lessons, materials and tests for learners with disabilities.": (
        "Адаптируйте уроки, материалы и проверочные работы для учащихся с инвалидностью."
    ),
    "Designing accessible online courses": "Как создавать доступные онлайн-курсы",
    "Build online lessons that work on slow connections and with screen readers.": (
        "Создавайте онлайн-уроки, которые работают при медленном интернете и с программами "
        "экранного доступа."
    ),
    "Mentoring young volunteers": "Наставничество для молодых волонтёров",
    "Support young volunteers so that they grow and stay with your organisation.": (
        "Поддерживайте молодых волонтёров, чтобы они росли и оставались в вашей организации."
    ),
    "Fundraising for small NGOs": "Фандрайзинг для небольших НКО",
    "Find donors beyond grants and keep them informed and loyal.": (
        "Находите доноров не только среди грантодателей, держите их в курсе дел и "
        "сохраняйте их поддержку."
    ),
    "Financial reporting for grant recipients": "Финансовая отчётность для грантополучателей",
    "Keep the books and write financial reports that donors approve first time.": (
        "Ведите учёт и пишите финансовые отчёты, которые доноры принимают с первого раза."
    ),
    # Modules of the fair housing courses: title, description, lessons.
    "What the housing law says": "Что говорит жилищный закон",
    "The rights and duties of owners, tenants and managers.": (
        "Права и обязанности собственников, нанимателей и управляющих."
    ),
    "Ownership and tenancy": "Собственность и наём",
    "Common property in a shared building": "Общее имущество многоквартирного дома",
    "Where to find the rules": "Где найти правила",
    "Organising your neighbours": "Как объединить соседей",
    "From a list of complaints to a group that acts together.": (
        "От списка жалоб к группе, которая действует сообща."
    ),
    "Mapping the building": "Составляем карту дома",
    "The first meeting": "Первое собрание",
    "Choosing representatives": "Выбор представителей",
    "Money and accounts": "Деньги и учёт",
    "Fees, budgets and reports that every household can check.": (
        "Взносы, сметы и отчёты, которые может проверить каждая семья."
    ),
    "Setting fair fees": "Справедливые взносы",
    "Keeping simple accounts": "Простой учёт",
    "Reporting to residents": "Отчёт перед жильцами",
    "Solving disputes": "Разрешение споров",
    "Ways to settle conflicts before they reach court.": (
        "Как уладить конфликт, не доводя дело до суда."
    ),
    "Listening to both sides": "Выслушать обе стороны",
    "Mediation step by step": "Медиация шаг за шагом",
    "When to go to court": "Когда обращаться в суд",
    "Working with the authorities": "Работа с органами власти",
    "Who is responsible for what, and how to ask them.": (
        "Кто за что отвечает и как к ним обращаться."
    ),
    "The housing inspectorate": "Жилищная инспекция",
    "Writing a complaint": "Как написать жалобу",
    "Following up": "Как добиться ответа",
    # Modules of the courses for and about older people.
    "Ageing in our region": "Старение в нашем регионе",
    "Facts about older people's lives, income and health.": (
        "Факты о жизни, доходах и здоровье пожилых людей."
    ),
    "What the numbers say": "О чём говорят цифры",
    "Loneliness and isolation": "Одиночество и изоляция",
    "Listening to older people": "Слушать пожилых людей",
    "Rights and entitlements": "Права и льготы",
    "Pensions, benefits and services older people may claim.": (
        "Пенсии, пособия и услуги, на которые могут рассчитывать пожилые люди."
    ),
    "Pensions explained": "Как устроены пенсии",
    "Social benefits": "Социальные пособия",
    "Helping with applications": "Помощь с заявлениями",
    "Care at home": "Уход на дому",
    "Visits and help that let people stay in their own homes.": (
        "Посещения и помощь, благодаря которым люди могут жить у себя дома."
    ),
    "Planning a home visit": "Как спланировать визит на дом",
    "Safe help with daily tasks": "Безопасная помощь в быту",
    "Caring for the carers": "Забота о тех, кто ухаживает",
    "Recognising harm": "Как распознать беду",
    "Signs of neglect, abuse and fraud, and what to do.": (
        "Признаки пренебрежения, насилия и мошенничества и что делать."
    ),
    "Warning signs": "Тревожные признаки",
    "Talking to someone at risk": "Разговор с человеком в опасности",
    "Referral and follow-up": "Направление к специалистам и сопровождение",
    "A voice in public life": "Голос в общественной жизни",
    "Helping older people take part in local decisions.": (
        "Как помочь пожилым людям участвовать в местных решениях."
    ),
    "Councils of elders": "Советы старейшин",
    "Accessible meetings": "Собрания без барьеров",
    "Raising issues with the council": "Как поднять вопрос в местном совете",
    # Modules of the mercury-free courses.
    "Why mercury matters": "Чем опасна ртуть",
    "How mercury harms health and the environment.": (
        "Как ртуть вредит здоровью и окружающей среде."
    ),
    "Mercury in the body": "Ртуть в организме",
    "Mercury in water and soil": "Ртуть в воде и почве",
    "The Minamata Convention": "Минаматская конвенция",
    "Where mercury is used": "Где используется ртуть",
    "Products that still contain mercury and their alternatives.": (
        "Товары, в которых всё ещё есть ртуть, и их альтернативы."
    ),
    "Thermometers and blood-pressure gauges": "Градусники и тонометры",
    "Lamps and batteries": "Лампы и батарейки",
    "Cosmetics and skin creams": "Косметика и кремы для кожи",
    "Safe handling": "Безопасное обращение",
    "What to do when a thermometer or lamp breaks.": (
        "Что делать, если разбился градусник или лампа."
    ),
    "Cleaning up a spill safely": "Как безопасно убрать ртуть",
    "Storing broken items": "Хранение разбитых приборов",
    "Protecting children": "Как защитить детей",
    "Collection and disposal": "Сбор и утилизация",
    "Setting up a collection scheme with the municipality.": (
        "Как наладить сбор вместе с местными властями."
    ),
    "Finding partners": "Поиск партнёров",
    "Running a collection point": "Работа пункта сбора",
    "Where the waste goes": "Куда попадают отходы",
    "Changing policy": "Как изменить политику",
    "Persuading clinics, shops and authorities to go mercury-free.": (
        "Как убедить поликлиники, магазины и власти отказаться от ртути."
    ),
    "Gathering evidence": "Сбор доказательств",
    "Meeting decision-makers": "Встречи с теми, кто принимает решения",
    "Public campaigns": "Публичные кампании",
    # Modules of the green technology courses.
    "Energy in the household": "Энергия в домашнем хозяйстве",
    "Where a family's energy goes and what it costs.": (
        "На что семья тратит энергию и сколько это стоит."
    ),
    "Reading an energy bill": "Как читать счёт за энергию",
    "Heat losses in a house": "Теплопотери в доме",
    "Cheap savings first": "Сначала дешёвая экономия",
    "Choosing the technology": "Выбор технологии",
    "Comparing options for climate, budget and skills.": (
        "Сравниваем варианты с учётом климата, бюджета и навыков."
    ),
    "Solar heat and solar power": "Солнечное тепло и солнечное электричество",
    "Stoves and boilers": "Печи и котлы",
    "Costs and payback time": "Затраты и срок окупаемости",
    "Installation": "Монтаж",
    "Installing equipment safely with local craftsmen.": (
        "Безопасная установка оборудования с местными мастерами."
    ),
    "Working with installers": "Работа с монтажниками",
    "Safety on site": "Безопасность на объекте",
    "Checking the work": "Приёмка работ",
    "Maintenance": "Обслуживание",
    "Keeping equipment working for many years.": (
        "Как сохранить оборудование исправным на долгие годы."
    ),
    "A maintenance calendar": "Календарь обслуживания",
    "Common faults": "Частые неисправности",
    "Spare parts and repairs": "Запчасти и ремонт",
    "Spreading the idea": "Как распространить идею",
    "Demonstrations and savings groups that help neighbours follow.": (
        "Показы и группы накоплений, которые помогают соседям последовать примеру."
    ),
    "Demonstration days": "Дни показа",
    "Savings groups": "Группы накоплений",
    "Telling the story with numbers": "Рассказ в цифрах",
    # Modules of the sustainable development courses.
    "Understanding sustainability": "Что такое устойчивость",
    "Jobs, water, land and people in one picture.": (
        "Рабочие места, вода, земля и люди в одной картине."
    ),
    "The three sides of sustainability": "Три стороны устойчивости",
    "Local resources": "Местные ресурсы",
    "Risks and trends": "Риски и тенденции",
    "Planning with the community": "Планирование вместе с сообществом",
    "Methods that bring everyone's knowledge into the plan.": (
        "Методы, которые помогают учесть в плане знания каждого."
    ),
    "Community mapping": "Картирование сообщества",
    "Setting priorities": "Выбор приоритетов",
    "Writing the plan": "Составление плана",
    "Financing": "Финансирование",
    "Public funds, donors and local contributions.": (
        "Государственные средства, доноры и местные вклады."
    ),
    "The local budget": "Местный бюджет",
    "Donor programmes": "Донорские программы",
    "Local contributions": "Местные вклады",
    "Running the project": "Реализация проекта",
    "Keeping a development project on track.": "Как вести проект развития по плану.",
    "Work plans": "Рабочие планы",
    "Managing risks": "Управление рисками",
    "Keeping people informed": "Информирование людей",
    "Measuring change": "Измерение изменений",
    "Indicators that show what really improved.": (
        "Индикаторы, которые показывают, что действительно улучшилось."
    ),
    "Choosing indicators": "Выбор индикаторов",
    "Collecting data": "Сбор данных",
    "Learning from results": "Уроки из результатов",
    # Modules of the civic participation courses.
    "Why participation matters": "Почему участие важно",
    "What people gain when they take part in decisions.": (
        "Что получают люди, когда участвуют в принятии решений."
    ),
    "Rights to take part": "Право на участие",
    "Examples from the region": "Примеры из региона",
    "Obstacles and how to overcome them": "Препятствия и как их преодолеть",
    "Preparing an event": "Подготовка мероприятия",
    "Planning hearings and meetings that people attend.": (
        "Как планировать слушания и собрания, на которые люди приходят."
    ),
    "Choosing the question": "Выбор вопроса",
    "Inviting people": "Приглашение участников",
    "Preparing materials": "Подготовка материалов",
    "On the day": "В день мероприятия",
    "Running a fair and productive discussion.": "Как провести честное и полезное обсуждение.",
    "Opening the meeting": "Открытие собрания",
    "Giving everyone a voice": "Слово каждому",
    "Recording decisions": "Запись решений",
    "After the event": "После мероприятия",
    "Turning decisions into action and reporting back.": (
        "Как превратить решения в действия и рассказать о результатах."
    ),
    "Writing the report": "Подготовка отчёта",
    "Following up with officials": "Дальнейшая работа с чиновниками",
    "Telling residents what changed": "Рассказать жителям, что изменилось",
    "Building alliances": "Создание союзов",
    "Working with other groups, the media and officials.": (
        "Работа с другими группами, СМИ и чиновниками."
    ),
    "Finding allies": "Поиск союзников",
    "Working with journalists": "Работа с журналистами",
    "Keeping partners on board": "Как сохранить партнёров",
    # Modules of the access to information courses.
    "The right to know": "Право знать",
    "What the law says about access to public information.": (
        "Что говорит закон о доступе к публичной информации."
    ),
    "The law in your country": "Закон в вашей стране",
    "What must be published": "Что должно быть опубликовано",
    "Exceptions and limits": "Исключения и ограничения",
    "Asking questions": "Как задавать вопросы",
    "Writing requests and following them up.": "Как писать запросы и добиваться ответа.",
    "Writing a request": "Составление запроса",
    "Deadlines and answers": "Сроки и ответы",
    "Appeals": "Обжалование",
    "Working with data": "Работа с данными",
    "Finding, cleaning and checking public data.": ("Поиск, очистка и проверка открытых данных."),
    "Where data lives": "Где искать данные",
    "Cleaning a spreadsheet": "Очистка таблицы",
    "Checking the numbers": "Проверка цифр",
    "Telling the story": "Как рассказать историю",
    "Turning information into something people understand.": (
        "Как превратить информацию в то, что люди поймут."
    ),
    "Finding the story": "Поиск истории",
    "Simple charts": "Простые диаграммы",
    "Writing clearly": "Пишем понятно",
    "Staying safe": "Безопасность",
    "Protecting sources, accounts and devices.": "Защита источников, аккаунтов и устройств.",
    "Strong passwords": "Надёжные пароли",
    "Safe messaging": "Безопасная переписка",
    "Protecting sources": "Защита источников",
    # Modules of the inclusive education courses.
    "What inclusion means": "Что такое инклюзия",
    "From special schools to learning together.": ("От специальных школ к совместному обучению."),
    "Models of disability": "Модели инвалидности",
    "Inclusion in the law": "Инклюзия в законодательстве",
    "Attitudes and barriers": "Отношение и барьеры",
    "Knowing your learners": "Знать своих учеников",
    "Understanding each learner's strengths and needs.": (
        "Как понять сильные стороны и потребности каждого ученика."
    ),
    "Observing learners": "Наблюдение за учениками",
    "Working with families": "Работа с семьями",
    "Individual plans": "Индивидуальные планы",
    "Adapting teaching": "Адаптация обучения",
    "Lessons, materials and tests that work for everyone.": (
        "Уроки, материалы и проверочные работы, которые подходят всем."
    ),
    "Clear instructions": "Понятные инструкции",
    "Accessible materials": "Доступные материалы",
    "Fair assessment": "Справедливое оценивание",
    "An accessible environment": "Доступная среда",
    "Classrooms, buildings and online spaces.": "Классы, здания и онлайн-пространства.",
    "Physical access": "Физическая доступность",
    "Accessible documents": "Доступные документы",
    "Online learning on slow connections": "Онлайн-обучение при медленном интернете",
    "Working as a team": "Работа в команде",
    "Teachers, assistants, families and specialists together.": (
        "Учителя, ассистенты, семьи и специалисты вместе."
    ),
    "Roles in the team": "Роли в команде",
    "Meetings that help": "Полезные встречи",
    "Support for teachers": "Поддержка учителей",
    # The opening and closing modules every course shares.
    "Getting started": "Начало работы",
    "How the course works and what you want to get from it.": (
        "Как устроен курс и чего вы от него ждёте."
    ),
    "Welcome and how the course works": "Добро пожаловать: как устроен курс",
    "Your learning goals": "Ваши учебные цели",
    "Putting it into practice": "Применение на практике",
    "A plan for using what you learned in your own organisation.": (
        "План применения полученных знаний в вашей организации."
    ),
    "Planning your first step": "Планируем первый шаг",
    "Sharing what you learned with colleagues": "Делимся знаниями с коллегами",
    "Final assignment": "Итоговое задание",
    "A short practical assignment, reviewed by other learners.": (
        "Короткое практическое задание, которое проверяют другие слушатели."
    ),
    "Preparing your assignment": "Подготовка задания",
    "Reviewing another learner's work": "Рецензия на работу другого слушателя",
    # What you will learn.
    "Explain the rights and duties of owners and tenants": (
        "Объяснять права и обязанности собственников и нанимателей"
    ),
    "Organise residents of a shared building": "Объединять жильцов многоквартирного дома",
    "Keep accounts that every household can check": (
        "Вести учёт, который может проверить каждая семья"
    ),
    "Settle a dispute between neighbours without going to court": (
        "Улаживать споры между соседями без суда"
    ),
    "Write a complaint the housing authorities must answer": (
        "Писать жалобы, на которые жилищные органы обязаны ответить"
    ),
    "Describe the situation of older people in your community": (
        "Описывать положение пожилых людей в вашем сообществе"
    ),
    "Help an older person claim a pension or benefit": (
        "Помогать пожилому человеку оформить пенсию или пособие"
    ),
    "Plan safe and respectful home visits": "Планировать безопасные и уважительные визиты на дом",
    "Recognise signs of neglect and abuse": "Распознавать признаки пренебрежения и насилия",
    "Involve older people in local decisions": "Вовлекать пожилых людей в местные решения",
    "Explain how mercury harms health": "Объяснять, как ртуть вредит здоровью",
    "Name the products that still contain mercury and their alternatives": (
        "Называть товары, в которых всё ещё есть ртуть, и их альтернативы"
    ),
    "Clean up a mercury spill safely": "Безопасно убирать разлитую ртуть",
    "Set up a collection point with the municipality": (
        "Открывать пункт сбора вместе с местными властями"
    ),
    "Make the case for mercury-free policies": "Обосновывать политику отказа от ртути",
    "Read an energy bill and find the biggest losses": (
        "Читать счёт за энергию и находить самые большие потери"
    ),
    "Compare technologies by cost and payback time": (
        "Сравнивать технологии по стоимости и сроку окупаемости"
    ),
    "Supervise an installation safely": "Следить за безопасностью монтажа",
    "Plan regular maintenance": "Планировать регулярное обслуживание",
    "Run a demonstration day for neighbours": "Проводить для соседей день показа",
    "Describe your community's resources and risks": (
        "Описывать ресурсы и риски вашего сообщества"
    ),
    "Lead a community mapping session": "Проводить картирование сообщества",
    "Combine public, donor and local funding": (
        "Сочетать государственное, донорское и местное финансирование"
    ),
    "Keep a project on schedule": "Выдерживать график проекта",
    "Choose indicators that show real change": (
        "Выбирать индикаторы, которые показывают реальные изменения"
    ),
    "Explain people's rights to take part in local decisions": (
        "Объяснять права людей на участие в местных решениях"
    ),
    "Prepare a public hearing": "Готовить общественные слушания",
    "Give every participant a fair chance to speak": (
        "Давать каждому участнику возможность высказаться"
    ),
    "Report decisions back to residents": "Сообщать жителям о принятых решениях",
    "Build alliances with other groups and the media": "Создавать союзы с другими группами и СМИ",
    "Explain the law on access to information": "Объяснять закон о доступе к информации",
    "Write an information request and appeal a refusal": (
        "Писать информационный запрос и обжаловать отказ"
    ),
    "Clean and check a public dataset": "Очищать и проверять открытый набор данных",
    "Present numbers in a simple chart": "Показывать цифры на простой диаграмме",
    "Protect your accounts and your sources": "Защищать свои аккаунты и источники",
    "Explain what inclusive education means": "Объяснять, что такое инклюзивное образование",
    "Write an individual learning plan": "Составлять индивидуальный учебный план",
    "Adapt a lesson for different learners": "Адаптировать урок для разных учеников",
    "Make documents and online lessons accessible": "Делать документы и онлайн-уроки доступными",
    "Work as a team with families and specialists": "Работать в команде с семьями и специалистами",
    # Body, questions, certificate, prerequisites, cover description.
    "About this course": "О курсе",
    "Sample content: this course was written to demonstrate the academy.": (
        "Демонстрационный материал: этот курс написан, чтобы показать работу академии."
    ),
    "Does the course cost anything?": "Курс платный?",
    "No. Every course of the academy is free of charge.": "Нет. Все курсы академии бесплатны.",
    "How much time do I need each week?": "Сколько времени нужно в неделю?",
    "Most learners spend two to four hours a week. The syllabus shows the time for each lesson.": (
        "Большинство слушателей тратят от двух до четырёх часов в неделю. В программе курса "
        "указано время на каждый урок."
    ),
    "Can I study on my phone?": "Можно ли учиться с телефона?",
    "Yes. The lessons work on phones and on slow connections, and you can download the readings.": (
        "Да. Уроки работают на телефонах и при медленном интернете, а материалы для чтения "
        "можно скачать."
    ),
    "Will I get a certificate?": "Получу ли я сертификат?",
    "If the course offers one, you receive it when you complete the requirements listed on "
    "this page.": (
        "Если курс его предусматривает, вы получите сертификат, выполнив требования, "
        "указанные на этой странице."
    ),
    "What if I fall behind?": "Что, если я отстану?",
    "Self-paced courses wait for you. In tutor-led courses, tell your tutor and they will "
    "help you catch up.": (
        "Курсы в собственном темпе вас подождут. На курсах с тьютором сообщите об этом "
        "тьютору, и он поможет догнать группу."
    ),
    "Complete every module, pass the short quiz at the end of each one and submit the final "
    "assignment.": (
        "Пройдите все модули, сдайте короткий тест в конце каждого и отправьте итоговое задание."
    ),
    "No previous knowledge is needed.": "Предварительные знания не нужны.",
    "Basic computer skills and an email address.": (
        "Базовые навыки работы с компьютером и адрес электронной почты."
    ),
    "Some experience of working in an NGO or a community group.": (
        "Некоторый опыт работы в НКО или инициативной группе."
    ),
    "Abstract landscape: hills under a rising sun": (
        "Абстрактный пейзаж: холмы под восходящим солнцем"
    ),
}

# Who each theme's courses are for, in the genitive ("для ...").
AUDIENCE = {
    "residents, housing activists and staff of housing associations": (
        "жильцов, активистов жилищного движения и сотрудников жилищных объединений"
    ),
    "social workers, volunteers and organisations of older people": (
        "социальных работников, волонтёров и организаций пожилых людей"
    ),
    "health workers, environmental groups and school staff": (
        "медицинских работников, экологических групп и сотрудников школ"
    ),
    "community leaders, craftsmen and rural development groups": (
        "лидеров местных сообществ, мастеров и групп сельского развития"
    ),
    "local councillors, NGO staff and community leaders": (
        "депутатов местных советов, сотрудников НКО и лидеров местных сообществ"
    ),
    "NGO staff, activists and members of community councils": (
        "сотрудников НКО, активистов и членов общественных советов"
    ),
    "journalists, watchdog groups and NGO staff": (
        "журналистов, групп общественного контроля и сотрудников НКО"
    ),
    "teachers, parents and staff of education NGOs": (
        "учителей, родителей и сотрудников образовательных НКО"
    ),
}


def generated():
    """The first paragraph of each course body, as ``demo.academy.course_fields`` writes it."""
    return {
        (
            f"This course is for {audience}. It combines short readings, videos and practical "
            "exercises based on real projects from Central Asia and Azerbaijan."
        ): (
            f"Курс предназначен для {AUDIENCE[audience]}. Он сочетает короткие тексты, видео и "
            "практические задания на основе реальных проектов из Центральной Азии и "
            "Азербайджана."
        )
        for audience in THEME_AUDIENCE.values()
    }
