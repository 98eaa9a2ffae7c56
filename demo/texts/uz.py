"""Uzbek: the home, about and section index pages, and the taxonomy they show."""

from . import people_notes

TEXTS = {
    # Countries.
    "Azerbaijan": "Ozarbayjon",
    "Kazakhstan": "Qozogʻiston",
    "Kyrgyzstan": "Qirgʻiziston",
    "Tajikistan": "Tojikiston",
    "Turkmenistan": "Turkmaniston",
    "Uzbekistan": "Oʻzbekiston",
    # Themes.
    "Fair housing": "Adolatli uy-joy",
    "Tenants' rights, safe homes and fair rules for shared apartment blocks.": (
        "Ijarachilar huquqlari, xavfsiz uy-joy va koʻp xonadonli uylar uchun adolatli qoidalar."
    ),
    "Older people": "Keksalar",
    "Care, income and a voice in public life for people over sixty.": (
        "Oltmish yoshdan oshgan insonlar uchun gʻamxoʻrlik, daromad va jamoat hayotida ovoz."
    ),
    "Mercury-free products": "Simobsiz mahsulotlar",
    "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.": (
        "Simobli termometrlar, lampalar va tish plombalarini xavfsiz muqobillar bilan almashtirish."
    ),
    "Green technology": "Yashil texnologiyalar",
    "Solar water heaters, efficient stoves and other low-carbon tools for households.": (
        "Quyosh suv isitgichlari, tejamkor pechlar va xonadonlar uchun boshqa kam uglerodli "
        "vositalar."
    ),
    "Sustainable development": "Barqaror rivojlanish",
    "Local plans that balance jobs, water, land and the needs of future generations.": (
        "Ish oʻrinlari, suv, yer va kelajak avlodlar ehtiyojlarini muvozanatda tutadigan "
        "mahalliy rejalar."
    ),
    "Civic participation": "Fuqarolik ishtiroki",
    "Public hearings, community councils and people taking part in local decisions.": (
        "Jamoatchilik eshituvlari, mahalla kengashlari va odamlarning mahalliy qarorlarda "
        "ishtiroki."
    ),
    "Access to information": "Axborot olish erkinligi",
    "Open budgets, public records and the right to ask the authorities questions.": (
        "Ochiq byudjetlar, davlat hujjatlari va hokimiyatga savol berish huquqi."
    ),
    "Inclusive education": "Inklyuziv taʼlim",
    "Schools and courses that welcome learners with disabilities and from every background.": (
        "Nogironligi boʻlgan va har qanday muhitdan kelgan oʻquvchilarni qabul qiladigan "
        "maktablar va kurslar."
    ),
    # People (their notes are in NOTES).
    "Aigerim Sadykova": "Aygerim Sodiqova",
    "Programme coordinator": "Dastur koordinatori",
    "Rustam Nazarov": "Rustam Nazarov",
    "Policy analyst": "Siyosat tahlilchisi",
    "Leyla Mammadova": "Leyla Mammadova",
    "Academy lead": "Akademiya rahbari",
    "Bakhtiyor Yusupov": "Baxtiyor Yusupov",
    "Environmental expert": "Ekologiya boʻyicha ekspert",
    "Gulnara Toktogulova": "Gulnora Toʻxtagʻulova",
    "Communications officer": "Kommunikatsiya boʻyicha mutaxassis",
    "Dovlet Atayev": "Davlat Otayev",
    "Trainer": "Trener",
    # Home page.
    "Home": "Bosh sahifa",
    "Civil society in Central Asia and Azerbaijan": (
        "Markaziy Osiyo va Ozarbayjonda fuqarolik jamiyati"
    ),
    "News, analysis and learning for non-governmental organisations of the region, and the map "
    "of every project the programme supported. (Sample content.)": (
        "Mintaqadagi nodavlat notijorat tashkilotlari uchun yangiliklar, tahlillar va taʼlim "
        "hamda dastur qoʻllab-quvvatlagan barcha loyihalar xaritasi. (Namunaviy kontent.)"
    ),
    "Layered hills under a rising sun": "Chiqib kelayotgan quyosh ostidagi qator-qator tepaliklar",
    "Latest news": "Soʻnggi yangiliklar",
    "From the library": "Kutubxonadan",
    "New courses of the NGO academy": "NNT akademiyasining yangi kurslari",
    "Small grants in figures": "Kichik grantlar raqamlarda",
    # About.
    "About": "Biz haqimizda",
    "Who we are, what we fund and how the hub works. (Sample content.)": (
        "Biz kimmiz, nimani moliyalashtiramiz va portal qanday ishlaydi. (Namunaviy kontent.)"
    ),
    "What the programme does": "Dastur nima bilan shugʻullanadi",
    "The programme supports civil-society organisations in Azerbaijan, Kazakhstan, Kyrgyzstan, "
    "Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of work: small grants for "
    "community projects, an online academy for NGO staff and volunteers, and this hub, which "
    "publishes analysis, policy briefs, learning resources, essays and news in the languages of "
    "the region.": (
        "Dastur Ozarbayjon, Qozogʻiston, Qirgʻiziston, Tojikiston, Turkmaniston va "
        "Oʻzbekistondagi fuqarolik jamiyati tashkilotlarini qoʻllab-quvvatlaydi. U uch "
        "yoʻnalishda ishlaydi: jamoa loyihalari uchun kichik grantlar, NNT xodimlari va "
        "koʻngillilari uchun onlayn akademiya hamda mintaqa tillarida tahlillar, siyosiy "
        "sharhlar, oʻquv resurslari, esselar va yangiliklarni eʼlon qiluvchi ushbu portal."
    ),
    "The programme in figures": "Dastur raqamlarda",
    "Strand": "Yoʻnalish",
    "Figure": "Koʻrsatkich",
    "Small grants": "Kichik grantlar",
    "101 grants, 773,254 USD": "101 ta grant, 773 254 AQSh dollari",
    "People reached": "Qamrab olingan odamlar",
    "about 600,000": "taxminan 600 000",
    "NGO academy": "NNT akademiyasi",
    "49 courses, 1,912 learners": "49 ta kurs, 1 912 nafar tinglovchi",
    "A small grant is often the first time a village group manages money of its own and reports "
    "on it in public.": (
        "Kichik grant koʻpincha qishloqdagi tashabbuskor guruh ilk bor oʻz pulini oʻzi "
        "boshqaradigan va bu haqda jamoatchilik oldida hisobot beradigan holat boʻladi."
    ),
    "Programme coordinator (sample quote)": "Dastur koordinatori (namunaviy iqtibos)",
    # Section index pages.
    "News": "Yangiliklar",
    "What happens in the programme and among its grantees. (Sample content.)": (
        "Dasturda va uning grant oluvchilari orasida nimalar boʻlyapti. (Namunaviy kontent.)"
    ),
    "Library": "Kutubxona",
    "Analysis, policy information, educational resources and essays about civil society in the "
    "region. (Sample content.)": (
        "Mintaqadagi fuqarolik jamiyati haqida tahlillar, siyosat boʻyicha maʼlumotlar, taʼlim "
        "resurslari va esselar. (Namunaviy kontent.)"
    ),
    "Academy": "Akademiya",
    "Free distance-learning courses for NGO staff, volunteers and activists, in the languages of "
    "the region. (Sample content.)": (
        "NNT xodimlari, koʻngillilar va faollar uchun mintaqa tillaridagi bepul masofaviy "
        "kurslar. (Namunaviy kontent.)"
    ),
    "Grants": "Grantlar",
    # The Grants intro was translated before its last English change (the
    # earlier English is below; demo.translations.OUT_OF_DATE).
    # The Grants intro as it read when it was translated.
    "The small-grants scheme supported non-governmental organisations in all six countries of "
    "the region. (Sample content: the organisations below are invented.)": (
        "Kichik grantlar dasturi mintaqaning barcha olti davlatidagi nodavlat notijorat "
        "tashkilotlarini qoʻllab-quvvatladi. (Namunaviy kontent: quyidagi tashkilotlar oʻylab "
        "topilgan.)"
    ),
}

NOTES = {
    "Coordinates the small-grants scheme.": "Kichik grantlar dasturini muvofiqlashtiradi.",
    "Writes about local self-government and budgets.": (
        "Mahalliy oʻzini oʻzi boshqarish va byudjetlar haqida yozadi."
    ),
    "Designs the distance-learning courses.": "Masofaviy taʼlim kurslarini ishlab chiqadi.",
    "Advises grantees on green technology.": (
        "Grant oluvchilarga yashil texnologiyalar boʻyicha maslahat beradi."
    ),
    "Edits the newsroom and the library.": "Yangiliklar va kutubxona boʻlimlarini tahrir qiladi.",
    "Teaches project management to NGO staff.": (
        "NNT xodimlariga loyihalarni boshqarishni oʻrgatadi."
    ),
}


def generated():
    return people_notes(NOTES, "(Namoyish uchun oʻylab topilgan shaxs.)")
