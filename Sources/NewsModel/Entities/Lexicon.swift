/// Small closed word lists that news prose rules need (grammar, not names).
enum Lexicon {
    /// Last words that make a capitalised phrase an organisation.
    static let organizationHeads: Set<String> = [
        "Ministry", "Department", "Agency", "Council", "Committee", "Commission", "Bank", "Institute",
        "University", "College", "School", "Corporation", "Corp.", "Inc.", "Ltd", "Group", "Party",
        "Union", "Association", "Organization", "Organisation", "Foundation", "Court", "Service",
        "Services", "Office", "Company", "Authority", "Bureau", "Forces", "Army", "Navy", "Police",
        "Times", "Post", "News", "Journal", "Herald", "Tribune", "Guardian", "Telegraph", "Gazette",
        "Fund", "Alliance", "Federation", "Coalition", "Front", "Movement", "Board", "Parliament",
        "Assembly", "Senate", "Congress", "Cabinet", "Administration", "Airlines", "Airways",
        "Network", "Society", "Church", "Club", "Team", "League", "Industries", "Holdings", "Media",
        "Press", "Magazine", "Review", "Center", "Centre", "Program", "Programme", "Guard", "Command",
        "Directorate", "Secretariat", "Tribunal", "Chamber", "Academy", "Laboratory", "Labs",
        "Brigade", "Battalion", "Regiment", "Division", "Corps", "Legion", "Unit", "Inc", "LLC", "Co.",
        "Departments", "Ministries", "Agencies", "Org", "Government", "Weekly", "Daily", "Radio", "Television",
        "TV", "Fire", "Rescue", "Force", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur",
        // Business names ("Verdana Naturals", "Eastbrook Homes"): never the end of a person's name.
        "Naturals", "Homes", "Motors", "Pharmaceuticals", "Pharma", "Energy", "Mining", "Minerals", "Resources",
        "Capital", "Partners", "Logistics", "Foods", "Systems", "Technologies", "Solutions", "Properties",
        "Developments", "Construction", "Ventures", "Insurance", "Railway", "Railways", "Telecom", "Petroleum",
        "Shipping", "Brands", "Stores", "Aerospace", "Chemicals", "Utilities", "Enterprises", "Investments",
        "Panel", "Consortium", "Trust", "Forum", "Initiative", "Observatory", "Inspectorate",
        "Management", "Ombudsman", "Democrats", "Republicans", "Socialists", "Liberals", "Conservatives", "Greens",
    ]

    /// Endings of two-word club and company names whose first word alone stands for them later
    /// ("Westbourne United" ... "Westbourne said").
    static let shortFormHeads: Set<String> = [
        "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Holdings", "Group", "Inc", "Inc.", "Ltd",
        "Corp", "Corp.", "Corporation", "Industries", "Airlines", "Airways", "Naturals", "Homes", "Motors", "Pharmaceuticals",
    ]

    /// Words that start an organisation's name before "of": "Church of Scientology", "Bank of England".
    static let organizationLeads: Set<String> = [
        "Church", "University", "Bank", "Ministry", "Department", "Municipality", "Institute", "Council",
        "Board", "Office", "Court", "Party", "Union", "League", "Association", "Federation", "Academy",
        "College", "School", "Society", "Order", "Commission", "Committee", "Government", "Parliament",
        "Congress", "Organization", "Organisation", "Agency", "House", "Chamber", "Museum", "Bureau",
    ]

    /// Last words that make a capitalised phrase a place: "Constitution Hall", "Volgograd Arena".
    static let placeHeads: Set<String> = [
        "Hall", "Square", "Street", "Avenue", "Road", "Bridge", "Airport", "Station", "Stadium", "Arena",
        "Park", "Palace", "Memorial", "Tower", "Towers", "Building", "Cathedral", "Mosque", "Temple",
        "Base", "Port", "Harbour", "Harbor", "Island", "Islands", "River", "Lake", "Mountain", "Mountains",
        "Valley", "Bay", "Sea", "Ocean", "Peninsula", "Strait", "Gulf", "Desert", "Forest", "Canal",
        "Boulevard", "Plaza", "Castle", "Field", "Heights", "Hill", "Hills", "Beach", "Coast", "Cave",
        "Garden", "Gardens", "Mall", "Market", "Camp", "Prison", "Hospital", "Crossing", "Checkpoint",
        "Shoal", "Reef", "Atoll", "Cape", "Lagoon", "Glacier", "Pass", "Canyon", "Falls", "Delta", "Dam", "Mine", "Refinery", "Quay", "Pier",
    ]

    /// Vocabulary of match reports: there, country names stand for national teams.
    static let sportsTerms: Set<String> = [
        "goal", "goals", "scored", "striker", "midfielder", "goalkeeper", "penalty", "half-time", "kick-off",
        "referee", "defender", "equaliser", "equalizer", "stoppage", "header", "fixture", "knockout",
        "match", "matches", "footballer", "innings", "wicket", "touchdown", "quarterback",
    ]

    /// Nations that field their own teams but are not sovereign states.
    static let sportingNations: Set<String> = ["England", "Scotland", "Wales", "Northern Ireland"]

    /// Government bodies named with a country: "Russian Foreign Ministry", "Ministry of Defense".
    /// Surface -> canonical body (the country is added: "Ministry of Foreign Affairs of Russia").
    static let governmentBodies: [String: String] = [
        "Foreign Ministry": "Ministry of Foreign Affairs", "Ministry of Foreign Affairs": "Ministry of Foreign Affairs",
        "Foreign Affairs Ministry": "Ministry of Foreign Affairs", "Foreign Office": "Ministry of Foreign Affairs",
        "Defense Ministry": "Ministry of Defence", "Defence Ministry": "Ministry of Defence",
        "Ministry of Defense": "Ministry of Defence", "Ministry of Defence": "Ministry of Defence",
        "Interior Ministry": "Ministry of Internal Affairs", "Ministry of Internal Affairs": "Ministry of Internal Affairs",
        "Ministry of the Interior": "Ministry of Internal Affairs", "Justice Ministry": "Ministry of Justice",
        "Ministry of Justice": "Ministry of Justice", "Finance Ministry": "Ministry of Finance",
        "Ministry of Finance": "Ministry of Finance", "Health Ministry": "Ministry of Health",
        "Ministry of Health": "Ministry of Health", "Energy Ministry": "Ministry of Energy",
        "Ministry of Energy": "Ministry of Energy", "Economy Ministry": "Ministry of Economy",
        "Foreign Intelligence Service": "Foreign Intelligence Service", "Security Service": "Security Service",
        "General Staff": "General Staff", "Armed Forces": "Armed Forces", "Central Bank": "Central Bank",
        "Emergencies Ministry": "Ministry of Emergency Situations", "Investigative Committee": "Investigative Committee",
        "Prosecutor General's Office": "Prosecutor General's Office", "Embassy": "Embassy", "embassy": "Embassy",
        "National Guard": "National Guard", "Coast Guard": "Coast Guard", "Air Force": "Air Force", "Navy": "Navy",
        "Army": "Army", "Parliament": "Parliament", "parliament": "Parliament", "Ministry of Defence of": "Ministry of Defence",
    ]

    /// Words joining the parts of a capitalised name ("Bank of England", "Daughters of the American Revolution").
    static let connectors: Set<String> = ["of", "the", "for", "and", "&", "de", "on"]

    /// Lower-case particles inside personal names.
    static let nameParticles: Set<String> = ["de", "van", "von", "bin", "al", "la", "del", "da", "di", "le", "ben", "ibn", "der", "den", "dos", "das", "el", "abu", "bint", "ter", "ten", "du", "della", "zu"]

    /// Reporting verbs that follow or precede a speaker: evidence that a name is a person's.
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "added", "wrote", "stated", "argued", "claimed", "accused", "denied",
        "warned", "stressed", "emphasized", "emphasised", "suggested", "announced", "explained", "noted",
        "asked", "replied", "insisted", "tweeted", "posted", "responded", "recalled", "believes", "thinks",
        "confirmed", "admitted", "met", "visited", "spoke", "urged", "praised", "criticized", "criticised", "described",
    ]

    /// Place words that follow a capitalised name: "Kursk region", "Sumy Oblast".
    /// Lower-case nouns for a person that a name follows ("marathon runner Mercy Kirui", "teacher Linda Harcourt").
    static let personNouns: Set<String> = [
        "runner", "athlete", "player", "striker", "midfielder", "goalkeeper", "coach", "manager", "teacher", "nurse", "doctor",
        "surgeon", "lawyer", "barrister", "solicitor", "attorney", "spokesman", "spokeswoman", "spokesperson", "minister",
        "president", "chairman", "chairwoman", "chair", "director", "founder", "executive", "economist", "analyst", "scientist",
        "researcher", "biologist", "professor", "engineer", "pilot", "captain", "officer", "activist", "campaigner", "resident",
        "farmer", "businessman", "businesswoman", "entrepreneur", "author", "journalist", "reporter", "editor", "singer", "actor",
        "actress", "politician", "lawmaker", "senator", "councillor", "councilor", "mayor", "governor", "ambassador", "envoy",
        "diplomat", "commander", "general", "leader", "secretary", "judge", "prosecutor", "witness", "survivor", "student",
    ]
    /// Lower-case nouns for an organisation that its name follows ("the newspaper De Telegraaf",
    /// "research firm Peilpunt", "broadcaster NOS", "the stockbroker Pell Dunmore").
    static let organizationNouns: Set<String> = [
        "newspaper", "paper", "tabloid", "daily", "broadcaster", "channel", "magazine", "website", "outlet", "publisher",
        "agency", "firm", "company", "group", "party", "union", "bank", "lender", "insurer", "stockbroker", "broker",
        "brokerage", "retailer", "chain", "airline", "carrier", "operator", "restaurant", "bakery", "club", "charity",
        "consultancy", "startup", "start-up", "developer", "manufacturer", "carmaker", "automaker", "supplier", "miner",
        "regulator", "watchdog", "pollster", "network", "cooperative", "co-operative", "conglomerate", "subsidiary",
        "utility", "fund", "foundation", "ngo", "organisation", "organization", "association", "institute", "university",
    ]
    /// Lower-case words after a body's name that only a body has ("APD spokesman", "KRV officials").
    static let organizationRoles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "officials", "officers", "employees", "staff", "chief", "headquarters",
    ]
    /// Lower-case nouns for a place that its name follows after "of" ("the fishing town of Masinloc",
    /// "the island of Luzon").
    static let placeNouns: Set<String> = [
        "town", "city", "village", "island", "port", "province", "region", "district", "county", "suburb", "municipality",
        "hamlet", "neighbourhood", "neighborhood", "settlement", "islands", "archipelago", "valley", "state", "prefecture",
    ]
    /// Months, as written.
    static let months: Set<String> = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                      "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                      "Sept", "Oct", "Nov", "Dec"]
    /// What a platform's or outlet's name qualifies ("its official WeChat account").
    static let channelNouns: Set<String> = ["account", "accounts", "page", "pages", "website", "site", "channel", "channels",
                                            "feed", "handle", "app", "blog", "profile", "newsletter"]
    /// Days of the week, as written.
    static let weekdays: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let regionWords: Set<String> = ["region", "Region", "Oblast", "oblast", "province", "Province", "Krai", "krai", "Governorate", "governorate", "district", "District", "County", "State", "Prefecture", "Republic"]

    /// Stopwords that can open the name of an organisation or place when the name ends in a head
    /// word ("Supreme Court", "National Science Foundation", "High Court", "North Sea").
    static let nameModifiers: Set<String> = [
        "Supreme", "High", "Higher", "National", "International", "Global", "Regional", "Local", "Federal",
        "State", "Central", "Royal", "Imperial", "Public", "Private", "Foreign", "Civil", "Political",
        "Economic", "Social", "Financial", "Security", "Defence", "Defense", "Justice", "Health", "Energy",
        "Science", "Technology", "Education", "Environment", "Climate", "Culture", "Media", "Arts", "Film",
        "Music", "Television", "Radio", "World", "Business", "Money", "Finance", "Crime", "Law", "Sport",
        "Sports", "Weather", "Travel", "Home", "North", "South", "East", "West", "Northern", "Southern",
        "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Inner",
        "Outer", "New", "Old", "Big", "Grand", "Great", "Democratic", "Republican", "Socialist", "Communist",
        "Conservative", "Liberal", "Nationalist", "Parliament", "Congress", "Senate", "House", "Council",
        "Commission", "Court", "Committee", "Party", "Opposition", "Coalition", "Administration", "Government",
        "Police", "Army", "Military", "Forces", "Cabinet", "Ministry", "Refugee", "Refugees", "Children",
        "Women", "Workers", "Students", "Citizens", "Journalists", "Doctors", "Scientists", "Veterans",
    ]

    /// Words around a capitalised word that make it an organisation: "Scientology officials", "the
    /// Scientology organization", "members of Scientology".
    static let organizationContext: Set<String> = Set(["officials", "organization", "organisation", "member", "members"])
        .union(companyRoles).union(companyPossessions)

    /// People who speak for a body, after its one-word name: "a Hearthcam spokesperson", "Fetchly executives".
    static let companyRoles: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "executives", "shareholders", "employees"]
    /// What a body has, after its one-word name and "'s": "Fetchly's head of policy", "Hearthcam's cameras".
    /// (Not what a person has too: "lawyer", "family", "office".)
    static let companyPossessions: Set<String> = companyRoles.union([
        "executive", "board", "staff", "headquarters", "app", "apps", "website", "platform", "servers", "customers", "users",
        "shares", "share", "stock", "profits", "revenue", "products", "cameras", "riders", "drivers", "stores", "shops",
        "factory", "factories", "plant", "head", "chief", "founder", "chairman", "chairwoman",
    ])

    /// Top-level web domains: "Scientology.org" is a web site, not a mention of the organisation.
    static let webDomains: Set<String> = ["com", "org", "net", "gov", "edu", "int", "info", "io", "co", "uk", "ru", "de", "fr", "ua"]

    /// Place heads that are common surnames too, allowed to end a three-word personal name
    /// ("Marc Lamont Hill", "Mary Ann Hall").
    static let surnamePlaceHeads: Set<String> = ["Hill", "Hall", "Field", "Park"]
}
