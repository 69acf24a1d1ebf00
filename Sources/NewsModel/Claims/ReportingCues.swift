/// The words that report speech, and the words that dispute or accuse.
public enum ReportingCues {
    /// Whether a word of a claim carries its force (a reporting verb, a negation, a charge),
    /// for views that emphasise it.
    public static func isCue(_ word: String) -> Bool {
        let w = word.lowercased()
        return verbs[w] != nil || negations.contains(w) || refuting.contains(w) || accusing.contains { w.hasPrefix($0) }
    }

    /// Reporting verbs (lower-case forms) and the cue they give.
    static let verbs: [String: String] = {
        var map: [String: String] = [:]
        let groups: [String: [String]] = [
            "said": ["said", "says", "say", "saying"], "told": ["told", "tells", "tell", "telling"],
            "wrote": ["wrote", "writes", "writing", "tweeted", "posted"], "stated": ["stated", "states"],
            "added": ["added", "adds", "adding"], "argued": ["argued", "argues", "arguing"],
            "claimed": ["claimed", "claims", "claiming", "alleged", "alleges", "asserted", "asserts"],
            "accused": ["accused", "accuses", "accuse", "accusing", "blamed", "blames"],
            "denied": ["denied", "denies", "deny", "denying"], "refuted": ["refuted", "refutes", "rebutted", "countered"],
            "rejected": ["rejected", "rejects", "dismissed", "dismisses"],
            "disputed": ["disputed", "disputes", "contested", "contests"],
            "warned": ["warned", "warns", "warning"], "cautioned": ["cautioned", "cautions"],
            "stressed": ["stressed", "stresses", "underlined", "underscored"],
            "emphasized": ["emphasized", "emphasised", "emphasizes", "emphasises"],
            "suggested": ["suggested", "suggests"], "reported": ["reported", "reports", "reporting"],
            "announced": ["announced", "announces"], "condemned": ["condemned", "condemns"],
            "criticized": ["criticized", "criticised", "criticizes", "criticises"],
            "described": ["described", "describes", "called", "calls"],
            "insisted": ["insisted", "insists"], "noted": ["noted", "notes"], "explained": ["explained", "explains"],
            "indicated": ["indicated", "indicates"], "confirmed": ["confirmed", "confirms"],
            "admitted": ["admitted", "admits", "acknowledged", "acknowledges"], "urged": ["urged", "urges"],
            "promised": ["promised", "promises", "pledged", "vowed"], "believes": ["believes", "believed", "thinks"],
            "recommended": ["recommended", "recommends"], "dubbed": ["dubbed", "dubs"],
            "characterized": ["characterized", "characterised", "characterizes", "characterises"],
            "theorized": ["theorized", "theorised", "theorizes", "theorises", "speculated", "speculates"],
            "declared": ["declared", "declares"], "replied": ["replied", "replies", "responded", "responds"],
            "commented": ["commented", "comments", "remarked", "remarks"],
            "predicted": ["predicted", "predicts"], "conceded": ["conceded", "concedes"],
            "continued": ["continued", "continues"], "reads": ["reads"],
        ]
        for (cue, forms) in groups { for f in forms { map[f] = cue } }
        return map
    }()

    /// Cues that introduce a quotation but are ordinary verbs elsewhere ("the fighting continued",
    /// "the sign reads"): they attribute a quote next to them, never a paraphrase.
    static let quoteOnly: Set<String> = ["continued", "continues", "reads", "remarks", "comments"]

    /// Words that stand for what was said before ("rejects that", "denied it").
    static let pointingPronouns: Set<String> = ["that", "this", "it", "them", "these", "those"]

    /// Cues that are disputes in themselves.
    static let disputingCues: Set<String> = ["denied", "refuted", "rejected", "disputed"]

    /// Words inside a claim that deny or dispute something.
    static let negations: Set<String> = [
        "not", "never", "no", "nothing", "none", "n't", "false", "untrue", "wrong", "misrepresents",
        "misrepresented", "misrepresent", "misrepresenting", "distorted", "distorts", "lie", "lies", "fake",
        "hoax", "baseless", "fabricated", "denied", "denies", "refuted", "nor", "neither", "incorrect", "inaccurate",
    ]

    /// Words saying a source got something wrong ("misrepresents what I said").
    static let refuting: Set<String> = [
        "misrepresents", "misrepresented", "misrepresent", "misrepresenting", "distorted", "distorts", "false",
        "fake", "untrue", "incorrect", "inaccurate", "lie", "lies", "fabricated", "baseless", "hoax", "misleading", "wrong",
    ]

    /// Accusations: the acts one side charges the other with.
    static let accusing: [String] = [
        "violat", "breach", "sabotag", "attack", "shell", "provoc", "aggress", "terror", "crime", "kill",
        "invad", "occup", "malicious", "break", "bomb", "harass", "accus", "blam",
    ]

    /// Nouns that stand for an earlier report's source ("according to the report").
    static let reportNouns: Set<String> = ["report", "article", "newspaper", "paper", "story", "outlet", "publication"]

    /// Nouns naming a document that speaks for itself ("a leaked letter says", "an Internet posting").
    static let documentNouns: Set<String> = [
        "letter", "report", "posting", "post", "posts", "statement", "study", "survey", "article", "document", "memo",
        "email", "blog", "message", "website", "release", "filing", "analysis", "review", "editorial", "column", "tweet",
        "note", "paper", "leak", "notice", "guidance", "transcript", "dossier",
    ]

    /// Plural and collective nouns that name a group as a source ("Officials", "media", "researchers").
    static let groupNouns: Set<String> = [
        "officials", "authorities", "sources", "researchers", "scientists", "experts", "analysts", "critics", "authors",
        "witnesses", "residents", "police", "media", "observers", "doctors", "lawyers", "investigators", "prosecutors",
        "diplomats", "activists", "campaigners", "economists", "spokesmen", "representatives", "members", "leaders",
        "lawmakers", "senators", "ministers", "organisers", "organizers", "protesters", "protestors", "workers",
        "employees", "executives", "staff", "users", "posters", "bloggers", "reports", "families", "parents", "unions",
        "agencies", "officers", "administrators", "insiders", "aides", "advocates", "opponents", "supporters", "scholars",
        "academics", "historians", "engineers", "regulators", "inspectors", "volunteers", "survivors", "victims", "polls",
        "traders", "farmers", "shopkeepers", "retailers", "businesses", "teachers", "nurses", "students", "fishermen",
        "villagers", "locals", "drivers", "pilots", "miners", "passengers", "consumers", "customers", "shoppers", "tenants",
        "landlords", "developers", "investors", "shareholders", "creditors", "bankers", "owners", "operators",
        "shippers", "exporters", "importers", "manufacturers", "producers", "growers", "suppliers", "airlines", "carriers",
        "medics", "paramedics", "rescuers", "firefighters", "troops", "soldiers", "rebels", "militants", "fighters", "clerics",
        "judges", "voters", "riders", "couriers", "hospitals", "clinicians", "physicians", "epidemiologists", "environmentalists",
        "conservationists", "monitors", "negotiators", "mediators", "envoys", "commanders", "neighbours", "neighbors",
        "eyewitnesses", "bystanders", "relatives", "pollsters", "forecasters", "meteorologists", "insurers", "lenders",
    ]

    /// Role nouns that stand for an earlier person ("the Russian diplomat").
    static let personRoles: Set<String> = [
        "diplomat", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "envoy", "official",
        "leader", "ambassador", "senator", "general", "secretary", "adviser", "advisor", "chancellor", "premier",
        "director", "chief", "commander", "lawmaker", "prosecutor", "mayor", "governor", "negotiator",
    ]
}
