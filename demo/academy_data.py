"""The words of the academy's sample content, written for this project.

Courses are put together from these parts by ``demo.academy``: each course takes modules
and outcomes from its theme, an opening and a closing module shared by all courses, and
a few questions from the FAQ pool.
"""

# (code, title, theme slugs, catch phrase)
COURSES = [
    # Fair housing
    ("HOU-101", "Tenants' rights in shared apartment blocks", ["fair-housing"],
     "Know what the law says about your home and how to stand up for it with your neighbours."),
    ("HOU-102", "Running a homeowners' association", ["fair-housing", "civic-participation"],
     "Set up fair rules, honest accounts and good meetings for the building you share."),
    ("HOU-103", "Fair rules for housing repairs", ["fair-housing"],
     "Plan, fund and supervise repairs so that every household pays its fair share."),
    ("HOU-104", "Housing advice for families at risk", ["fair-housing"],
     "Help families facing eviction or unsafe homes find their way through the system."),
    ("HOU-201", "Monitoring social housing programmes", ["fair-housing", "access-to-information"],
     "Follow public housing money from the budget line to the keys handed over."),
    ("HOU-202", "Safe and accessible homes", ["fair-housing", "older-people"],
     "Make homes safer for children, older people and people with disabilities."),
    # Older people
    ("OLD-101", "Community care for older people", ["older-people"],
     "Organise home visits, meals and company for neighbours who live alone."),
    ("OLD-102", "Pensions and benefits: helping people claim them", ["older-people"],
     "Guide older people through the paperwork so that they receive what they are owed."),
    ("OLD-103", "Volunteering with older people", ["older-people", "civic-participation"],
     "Recruit, train and keep volunteers who visit and support older neighbours."),
    ("OLD-201", "Preventing abuse of older people", ["older-people"],
     "Recognise neglect and abuse, and know whom to call and what to say."),
    ("OLD-202", "Age-friendly neighbourhoods", ["older-people", "sustainable-development"],
     "Map what makes a street hard for older people and work with the council to fix it."),
    ("OLD-203", "Teaching digital skills to older learners",
     ["older-people", "inclusive-education"],
     "Help older people use phones and online services with patience and confidence."),
    # Mercury-free products
    ("MER-101", "Mercury in everyday products", ["mercury-free-products"],
     "Find out where mercury hides at home, at school and in the clinic, and what replaces it."),
    ("MER-102", "Replacing mercury thermometers in clinics", ["mercury-free-products"],
     "Plan the switch to digital thermometers with doctors, nurses and suppliers."),
    ("MER-103", "Safe collection of used lamps", ["mercury-free-products", "green-technology"],
     "Set up a collection point for broken lamps that protects people and the soil."),
    ("MER-201", "Mercury-free dentistry: an advocacy guide", ["mercury-free-products"],
     "Build the case for mercury-free fillings and take it to the health authorities."),
    ("MER-202", "Citizen testing for mercury", ["mercury-free-products", "access-to-information"],
     "Test cosmetics and products for mercury and publish the results responsibly."),
    ("MER-203", "Talking to families about mercury", ["mercury-free-products"],
     "Explain the risks of mercury clearly, without causing panic."),
    # Green technology
    ("GRN-101", "Solar water heaters for rural households", ["green-technology"],
     "Choose, install and maintain a solar water heater that pays for itself."),
    ("GRN-102", "Efficient stoves and clean heating", ["green-technology"],
     "Keep homes warm through the winter while burning less coal and wood."),
    ("GRN-103", "Energy audits for schools", ["green-technology", "inclusive-education"],
     "Measure where a school loses heat and power, and plan what to fix first."),
    ("GRN-201", "Small-scale biogas", ["green-technology", "sustainable-development"],
     "Turn farm waste into cooking gas and fertiliser with a village biogas unit."),
    ("GRN-202", "Insulating homes on a small budget", ["green-technology", "fair-housing"],
     "Cut heating bills with simple insulation that families can install themselves."),
    ("GRN-203", "Drip irrigation for smallholders", ["green-technology", "sustainable-development"],
     "Grow more with less water using drip lines that farmers can build and repair."),
    # Sustainable development
    ("SDV-101", "Planning local sustainable development", ["sustainable-development"],
     "Write a local development plan that balances jobs, water, land and the future."),
    ("SDV-102", "Water users' associations", ["sustainable-development"],
     "Share irrigation water fairly and keep the canals in good repair together."),
    ("SDV-103", "Waste sorting in small towns", ["sustainable-development", "green-technology"],
     "Start a sorting and recycling scheme that residents actually use."),
    ("SDV-201", "Social entrepreneurship for NGOs", ["sustainable-development"],
     "Earn income for your mission with a small social business."),
    ("SDV-202", "Climate adaptation in mountain communities", ["sustainable-development"],
     "Prepare villages for mudflows, droughts and hotter summers."),
    ("SDV-203", "Measuring what your project changes", ["sustainable-development"],
     "Plan monitoring and evaluation that shows real results, not only activities."),
    # Civic participation
    ("CIV-101", "Organising public hearings", ["civic-participation"],
     "Prepare, run and report a public hearing that residents trust."),
    ("CIV-102", "Community councils that work", ["civic-participation"],
     "Help a community council set priorities, keep minutes and report back to residents."),
    ("CIV-103", "Advocacy campaigns step by step", ["civic-participation"],
     "Turn a local problem into a campaign with a clear goal, allies and a message."),
    ("CIV-104", "Working with local government", ["civic-participation"],
     "Build a working relationship with the local administration and keep it honest."),
    ("CIV-201", "Young people in local decisions", ["civic-participation", "inclusive-education"],
     "Give young people a real voice in the decisions of their town."),
    ("CIV-202", "Facilitating community meetings", ["civic-participation"],
     "Run meetings where everyone speaks, decisions get made and nobody leaves angry."),
    ("CIV-203", "Project management for small NGOs", ["civic-participation"],
     "Plan, run and close a project on time and on budget with a small team."),
    # Access to information
    ("INF-101", "Requesting public information", ["access-to-information"],
     "Write requests that the authorities must answer, and follow them up."),
    ("INF-102", "Reading a local budget", ["access-to-information", "civic-participation"],
     "Understand where your town's money comes from and where it goes."),
    ("INF-103", "Open data for civil society", ["access-to-information"],
     "Find, clean and use public data to back up what your organisation says."),
    ("INF-201", "Checking facts and sources", ["access-to-information"],
     "Verify claims, photos and numbers before your organisation shares them."),
    ("INF-202", "Clear writing for NGOs", ["access-to-information"],
     "Write reports, posts and letters that busy people read to the end."),
    ("INF-203", "Digital security for activists", ["access-to-information"],
     "Protect your accounts, devices and contacts from the most common attacks."),
    # Inclusive education
    ("EDU-101", "Inclusive classrooms: first steps", ["inclusive-education"],
     "Make a classroom where every child can learn, whatever their needs."),
    ("EDU-102", "Supporting learners with disabilities", ["inclusive-education"],
     "Adapt lessons, materials and tests for learners with disabilities."),
    ("EDU-103", "Designing accessible online courses", ["inclusive-education"],
     "Build online lessons that work on slow connections and with screen readers."),
    ("EDU-201", "Mentoring young volunteers", ["inclusive-education", "civic-participation"],
     "Support young volunteers so that they grow and stay with your organisation."),
    ("EDU-202", "Fundraising for small NGOs", ["inclusive-education", "sustainable-development"],
     "Find donors beyond grants and keep them informed and loyal."),
    ("EDU-203", "Financial reporting for grant recipients", ["civic-participation"],
     "Keep the books and write financial reports that donors approve first time."),
]  # fmt: skip

# The modules each theme's courses draw from: (title, description, lesson titles).
THEME_MODULES = {
    "fair-housing": [
        ("What the housing law says", "The rights and duties of owners, tenants and managers.",
         ["Ownership and tenancy", "Common property in a shared building",
          "Where to find the rules"]),
        ("Organising your neighbours", "From a list of complaints to a group that acts together.",
         ["Mapping the building", "The first meeting", "Choosing representatives"]),
        ("Money and accounts", "Fees, budgets and reports that every household can check.",
         ["Setting fair fees", "Keeping simple accounts", "Reporting to residents"]),
        ("Solving disputes", "Ways to settle conflicts before they reach court.",
         ["Listening to both sides", "Mediation step by step", "When to go to court"]),
        ("Working with the authorities", "Who is responsible for what, and how to ask them.",
         ["The housing inspectorate", "Writing a complaint", "Following up"]),
    ],
    "older-people": [
        ("Ageing in our region", "Facts about older people's lives, income and health.",
         ["What the numbers say", "Loneliness and isolation", "Listening to older people"]),
        ("Rights and entitlements", "Pensions, benefits and services older people may claim.",
         ["Pensions explained", "Social benefits", "Helping with applications"]),
        ("Care at home", "Visits and help that let people stay in their own homes.",
         ["Planning a home visit", "Safe help with daily tasks", "Caring for the carers"]),
        ("Recognising harm", "Signs of neglect, abuse and fraud, and what to do.",
         ["Warning signs", "Talking to someone at risk", "Referral and follow-up"]),
        ("A voice in public life", "Helping older people take part in local decisions.",
         ["Councils of elders", "Accessible meetings", "Raising issues with the council"]),
    ],
    "mercury-free-products": [
        ("Why mercury matters", "How mercury harms health and the environment.",
         ["Mercury in the body", "Mercury in water and soil", "The Minamata Convention"]),
        ("Where mercury is used", "Products that still contain mercury and their alternatives.",
         ["Thermometers and blood-pressure gauges", "Lamps and batteries",
          "Cosmetics and skin creams"]),
        ("Safe handling", "What to do when a thermometer or lamp breaks.",
         ["Cleaning up a spill safely", "Storing broken items", "Protecting children"]),
        ("Collection and disposal", "Setting up a collection scheme with the municipality.",
         ["Finding partners", "Running a collection point", "Where the waste goes"]),
        ("Changing policy", "Persuading clinics, shops and authorities to go mercury-free.",
         ["Gathering evidence", "Meeting decision-makers", "Public campaigns"]),
    ],
    "green-technology": [
        ("Energy in the household", "Where a family's energy goes and what it costs.",
         ["Reading an energy bill", "Heat losses in a house", "Cheap savings first"]),
        ("Choosing the technology", "Comparing options for climate, budget and skills.",
         ["Solar heat and solar power", "Stoves and boilers", "Costs and payback time"]),
        ("Installation", "Installing equipment safely with local craftsmen.",
         ["Working with installers", "Safety on site", "Checking the work"]),
        ("Maintenance", "Keeping equipment working for many years.",
         ["A maintenance calendar", "Common faults", "Spare parts and repairs"]),
        ("Spreading the idea", "Demonstrations and savings groups that help neighbours follow.",
         ["Demonstration days", "Savings groups", "Telling the story with numbers"]),
    ],
    "sustainable-development": [
        ("Understanding sustainability", "Jobs, water, land and people in one picture.",
         ["The three sides of sustainability", "Local resources", "Risks and trends"]),
        ("Planning with the community", "Methods that bring everyone's knowledge into the plan.",
         ["Community mapping", "Setting priorities", "Writing the plan"]),
        ("Financing", "Public funds, donors and local contributions.",
         ["The local budget", "Donor programmes", "Local contributions"]),
        ("Running the project", "Keeping a development project on track.",
         ["Work plans", "Managing risks", "Keeping people informed"]),
        ("Measuring change", "Indicators that show what really improved.",
         ["Choosing indicators", "Collecting data", "Learning from results"]),
    ],
    "civic-participation": [
        ("Why participation matters", "What people gain when they take part in decisions.",
         ["Rights to take part", "Examples from the region", "Obstacles and how to overcome them"]),
        ("Preparing an event", "Planning hearings and meetings that people attend.",
         ["Choosing the question", "Inviting people", "Preparing materials"]),
        ("On the day", "Running a fair and productive discussion.",
         ["Opening the meeting", "Giving everyone a voice", "Recording decisions"]),
        ("After the event", "Turning decisions into action and reporting back.",
         ["Writing the report", "Following up with officials", "Telling residents what changed"]),
        ("Building alliances", "Working with other groups, the media and officials.",
         ["Finding allies", "Working with journalists", "Keeping partners on board"]),
    ],
    "access-to-information": [
        ("The right to know", "What the law says about access to public information.",
         ["The law in your country", "What must be published", "Exceptions and limits"]),
        ("Asking questions", "Writing requests and following them up.",
         ["Writing a request", "Deadlines and answers", "Appeals"]),
        ("Working with data", "Finding, cleaning and checking public data.",
         ["Where data lives", "Cleaning a spreadsheet", "Checking the numbers"]),
        ("Telling the story", "Turning information into something people understand.",
         ["Finding the story", "Simple charts", "Writing clearly"]),
        ("Staying safe", "Protecting sources, accounts and devices.",
         ["Strong passwords", "Safe messaging", "Protecting sources"]),
    ],
    "inclusive-education": [
        ("What inclusion means", "From special schools to learning together.",
         ["Models of disability", "Inclusion in the law", "Attitudes and barriers"]),
        ("Knowing your learners", "Understanding each learner's strengths and needs.",
         ["Observing learners", "Working with families", "Individual plans"]),
        ("Adapting teaching", "Lessons, materials and tests that work for everyone.",
         ["Clear instructions", "Accessible materials", "Fair assessment"]),
        ("An accessible environment", "Classrooms, buildings and online spaces.",
         ["Physical access", "Accessible documents", "Online learning on slow connections"]),
        ("Working as a team", "Teachers, assistants, families and specialists together.",
         ["Roles in the team", "Meetings that help", "Support for teachers"]),
    ],
}  # fmt: skip

OPENING_MODULE = (
    "Getting started",
    "How the course works and what you want to get from it.",
    ["Welcome and how the course works", "Your learning goals"],
)
CLOSING_MODULES = [
    (
        "Putting it into practice",
        "A plan for using what you learned in your own organisation.",
        ["Planning your first step", "Sharing what you learned with colleagues"],
    ),
    (
        "Final assignment",
        "A short practical assignment, reviewed by other learners.",
        ["Preparing your assignment", "Reviewing another learner's work"],
    ),
]

THEME_OUTCOMES = {
    "fair-housing": [
        "Explain the rights and duties of owners and tenants",
        "Organise residents of a shared building",
        "Keep accounts that every household can check",
        "Settle a dispute between neighbours without going to court",
        "Write a complaint the housing authorities must answer",
    ],
    "older-people": [
        "Describe the situation of older people in your community",
        "Help an older person claim a pension or benefit",
        "Plan safe and respectful home visits",
        "Recognise signs of neglect and abuse",
        "Involve older people in local decisions",
    ],
    "mercury-free-products": [
        "Explain how mercury harms health",
        "Name the products that still contain mercury and their alternatives",
        "Clean up a mercury spill safely",
        "Set up a collection point with the municipality",
        "Make the case for mercury-free policies",
    ],
    "green-technology": [
        "Read an energy bill and find the biggest losses",
        "Compare technologies by cost and payback time",
        "Supervise an installation safely",
        "Plan regular maintenance",
        "Run a demonstration day for neighbours",
    ],
    "sustainable-development": [
        "Describe your community's resources and risks",
        "Lead a community mapping session",
        "Combine public, donor and local funding",
        "Keep a project on schedule",
        "Choose indicators that show real change",
    ],
    "civic-participation": [
        "Explain people's rights to take part in local decisions",
        "Prepare a public hearing",
        "Give every participant a fair chance to speak",
        "Report decisions back to residents",
        "Build alliances with other groups and the media",
    ],
    "access-to-information": [
        "Explain the law on access to information",
        "Write an information request and appeal a refusal",
        "Clean and check a public dataset",
        "Present numbers in a simple chart",
        "Protect your accounts and your sources",
    ],
    "inclusive-education": [
        "Explain what inclusive education means",
        "Write an individual learning plan",
        "Adapt a lesson for different learners",
        "Make documents and online lessons accessible",
        "Work as a team with families and specialists",
    ],
}

THEME_AUDIENCE = {
    "fair-housing": "residents, housing activists and staff of housing associations",
    "older-people": "social workers, volunteers and organisations of older people",
    "mercury-free-products": "health workers, environmental groups and school staff",
    "green-technology": "community leaders, craftsmen and rural development groups",
    "sustainable-development": "local councillors, NGO staff and community leaders",
    "civic-participation": "NGO staff, activists and members of community councils",
    "access-to-information": "journalists, watchdog groups and NGO staff",
    "inclusive-education": "teachers, parents and staff of education NGOs",
}

FAQ = [
    ("Does the course cost anything?", "No. Every course of the academy is free of charge."),
    (
        "How much time do I need each week?",
        "Most learners spend two to four hours a week. The syllabus shows the time for "
        "each lesson.",
    ),
    (
        "Can I study on my phone?",
        "Yes. The lessons work on phones and on slow connections, and you can download "
        "the readings.",
    ),
    (
        "Will I get a certificate?",
        "If the course offers one, you receive it when you complete the requirements "
        "listed on this page.",
    ),
    (
        "What if I fall behind?",
        "Self-paced courses wait for you. In tutor-led courses, tell your tutor and they "
        "will help you catch up.",
    ),
]

CERTIFICATE_REQUIREMENTS = (
    "Complete every module, pass the short quiz at the end of each one and submit the "
    "final assignment."
)
PREREQUISITES = [
    "",
    "No previous knowledge is needed.",
    "Basic computer skills and an email address.",
    "Some experience of working in an NGO or a community group.",
]

# Learners' names by country: plausible, generated, nobody real.
FIRST_NAMES = {
    "AZ": ["Aysel", "Elvin", "Leyla", "Rashad", "Gunel", "Farid", "Nigar", "Orkhan"],
    "KZ": ["Aigerim", "Nurlan", "Dana", "Yerlan", "Saule", "Arman", "Madina", "Daniyar"],
    "KG": ["Aida", "Bakyt", "Cholpon", "Azamat", "Nurgul", "Timur", "Aizhan", "Kanat"],
    "TJ": ["Zarina", "Firuz", "Mehrona", "Davron", "Nilufar", "Rustam", "Sitora", "Bahrom"],
    "TM": ["Ogulgerek", "Serdar", "Maya", "Dovlet", "Jeren", "Merdan", "Aylar", "Batyr"],
    "UZ": ["Dilnoza", "Sherzod", "Malika", "Jasur", "Gulnora", "Otabek", "Kamola", "Aziz"],
    "other": ["Anna", "David", "Maria", "Ivan", "Sara", "Peter"],
}
LAST_NAMES = {
    "AZ": ["Aliyeva", "Mammadov", "Huseynova", "Guliyev", "Hasanova", "Ismayilov"],
    "KZ": ["Nurpeisova", "Abenov", "Seitkali", "Zhumabekov", "Omarova", "Kassymov"],
    "KG": ["Toktogulova", "Asanov", "Isakova", "Mamytov", "Sydykova", "Osmonov"],
    "TJ": ["Rahimova", "Nazarov", "Saidova", "Karimov", "Sharipova", "Rajabov"],
    "TM": ["Atayeva", "Berdiyev", "Orazova", "Hojayev", "Nurmuhammedova", "Gurbanov"],
    "UZ": ["Yusupova", "Tashkentov", "Rakhimova", "Ergashev", "Karimova", "Sultanov"],
    "other": ["Novak", "Schmidt", "Rossi", "Petrov", "Larsen", "Kowalski"],
}
ORGANISATIONS = [
    "",
    "",
    "Community council",
    "Youth centre",
    "Women's initiative group",
    "Environmental club",
    "Association of homeowners",
    "Regional NGO support centre",
    "Village school",
    "District social services",
    "Disability rights group",
    "Local newspaper",
]
