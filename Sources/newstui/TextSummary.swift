import NewsModel

/// The readable summary of `newstui analyze --format text`: every string sanitised first.
enum TextSummary {
    static func render(_ report: AnalysisReport) -> String {
        let safe = SafeText.sanitize
        var out = ""
        var claimsByID: [String: AnalysisReport.ClaimReport] = [:]
        for a in report.articles {
            for c in a.claims { claimsByID[c.id] = c }
            out += safe(a.title.isEmpty ? "(untitled)" : a.title) + "\n"
            let meta = [a.outlet, a.date, a.path].compactMap { $0 }.map(safe)
            if !meta.isEmpty { out += "  " + meta.joined(separator: " · ") + "\n" }
            let people = Set(a.mentions.filter { $0.kind == .person }.map(\.entity)).count
            let countries = Set(a.mentions.filter { $0.kind == .country }.map(\.entity)).count
            out += "  \(a.paragraphs.count) paragraphs, \(people) people, \(countries) countries, \(a.claims.count) claims\n\n"
        }
        let byKind = Dictionary(grouping: report.entities, by: \.kind)
        for kind in EntityKind.allCases {
            let top = (byKind[kind] ?? []).prefix(8).map { "\(safe($0.name)) (\($0.articles))" }
            let label = ["person": "people", "country": "countries", "organization": "organizations", "place": "places"][kind.rawValue] ?? kind.rawValue
            if !top.isEmpty { out += "Top \(label): " + top.joined(separator: ", ") + "\n" }
        }
        if !report.conflicts.isEmpty {
            out += "\nConflicts:\n"
            for c in report.conflicts {
                let a = claimsByID[c.a], b = claimsByID[c.b]
                out += "  [\(c.kind.rawValue)] \(safe(a?.speaker ?? "?")) ⟷ \(safe(b?.speaker ?? "?")): \(safe(c.why))\n"
            }
        }
        if !report.problems.isEmpty {
            out += "\nProblems:\n"
            for p in report.problems {
                out += "  \(safe(p.path)): \(p.message)\n"
            }
        }
        out += "\n\(report.articles.count) articles, \(report.entities.count) entities, \(report.conflicts.count) conflicts, \(report.problems.count) problems\n"
        return out
    }
}
