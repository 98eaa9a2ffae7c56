"""Sample library and newsroom: 24 articles (six of each kind), 24 news items, their
documents, and "latest" sections on the English home page.

Everything here was written for this demonstration in plain English and is labelled as
sample content. Dates, authors and images are chosen deterministically, so a second run
finds every page by its translation key and changes nothing.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.models import (
    KINDS_WITH_DOCUMENTS,
    ArticleAuthor,
    ArticleIndexPage,
    ArticleKind,
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedPage,
    NewsAuthor,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
)
from core.indexing import search_indexing_deferred
from core.models import Country, Person, Theme
from demo.taxonomy import PEOPLE
from demo.utils import (
    SAMPLE_COLLECTION,
    SAMPLE_LABEL,
    demo_image,
    demo_key,
    demo_random,
    ensure_page,
    find_page,
    sample_collection,
    source_locale,
)
from home.models import HomePage

IMAGE_POOL = 12
SAMPLE_NOTE = (
    f"<p><i>{SAMPLE_LABEL}: this text was written for the demonstration site. The people, "
    "figures and events it describes are illustrative.</i></p>"
)

# (kind, title, summary, opening paragraph, country, themes, year, tags)
ARTICLES = [
    (
        ArticleKind.ANALYSIS,
        "Who pays for the stairwell? Shared repairs in old apartment blocks",
        "Most residents of Soviet-era blocks agree the roof needs fixing; far fewer agree on "
        "who should pay. We looked at how twelve buildings in Karaganda settled the question.",
        "In twelve apartment blocks we visited, the roof, the stairwell and the heating pipes "
        "belonged to everyone and therefore to no one. Where residents had a working "
        "association with a small monthly fee, repairs happened within a year of the first "
        "complaint. Where they did not, the same leak was reported for five winters running.",
        "KZ",
        ["fair-housing"],
        2016,
        ["apartment blocks", "repairs", "homeowners' associations"],
    ),
    (
        ArticleKind.ANALYSIS,
        "Pensions against the price of winter heating",
        "A household survey in three Kyrgyz towns shows how much of an older person's "
        "pension goes on coal and electricity between November and March.",
        "For a pensioner living alone in Talas, heating in January can take more than half of "
        "the monthly pension. Our survey of 240 households found that older people cut back "
        "on food and medicine first, and that most did not know they could apply for a "
        "heating allowance.",
        "KG",
        ["older-people"],
        2017,
        ["pensions", "heating", "household budgets"],
    ),
    (
        ArticleKind.ANALYSIS,
        "Mercury in the household: what a survey of 400 homes found",
        "Broken thermometers and old lamps are still common in homes in Sughd. Few families "
        "know how to clean up a spill safely.",
        "Volunteers visited 400 homes in and around Khujand and asked what families did with "
        "a broken mercury thermometer. Two thirds had broken at least one in the past five "
        "years; most swept the beads up with a broom or vacuum cleaner, which spreads the "
        "vapour through the room.",
        "TJ",
        ["mercury-free-products"],
        2018,
        ["survey", "thermometers", "health"],
    ),
    (
        ArticleKind.ANALYSIS,
        "Solar water heaters in mountain villages: five years of costs and savings",
        "Families who installed simple solar heaters in 2015 have kept records of the fuel "
        "they no longer buy. The figures make a case for public co-financing.",
        "Thirty families in the Issyk-Kul region kept a notebook of every sack of coal and "
        "every bill for five years after installing a rooftop solar water heater. On average "
        "the heater paid for itself in the fourth year, and earlier where families had "
        "insulated the tank.",
        "KG",
        ["green-technology", "sustainable-development"],
        2020,
        ["solar energy", "villages", "household budgets"],
    ),
    (
        ArticleKind.ANALYSIS,
        "Local budgets in the open: how many districts publish theirs?",
        "We checked the websites and notice boards of 60 districts for their budget and "
        "its execution report. The results improved, but unevenly.",
        "In 2019, eight of the 60 districts we checked published their approved budget in a "
        "form residents could read. Three years later the number was 27, yet only nine also "
        "published a report on how the money had actually been spent.",
        "UZ",
        ["access-to-information"],
        2022,
        ["budgets", "transparency", "local government"],
    ),
    (
        ArticleKind.ANALYSIS,
        "Public hearings after the reform: who comes and who speaks",
        "Attendance records from 35 hearings show that young people and women rarely speak, "
        "even when they are in the room.",
        "We read the minutes of 35 public hearings held in four regions after the rules on "
        "local consultation changed. Rooms were fuller than before, but seven out of ten "
        "speakers were men over fifty, and most questions were about roads.",
        "AZ",
        ["civic-participation"],
        2024,
        ["public hearings", "local government"],
    ),
    (
        ArticleKind.POLICY,
        "Minimum standards for managing shared residential buildings",
        "A policy brief proposing five minimum standards for the companies and associations "
        "that manage apartment blocks.",
        "Residents of apartment blocks pay for management but rarely know what they are "
        "paying for. This brief proposes five standards: a public annual plan, a repair fund "
        "kept in a separate account, an annual report to residents, a contact person who "
        "answers within ten days, and a simple way to change manager.",
        "KZ",
        ["fair-housing"],
        2017,
        ["housing policy", "apartment blocks"],
    ),
    (
        ArticleKind.POLICY,
        "Phasing out mercury thermometers in public clinics",
        "A proposal to replace mercury thermometers and blood-pressure meters in public "
        "clinics within three years, with a safe collection scheme for the old ones.",
        "Digital thermometers now cost less than the clean-up of a single mercury spill in a "
        "clinic. This proposal sets out a three-year timetable for health departments, a "
        "collection scheme run with licensed waste companies, and training for nurses.",
        "UZ",
        ["mercury-free-products"],
        2019,
        ["health", "thermometers", "clinics"],
    ),
    (
        ArticleKind.POLICY,
        "Recommendations on home care for people over seventy",
        "Home care services reach a small share of older people who need them. Six "
        "recommendations for municipalities and the social protection service.",
        "Most older people want to stay at home, and home care costs less than residential "
        "care. Our recommendations cover needs assessment, a register of trained carers, "
        "support for family members who care, and contracts with non-governmental "
        "organisations that already run services.",
        "AZ",
        ["older-people"],
        2021,
        ["home care", "social services"],
    ),
    (
        ArticleKind.POLICY,
        "Opening district budgets: a model regulation for local councils",
        "A short model regulation that any district council can adopt to publish its "
        "budget, its changes and its execution report on time.",
        "Publishing a budget costs little once the rules are clear. The model regulation in "
        "this brief says what must be published, when, in which format and where, and who "
        "answers residents' questions about it.",
        "TJ",
        ["access-to-information"],
        2018,
        ["budgets", "transparency", "local government"],
    ),
    (
        ArticleKind.POLICY,
        "Children with disabilities in ordinary schools: steps for education departments",
        "Seven practical steps that let district education departments open ordinary "
        "schools to children with disabilities.",
        "Many children with disabilities still study at home or in separate institutions. "
        "The steps in this brief start with what a department already controls: ramps and "
        "toilets, a teaching assistant for each pilot school, training for teachers and a "
        "parents' council that reviews progress every term.",
        "TM",
        ["inclusive-education"],
        2023,
        ["schools", "disability", "education policy"],
    ),
    (
        ArticleKind.POLICY,
        "Water-use plans for river basins: a seat at the table for communities",
        "Basin councils decide how water is shared between farms, towns and rivers. This "
        "brief proposes how water users and local groups can take part.",
        "Water is scarcer every summer, and the decisions about sharing it are taken far from "
        "the villages that depend on it. We propose that basin councils publish their draft "
        "plans, hold hearings in each district and reserve seats for water users' "
        "associations.",
        "KG",
        ["sustainable-development", "civic-participation"],
        2025,
        ["water", "rivers", "public hearings"],
    ),
    (
        ArticleKind.RESOURCE,
        "A tenant's guide to the building's general meeting",
        "How to call a general meeting of residents, what it can decide and how to record "
        "the decisions so that they count.",
        "The general meeting of residents is where a building decides on repairs, fees and "
        "who manages it. This guide walks through the notice, the agenda, the quorum, voting "
        "and the minutes, with templates you can copy.",
        "KZ",
        ["fair-housing"],
        2016,
        ["homeowners' associations", "guides"],
    ),
    (
        ArticleKind.RESOURCE,
        "Handbook: running a public hearing in your district",
        "A practical handbook for community groups and officials who organise public "
        "hearings: invitations, the room, the agenda and the report.",
        "A good hearing is prepared weeks in advance. This handbook covers choosing a time "
        "people can attend, making the documents available early, giving everyone a fair "
        "chance to speak, and publishing a report that says what changed as a result.",
        "KG",
        ["civic-participation"],
        2019,
        ["public hearings", "guides"],
    ),
    (
        ArticleKind.RESOURCE,
        "Checklist: collecting broken mercury lamps safely",
        "A one-page checklist for schools and housing associations that collect used "
        "fluorescent lamps and thermometers.",
        "Fluorescent lamps contain small amounts of mercury that escape when they break. The "
        "checklist explains how to store used lamps, what to do after a breakage and how to "
        "hand them over to a licensed collector.",
        "AZ",
        ["mercury-free-products"],
        2020,
        ["lamps", "waste", "guides"],
    ),
    (
        ArticleKind.RESOURCE,
        "How to write an information request to a public body",
        "A step-by-step guide, with examples, to asking a public body for information and "
        "following up when the answer does not come.",
        "Everyone has the right to ask a public body for information it holds. This guide "
        "shows how to word a request so that it cannot be misunderstood, how long the body "
        "has to answer, and what to do when it refuses or stays silent.",
        "UZ",
        ["access-to-information"],
        2021,
        ["information requests", "guides"],
    ),
    (
        ArticleKind.RESOURCE,
        "Classroom activities for inclusive primary schools",
        "Twenty short activities that help a class welcome pupils with different abilities, "
        "tested by teachers in Khatlon.",
        "The activities in this collection take ten to twenty minutes and need nothing more "
        "than paper, pencils and a little space. Teachers in five schools tried each one and "
        "suggested how to adapt it for pupils who cannot see, hear or move easily.",
        "TJ",
        ["inclusive-education"],
        2022,
        ["schools", "teaching", "disability"],
    ),
    (
        ArticleKind.RESOURCE,
        "Building an efficient stove: a step-by-step guide for households",
        "Plans and instructions for a brick stove that uses about a third less fuel than a "
        "traditional one.",
        "This guide explains how to build a stove with an insulated combustion chamber from "
        "bricks and clay, how to test the draught, and how to keep it clean. The drawings "
        "were checked by a stove maker who has built more than a hundred of them.",
        "TM",
        ["green-technology"],
        2024,
        ["stoves", "energy", "guides"],
    ),
    (
        ArticleKind.ESSAY,
        "The courtyard as a commons",
        "The shared courtyard between apartment blocks is where neighbours become a "
        "community, or fail to.",
        "I grew up in a courtyard where the benches were repaired by whoever had a hammer and "
        "the trees were watered by whoever passed with a bucket. Nobody owned the courtyard, "
        "and for a long time that was its strength.",
        "AZ",
        ["fair-housing", "civic-participation"],
        2016,
        ["courtyards", "neighbours"],
    ),
    (
        ArticleKind.ESSAY,
        "Growing old in a town that young people leave",
        "When the young leave for the capital or abroad, older people stay behind with the "
        "houses, the gardens and each other.",
        "In our street, nine houses out of fifteen are home to people over sixty-five, and "
        "most of their children live elsewhere. They are not lonely in the way the word "
        "suggests: they visit, they argue, they share the harvest. But nobody is left to "
        "carry the coal.",
        "TM",
        ["older-people"],
        2018,
        ["migration", "families"],
    ),
    (
        ArticleKind.ESSAY,
        "Why the neighbourhood committee still matters",
        "The mahalla committee is older than any ministry. It can be a way for residents to "
        "be heard, if residents choose to use it.",
        "Whenever something goes wrong in our neighbourhood, people go first to the mahalla "
        "committee and only then, perhaps, to the district office. That habit is a resource "
        "that civil society has hardly begun to use.",
        "UZ",
        ["civic-participation"],
        2020,
        ["neighbourhoods", "local government"],
    ),
    (
        ArticleKind.ESSAY,
        "A river that belongs to everyone and no one",
        "Upstream and downstream villages see the same river very differently.",
        "From the bridge in our village, the river looks endless in April and exhausted in "
        "August. The farmers downstream see it only in August. Any fair plan for the river "
        "has to begin by letting both see the whole year.",
        "TJ",
        ["sustainable-development"],
        2021,
        ["water", "rivers"],
    ),
    (
        ArticleKind.ESSAY,
        "Letters from a rural school that said yes",
        "A head teacher describes the year her school first welcomed children with disabilities.",
        "The first letter came from a mother who had been told by three schools that her son "
        "would be better off at home. We had no ramp and no assistant, and I said yes before "
        "I knew how we would manage.",
        "KZ",
        ["inclusive-education"],
        2023,
        ["schools", "teachers", "disability"],
    ),
    (
        ArticleKind.ESSAY,
        "Sunlight is not a luxury",
        "Clean energy is usually discussed as a national plan. In a mountain village it is a "
        "warm shower in March.",
        "When people talk about green technology they show pictures of wind farms. In our "
        "village it looks like a black tank on a tin roof, and it means that my grandmother "
        "washes in warm water without waiting for the stove.",
        "KG",
        ["green-technology"],
        2025,
        ["solar energy", "villages"],
    ),
]

# (title, summary, opening paragraph, country, themes, year, tags, source)
NEWS = [
    (
        "Small grants open for community housing projects",
        "Residents' groups can now apply for grants of up to 8,000 US dollars to repair and "
        "manage their buildings together.",
        "The programme opened its first call for small grants on fair housing. Groups of "
        "residents, homeowners' associations and local organisations can apply for projects "
        "that improve how shared buildings are managed.",
        "KZ",
        ["fair-housing"],
        2016,
        ["grants", "calls for proposals"],
        None,
    ),
    (
        "Academy opens its first course in Kyrgyz",
        "The online NGO academy now offers its course on project planning in Kyrgyz as well "
        "as Russian.",
        "Learners can now follow the academy's course on project planning in Kyrgyz. The "
        "translation was reviewed by trainers from three regions so that examples match "
        "local practice.",
        "KG",
        ["inclusive-education"],
        2016,
        ["academy", "translation"],
        None,
    ),
    (
        "Volunteers collect 3,000 old thermometers in Khujand",
        "A two-week collection drive brought in thousands of mercury thermometers from homes "
        "and clinics.",
        "Volunteers from a local environmental group set up collection points in schools and "
        "markets. Families who handed in a mercury thermometer received a digital one in "
        "exchange.",
        "TJ",
        ["mercury-free-products"],
        2017,
        ["thermometers", "volunteers"],
        None,
    ),
    (
        "Older people's councils meet in Ganja",
        "Representatives of older people's councils from five districts met to agree on "
        "joint priorities.",
        "Transport to clinics, heating allowances and respect in public offices topped the "
        "list of concerns agreed by the councils, which will present them to the city "
        "administration.",
        "AZ",
        ["older-people"],
        2017,
        ["older people's councils", "meetings"],
        None,
    ),
    (
        "Solar heaters installed at a school in Dashoguz",
        "A grantee fitted solar water heaters to a school's kitchen and washrooms.",
        "Pupils and staff now have warm water for most of the year without burning gas. The "
        "school will share its meter readings so that others can see the savings.",
        "TM",
        ["green-technology"],
        2018,
        ["solar energy", "schools"],
        None,
    ),
    (
        "District budget published online for the first time in Namangan",
        "After a campaign by a local group, the district published its approved budget in a "
        "readable form.",
        "The budget appears on the district website with a short explanation of the main "
        "items. The group that asked for it is now training residents to read it.",
        "UZ",
        ["access-to-information"],
        2018,
        ["budgets", "transparency"],
        None,
    ),
    (
        "Grantees from six countries meet in Almaty",
        "More than eighty representatives of grantee organisations shared lessons from their "
        "projects.",
        "Over two days, participants compared how they involve residents, how they report "
        "on money and what they would do differently next time.",
        "KZ",
        ["civic-participation"],
        2019,
        ["grantees", "meetings"],
        None,
    ),
    (
        "Tenants in Bishkek form a homeowners' association",
        "Residents of three neighbouring blocks voted to manage their buildings themselves.",
        "The new association elected a board, opened a bank account for the repair fund and "
        "published its first plan: fixing the roof of the oldest block.",
        "KG",
        ["fair-housing"],
        2019,
        ["homeowners' associations"],
        ("Partner newsletter (sample)", "https://example.org/news/bishkek-association"),
    ),
    (
        "Dental clinics in Dushanbe switch to mercury-free fillings",
        "Four public dental clinics have stopped using amalgam fillings for children.",
        "The clinics took part in a pilot that trained dentists in alternative materials and "
        "set up safe storage for the amalgam they still hold.",
        "TJ",
        ["mercury-free-products"],
        2020,
        ["health", "dentistry"],
        None,
    ),
    (
        "Online course on project management reaches 500 learners",
        "The academy's most popular course passed a milestone during a year of remote work.",
        "Most learners were staff and volunteers of small organisations outside the capital; "
        "four in five finished every module.",
        "AZ",
        ["civic-participation"],
        2020,
        ["academy", "online learning"],
        None,
    ),
    (
        "Community plants 2,000 trees along a canal near Mary",
        "Residents and schoolchildren planted trees to shade an irrigation canal and slow "
        "evaporation.",
        "The project was planned with the local water users' association, which will water "
        "the young trees during their first two summers.",
        "TM",
        ["sustainable-development"],
        2021,
        ["trees", "water", "volunteers"],
        None,
    ),
    (
        "Sign-language interpreters join a public hearing in Samarkand",
        "For the first time, a city hearing on public transport was interpreted into sign "
        "language.",
        "A grantee organisation of deaf people asked for interpreters and helped the city "
        "book them. Several deaf residents spoke at the hearing.",
        "UZ",
        ["inclusive-education", "civic-participation"],
        2021,
        ["public hearings", "accessibility"],
        None,
    ),
    (
        "Grant scheme reaches its hundredth project",
        "The programme signed its hundredth small grant, to a group of older people's "
        "volunteers in Pavlodar.",
        "One hundred grants have now been awarded across the six countries. Most went to "
        "organisations with fewer than ten staff.",
        "KZ",
        ["civic-participation", "older-people"],
        2022,
        ["grants", "milestones"],
        None,
    ),
    (
        "Efficient stoves cut winter fuel use in Naryn villages",
        "Families who rebuilt their stoves burned about a third less coal last winter.",
        "A grantee trained local builders to construct efficient brick stoves. Forty "
        "households kept fuel diaries through the winter.",
        "KG",
        ["green-technology"],
        2022,
        ["stoves", "energy", "villages"],
        None,
    ),
    (
        "Schools in Khatlon open resource rooms for children with disabilities",
        "Five schools now have a room with learning materials and a trained assistant.",
        "The rooms help pupils with disabilities study alongside their classmates for most "
        "of the day and get extra support when they need it.",
        "TJ",
        ["inclusive-education"],
        2022,
        ["schools", "disability"],
        None,
    ),
    (
        "Volunteers map accessible entrances in Baku",
        "A volunteer survey recorded whether public buildings in two districts can be "
        "entered with a wheelchair or a pram.",
        "The results are published as an open map, and the district administrations have "
        "promised to fix the ten worst entrances first.",
        "AZ",
        ["civic-participation", "access-to-information"],
        2023,
        ["accessibility", "maps", "volunteers"],
        ("City volunteers' bulletin (sample)", "https://example.org/bulletin/accessible-baku"),
    ),
    (
        "Workshop on caring for older relatives held in Ashgabat",
        "Family carers learned practical skills and met others in the same situation.",
        "Nurses and social workers led sessions on moving a person safely, preventing falls "
        "and looking after one's own health as a carer.",
        "TM",
        ["older-people"],
        2023,
        ["home care", "families"],
        None,
    ),
    (
        "Water users in Fergana agree a new irrigation schedule",
        "After months of meetings, upstream and downstream farmers agreed how to share water "
        "in dry months.",
        "The schedule was drawn up with help from a grantee that mediated between the "
        "villages and published every draft on the notice board of each village.",
        "UZ",
        ["sustainable-development"],
        2023,
        ["water", "farming"],
        None,
    ),
    (
        "Shymkent residents review a housing repair plan",
        "The city invited residents of twenty blocks to comment on its five-year repair plan.",
        "Residents' associations trained by a grantee sent detailed comments, and the city "
        "moved three blocks with failing roofs to the first year of the plan.",
        "KZ",
        ["fair-housing", "civic-participation"],
        2024,
        ["repairs", "public consultation"],
        None,
    ),
    (
        "Training on information requests held in Osh",
        "Journalists and activists practised writing requests to public bodies.",
        "Participants wrote real requests during the training; within a month, most had "
        "received at least a partial answer.",
        "KG",
        ["access-to-information"],
        2024,
        ["information requests", "training"],
        None,
    ),
    (
        "Pamir communities test solar lamps",
        "Households in remote villages are trying out solar lamps during the long winter evenings.",
        "The lamps replace kerosene and candles. A grantee collects feedback on brightness, "
        "battery life and repairs.",
        "TJ",
        ["green-technology"],
        2024,
        ["solar energy", "villages"],
        None,
    ),
    (
        "Mercury-free lamps for schools in Sumgait",
        "Ten schools replaced old fluorescent tubes with LED lamps and handed the old tubes "
        "to a licensed collector.",
        "Pupils learned why the old lamps need careful handling and helped count and pack "
        "them for collection.",
        "AZ",
        ["mercury-free-products", "green-technology"],
        2025,
        ["lamps", "schools", "waste"],
        None,
    ),
    (
        "Older people's choir tours Turkmenabat",
        "A choir of pensioners formed during a grant project gave six concerts in the region.",
        "The choir began as a way to meet every week. Its members now also visit neighbours "
        "who cannot leave home.",
        "TM",
        ["older-people"],
        2025,
        ["culture", "volunteers"],
        None,
    ),
    (
        "Programme publishes open data on every grant",
        "A table of all small grants, with amounts, places and themes, can now be downloaded.",
        "The data covers every grant awarded since the scheme began and is updated when new "
        "grants are signed. It can be opened in any spreadsheet.",
        "UZ",
        ["access-to-information"],
        2025,
        ["open data", "grants"],
        None,
    ),
]

THEME_CONTEXT = {
    "fair-housing": "Shared buildings work when the people who live in them can see the "
    "money, take part in decisions and hold managers to account.",
    "older-people": "People over sixty are a growing share of the region's population, and "
    "many live on pensions that do not cover winter costs.",
    "mercury-free-products": "Safe alternatives to mercury thermometers, lamps and fillings "
    "exist and cost little; the hard part is collecting what is already in use.",
    "green-technology": "Simple household technology, from solar heaters to efficient "
    "stoves, saves money and cuts smoke without waiting for large investments.",
    "sustainable-development": "Land and water have to serve farms, towns and nature at "
    "once, and the plans that share them work best when those affected help write them.",
    "civic-participation": "Local decisions improve when residents can see the options in "
    "time and speak before the decision is taken.",
    "access-to-information": "Residents can only take part in decisions if they can read "
    "the budgets, plans and rules that the authorities already hold.",
    "inclusive-education": "Every child can learn in an ordinary school when teachers, "
    "buildings and parents are prepared for it.",
}

KIND_SECTIONS = {
    ArticleKind.ANALYSIS: (
        "What the figures show",
        "The numbers in this analysis come from small samples and should be read as a "
        "starting point for discussion rather than as official statistics.",
    ),
    ArticleKind.POLICY: (
        "Recommendations",
        "The recommendations are addressed to national and local authorities and to the "
        "organisations that work with them. The full brief is attached below.",
    ),
    ArticleKind.RESOURCE: (
        "How to use this resource",
        "Download the document below, adapt it to your situation and share it with others. "
        "We welcome suggestions for the next edition.",
    ),
    ArticleKind.ESSAY: (
        "About this essay",
        "Essays on the hub give a personal view. They do not necessarily reflect the views "
        "of the programme.",
    ),
}


def publication_date(key, year):
    """A stable day of ``year`` for the page ``key``."""
    rng = demo_random(f"date:{key}")
    return datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))


def published_at(date):
    return datetime.datetime.combine(date, datetime.time(10), tzinfo=datetime.UTC)


def render_pdf(title, lines):
    """A one-page PDF with a title and a few lines of text, written by hand (no library)."""

    def pdf_text(text):
        text = text.encode("latin-1", "replace").decode("latin-1")
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    commands = ["BT", "/F1 16 Tf", "72 770 Td", f"({pdf_text(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        commands += ["0 -22 Td", f"({pdf_text(line)}) Tj"]
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    pdf = io.BytesIO()
    pdf.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(pdf.tell())
        pdf.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = pdf.tell()
    pdf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        pdf.write(b"%010d 00000 n \n" % offset)
    pdf.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return pdf.getvalue()


def demo_document(title, lines):
    """A generated PDF in the Sample content collection, made once and then reused."""
    Document = get_document_model()
    document = Document.objects.filter(title=title, collection__name=SAMPLE_COLLECTION).first()
    if document is None:
        document = Document(title=title, collection=sample_collection())
        document.file = ContentFile(render_pdf(title, lines), name=f"{slugify(title)[:60]}.pdf")
        document._set_document_file_metadata()
        document.save()
    return document


def body_for(opening, themes, kind=None):
    theme = themes[0]
    blocks = [{"type": "paragraph", "value": f"<p>{opening}</p>"}]
    if kind is not None:
        heading, text = KIND_SECTIONS[kind]
        blocks += [
            {"type": "heading", "value": {"text": heading, "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{text}</p>"},
        ]
    blocks += [
        {"type": "heading", "value": {"text": "Background", "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{THEME_CONTEXT[theme]}</p>"},
    ]
    if kind == ArticleKind.ESSAY:
        blocks.append(
            {"type": "quote", "value": {"quote": opening.split(". ")[0] + ".", "attribution": ""}}
        )
    blocks.append({"type": "paragraph", "value": SAMPLE_NOTE})
    return blocks


class Taxonomy:
    """The English taxonomy rows the demo pages point at, fetched once."""

    def __init__(self):
        english = source_locale()
        self.countries = {c.iso_code: c for c in Country.objects.filter(locale=english)}
        self.themes = {t.slug: t for t in Theme.objects.filter(locale=english)}
        self.people = [
            Person.objects.get(locale=english, translation_key=demo_key(f"person:{name}"))
            for name, _role, _bio in PEOPLE
        ]

    def tags(self, names):
        return [
            Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]
            for name in names
        ]


def image_for(index):
    number = index % IMAGE_POOL + 1
    return demo_image(
        f"publication:{number}", f"Sample illustration {number} (sample image)", 1200, 800
    )


def shared_fields(taxonomy, title, summary, date, themes, iso_code, image_number):
    """The fields articles and news items fill the same way."""
    return {
        "first_published_at": published_at(date),
        "title": title,
        "slug": slugify(title)[:80],
        "summary": summary,
        "hero_image": image_for(image_number),
        "hero_image_alt": "An abstract landscape of hills under a sun (sample image)",
        "publication_date": date,
        "themes": [taxonomy.themes[slug] for slug in themes],
        "countries": [taxonomy.countries[iso_code]],
    }


def load_articles(library, taxonomy, log):
    created = []
    pages = []
    for index, (kind, title, summary, opening, iso, themes, year, tags) in enumerate(ARTICLES):
        key = f"article:{slugify(title)[:50]}"
        date = publication_date(key, year)
        documents = []
        if kind in KINDS_WITH_DOCUMENTS:
            document = demo_document(
                f"{title} (sample PDF)", [summary[:90], f"{SAMPLE_LABEL}, {year}."]
            )
            documents = [
                ("document", {"document": document, "title": document.title, "description": ""})
            ]
        authors = [taxonomy.people[index % len(taxonomy.people)]]
        if index % 3 == 0:
            authors.append(taxonomy.people[(index + 2) % len(taxonomy.people)])
        related = []
        if pages and index % 5 == 0:
            related = [ArticleRelatedPage(related_page=pages[-1])]
        page, was_created = ensure_page(
            library,
            ArticlePage,
            key,
            **shared_fields(taxonomy, title, summary, date, themes, iso, index),
            kind=kind,
            body=body_for(opening, themes, kind),
            documents=documents,
            authors=[ArticleAuthor(person=person) for person in authors],
            tagged_items=[ArticlePageTag(tag=tag) for tag in taxonomy.tags(tags)],
            related_links=related,
        )
        pages.append(page)
        if was_created:
            created.append(page)
    log(f"library: {len(ARTICLES)} articles ({len(created)} new)")
    return created


def load_news(newsroom, taxonomy, log):
    created = []
    for index, (title, summary, opening, iso, themes, year, tags, source) in enumerate(NEWS):
        key = f"news:{slugify(title)[:50]}"
        date = publication_date(key, year)
        source_name, source_url = source or ("", "")
        page, was_created = ensure_page(
            newsroom,
            NewsPage,
            key,
            **shared_fields(taxonomy, title, summary, date, themes, iso, index + 5),
            body=body_for(opening, themes),
            source_name=source_name,
            source_url=source_url,
            authors=[NewsAuthor(person=taxonomy.people[4 if index % 2 else 0])],
            tagged_items=[NewsPageTag(tag=tag) for tag in taxonomy.tags(tags)],
        )
        if was_created:
            created.append(page)
    log(f"news: {len(NEWS)} items ({len(created)} new)")
    return created


def index_references(pages):
    """Record what new pages and their aliases link to (images, documents, people), once per
    page: the loader turns the per-save update off because each page is saved many times."""
    aliases = Page.objects.filter(alias_of__in=pages).specific()
    for page in [*pages, *aliases]:
        ReferenceIndex.create_or_update_for_object(page)


def add_latest_sections(home, sections):
    """Append a 'latest' block per section to the home page unless one points at it."""
    listed = {
        block["value"].get("section")
        for block in home.sections.raw_data
        if block["type"] == "latest"
    }
    missing = [(title, page) for title, page in sections if page.pk not in listed]
    if not missing:
        return 0
    for title, page in missing:
        home.sections.append(("latest", {"title": title, "section": page, "count": 3}))
    home.save_revision(log_action=False).publish(log_action=False)
    return len(missing)


def load(log):
    home = find_page(HomePage, "home")
    newsroom, _ = ensure_page(
        home,
        NewsIndexPage,
        "news",
        title="News",
        slug="news",
        show_in_menus=True,
        intro="What happens in the programme and among its grantees. (Sample content.)",
    )
    library, _ = ensure_page(
        home,
        ArticleIndexPage,
        "library",
        title="Library",
        slug="library",
        show_in_menus=True,
        intro=(
            "Analysis, policy information, educational resources and essays about civil "
            "society in the region. (Sample content.)"
        ),
    )
    taxonomy = Taxonomy()
    # Each new page and its aliases are indexed once, in bulk, after the last one is saved.
    with disable_reference_index_auto_update(), search_indexing_deferred():
        created = [*load_articles(library, taxonomy, log), *load_news(newsroom, taxonomy, log)]
    index_references(created)
    added = add_latest_sections(home, [("Latest news", newsroom), ("From the library", library)])
    log(f"home: {added} new 'latest' sections")


def reset():
    """The pages go with the page tree; the generated documents are deleted here."""
    get_document_model().objects.filter(collection__name=SAMPLE_COLLECTION).delete()
