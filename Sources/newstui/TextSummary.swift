import NewsModel

/// The readable summary of `newstui analyze --format text`.
enum TextSummary {
    static func render(_ report: AnalysisReport) -> String {
        var out = ""
        for a in report.articles {
            out += SafeText.sanitize(a.title) + "\n"
            let meta = [a.outlet, a.date, a.path].compactMap { $0 }.map(SafeText.sanitize)
            if !meta.isEmpty { out += "  " + meta.joined(separator: " · ") + "\n" }
            out += "  \(a.paragraphs.count) paragraphs\n\n"
        }
        if !report.problems.isEmpty {
            out += "Problems:\n"
            for p in report.problems {
                out += "  \(SafeText.sanitize(p.path)): \(p.message)\n"
            }
        }
        out += "\(report.articles.count) articles, \(report.problems.count) problems\n"
        return out
    }
}
