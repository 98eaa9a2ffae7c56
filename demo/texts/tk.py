"""Turkmen: the home, about and section index pages, and the taxonomy they show."""

from . import people_notes

TEXTS = {
    # Countries.
    "Azerbaijan": "Azerbaýjan",
    "Kazakhstan": "Gazagystan",
    "Kyrgyzstan": "Gyrgyzystan",
    "Tajikistan": "Täjigistan",
    "Turkmenistan": "Türkmenistan",
    "Uzbekistan": "Özbegistan",
    # Themes.
    "Fair housing": "Adalatly ýaşaýyş jaý",
    "Tenants' rights, safe homes and fair rules for shared apartment blocks.": (
        "Kireýine ýaşaýanlaryň hukuklary, howpsuz öýler we köp kwartiraly jaýlar üçin adalatly "
        "düzgünler."
    ),
    "Older people": "Ýaşuly adamlar",
    "Care, income and a voice in public life for people over sixty.": (
        "Altmyş ýaşdan geçen adamlar üçin ideg, girdeji we jemgyýetçilik durmuşynda söz hukugy."
    ),
    "Mercury-free products": "Simapsyz önümler",
    "Replacing mercury thermometers, lamps and dental fillings with safe alternatives.": (
        "Simaply termometrleri, lampalary we diş plombalaryny howpsuz çalşyryjylar bilen çalyşmak."
    ),
    "Green technology": "Ýaşyl tehnologiýalar",
    "Solar water heaters, efficient stoves and other low-carbon tools for households.": (
        "Gün suw gyzdyryjylary, tygşytly peçler we öý hojalyklary üçin beýleki az uglerodly "
        "serişdeler."
    ),
    "Sustainable development": "Durnukly ösüş",
    "Local plans that balance jobs, water, land and the needs of future generations.": (
        "Iş orunlaryny, suwy, ýeri we geljekki nesilleriň zerurlyklaryny deňagramly göz öňünde "
        "tutýan ýerli meýilnamalar."
    ),
    "Civic participation": "Raýat gatnaşygy",
    "Public hearings, community councils and people taking part in local decisions.": (
        "Jemgyýetçilik diňlenişikleri, ýaşaýjylaryň geňeşleri we adamlaryň ýerli kararlara "
        "gatnaşmagy."
    ),
    "Access to information": "Maglumata elýeterlilik",
    "Open budgets, public records and the right to ask the authorities questions.": (
        "Açyk býujetler, resmi resminamalar we häkimiýetlere sorag bermek hukugy."
    ),
    "Inclusive education": "Inklýuziw bilim",
    "Schools and courses that welcome learners with disabilities and from every background.": (
        "Mümkinçiligi çäklendirilen we dürli maşgaladan çykan okuwçylara gapysy açyk mekdepler "
        "we kurslar."
    ),
    # People (their notes are in NOTES).
    "Aigerim Sadykova": "Aýgerim Sadykowa",
    "Programme coordinator": "Maksatnamanyň utgaşdyryjysy",
    "Rustam Nazarov": "Rustam Nazarow",
    "Policy analyst": "Syýasat boýunça analitik",
    "Leyla Mammadova": "Leýla Mämmedowa",
    "Academy lead": "Akademiýanyň ýolbaşçysy",
    "Bakhtiyor Yusupov": "Bahtiýar Ýusupow",
    "Environmental expert": "Ekologiýa boýunça bilermen",
    "Gulnara Toktogulova": "Gulnara Toktogulowa",
    "Communications officer": "Aragatnaşyk boýunça hünärmen",
    "Dovlet Atayev": "Döwlet Ataýew",
    "Trainer": "Tälimçi",
    # Home page.
    "Home": "Baş sahypa",
    "Civil society in Central Asia and Azerbaijan": (
        "Merkezi Aziýada we Azerbaýjanda raýat jemgyýeti"
    ),
    "News, analysis and learning for non-governmental organisations of the region, and the map "
    "of every project the programme supported. (Sample content.)": (
        "Sebitiň jemgyýetçilik guramalary üçin habarlar, seljermeler we okuw, şeýle hem "
        "maksatnamanyň goldan ähli taslamalarynyň kartasy. (Nusga mazmun.)"
    ),
    "Layered hills under a rising sun": "Dogup gelýän günüň aşagyndaky hatar-hatar depeler",
    "Latest news": "Soňky habarlar",
    "From the library": "Kitaphanadan",
    "New courses of the NGO academy": "Jemgyýetçilik guramalarynyň akademiýasynyň täze kurslary",
    "Small grants in figures": "Kiçi grantlar sanlarda",
    # About.
    "About": "Biz barada",
    "Who we are, what we fund and how the hub works. (Sample content.)": (
        "Biz kim, nämäni maliýeleşdirýäris we portal nähili işleýär. (Nusga mazmun.)"
    ),
    "What the programme does": "Maksatnama näme edýär",
    "The programme supports civil-society organisations in Azerbaijan, Kazakhstan, Kyrgyzstan, "
    "Tajikistan, Turkmenistan and Uzbekistan. It runs three strands of work: small grants for "
    "community projects, an online academy for NGO staff and volunteers, and this hub, which "
    "publishes analysis, policy briefs, learning resources, essays and news in the languages of "
    "the region.": (
        "Maksatnama Azerbaýjanda, Gazagystanda, Gyrgyzystanda, Täjigistanda, Türkmenistanda we "
        "Özbegistanda raýat jemgyýetiniň guramalaryny goldaýar. Ol üç ugur boýunça işleýär: "
        "ýerli taslamalar üçin kiçi grantlar, jemgyýetçilik guramalarynyň işgärleri we "
        "meýletinçileri üçin onlaýn akademiýa hem-de sebitiň dillerinde seljermeleri, syýasy "
        "gysgaça beýanlary, okuw serişdelerini, esseleri we habarlary çap edýän şu portal."
    ),
    "The programme in figures": "Maksatnama sanlarda",
    "Strand": "Ugur",
    "Figure": "Görkeziji",
    "Small grants": "Kiçi grantlar",
    "101 grants, 773,254 USD": "101 grant, 773 254 ABŞ dollary",
    "People reached": "Gurşalan adamlar",
    "about 600,000": "takmynan 600 000",
    "NGO academy": "Jemgyýetçilik guramalarynyň akademiýasy",
    "49 courses, 1,912 learners": "49 kurs, 1 912 diňleýji",
    "A small grant is often the first time a village group manages money of its own and reports "
    "on it in public.": (
        "Kiçi grant köplenç oba toparynyň ilkinji gezek öz puluny özi dolandyrýan we ol barada "
        "köpçüligiň öňünde hasabat berýän pursatydyr."
    ),
    "Programme coordinator (sample quote)": "Maksatnamanyň utgaşdyryjysy (nusga sitata)",
    # Section index pages.
    "News": "Habarlar",
    "What happens in the programme and among its grantees. (Sample content.)": (
        "Maksatnamada we onuň grant alyjylarynyň arasynda nämeler bolup geçýär. (Nusga mazmun.)"
    ),
    "Library": "Kitaphana",
    # The Library's intro is not translated yet: the page is in progress
    # (demo.translations.IN_PROGRESS).
    "Academy": "Akademiýa",
    "Free distance-learning courses for NGO staff, volunteers and activists, in the languages of "
    "the region. (Sample content.)": (
        "Jemgyýetçilik guramalarynyň işgärleri, meýletinçiler we işjeň raýatlar üçin sebitiň "
        "dillerinde mugt aralykdan okuw kurslary. (Nusga mazmun.)"
    ),
    "Grants": "Grantlar",
    "The small-grants scheme supported non-governmental organisations in all six countries of "
    "the region. Filter the map and the figures by country, theme and year. (Sample content: the "
    "organisations below are invented.)": (
        "Kiçi grantlar maksatnamasy sebitiň ähli alty ýurdunda jemgyýetçilik guramalaryny "
        "goldady. Kartany we sanlary ýurt, tema we ýyl boýunça saýlaň. (Nusga mazmun: aşakdaky "
        "guramalar oýlanyp tapylan.)"
    ),
}

NOTES = {
    "Coordinates the small-grants scheme.": "Kiçi grantlar maksatnamasyny utgaşdyrýar.",
    "Writes about local self-government and budgets.": (
        "Ýerli öz-özüňi dolandyryş we býujetler barada ýazýar."
    ),
    "Designs the distance-learning courses.": "Aralykdan okuw kurslaryny taýýarlaýar.",
    "Advises grantees on green technology.": (
        "Grant alyjylara ýaşyl tehnologiýalar boýunça maslahat berýär."
    ),
    "Edits the newsroom and the library.": "Habarlar we kitaphana bölümlerini redaktirleýär.",
    "Teaches project management to NGO staff.": (
        "Jemgyýetçilik guramalarynyň işgärlerine taslamalary dolandyrmagy öwredýär."
    ),
}


def generated():
    return people_notes(NOTES, "(Görkezmek üçin oýlanyp tapylan adam.)")
