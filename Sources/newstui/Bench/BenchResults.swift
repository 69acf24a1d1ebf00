import Foundation

/// The figures of one benchmark run (also its JSON form): one entry per corpus size.
struct BenchResults: Codable {
    var configuration = ""
    var cores = 0
    var sizes: [Size] = []

    struct Size: Codable {
        var articles: Int
        var analysis: AnalysisBenchmark.Figures?
        var load: LoadBenchmark.Figures?
    }

    /// Rows of figures, one column per corpus size.
    func table() -> String {
        func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
        typealias Row = (String, (Size) -> String)
        let a = { (s: Size, body: (AnalysisBenchmark.Figures) -> String) -> String in s.analysis.map(body) ?? "-" }
        let l = { (s: Size, body: (LoadBenchmark.Figures) -> String) -> String in s.load.map(body) ?? "-" }
        var rows: [Row] = [
            ("articles", { "\($0.articles)" }),
            ("text MB", { s in a(s) { f($0.corpusMB, 1) } }),
            ("gazetteer load ms / +MB", { s in a(s) { "\(f($0.gazetteerLoadSeconds * 1000, 0)) / \(f($0.gazetteerRSSMB, 1))" } }),
            ("text scan MB/s (baseline)", { s in a(s) { f($0.scanMBPerSecond, 0) } }),
            ("entities MB/s, 1 core", { s in a(s) { f($0.entitiesOneCoreMBPerSecond) } }),
            ("entities MB/CPU-s, 1 core", { s in a(s) { f($0.entitiesOneCoreMBPerCPUSecond) } }),
            ("entities MB/s, all cores", { s in a(s) { f($0.entitiesAllCoresMBPerSecond) } }),
            ("claims+own conflicts MB/s, 1 core", { s in a(s) { $0.claims == 0 ? "-" : f($0.claimsOneCoreMBPerSecond) } }),
            ("claims+own conflicts MB/CPU-s", { s in a(s) { $0.claims == 0 ? "-" : f($0.claimsOneCoreMBPerCPUSecond) } }),
            ("  claims alone MB/CPU-s", { s in a(s) { $0.claims == 0 ? "-" : f($0.extractOnlyMBPerCPUSecond) } }),
            ("cross-corpus conflict search s", { s in a(s) { $0.claims == 0 ? "-" : f($0.conflictSearchSeconds, 2) } }),
            ("analysis MB/s, all cores", { s in a(s) { $0.analysisSeconds == 0 ? "-" : f($0.analysisMBPerSecond, 2) } }),
            ("analysis articles/s, all cores", { s in a(s) { $0.analysisSeconds == 0 ? "-" : f($0.analysisArticlesPerSecond, 0) } }),
            ("mentions / entities", { s in a(s) { "\($0.mentions) / \($0.entities)" } }),
            ("claims / conflicts", { s in a(s) { "\($0.claims) / \($0.conflicts)" } }),
            ("analysis peak MB", { s in a(s) { f($0.peakMB, 0) } }),
            ("cold open: first articles shown s", { s in l(s) { f($0.coldFirstArticlesSeconds, 2) } }),
            ("cold open: analysed frame s", { s in l(s) { f($0.coldSeconds, 2) } }),
            // A warm open answered by the snapshot lists no half-read articles first: "-", not 0.00.
            ("warm open: first articles shown s", { s in l(s) { $0.warmFirstArticlesSeconds == 0 ? "-" : f($0.warmFirstArticlesSeconds, 2) } }),
            ("warm open: saved analysis shown, unchecked s", { s in l(s) { $0.warmProvisionalSeconds == 0 ? "-" : f($0.warmProvisionalSeconds, 2) } }),
            ("warm open: checked analysis shown s", { s in l(s) { f($0.warmSeconds, 2) } }),
            ("cache MB", { s in l(s) { f($0.cacheMB, 1) } }),
        ]
        for view in ["articles", "reader", "conflicts", "entities", "picker"] {
            rows.append(("render \(view) ms p50/p99", { s in l(s) { $0.ui.render[view]?.text ?? "-" } }))
        }
        for view in ["articles", "reader", "conflicts", "entities", "picker"] {
            rows.append(("key+frame \(view) ms p50/p99", { s in l(s) { $0.ui.keypress[view]?.text ?? "-" } }))
        }
        rows += [
            ("filter apply ms p50/p99", { s in l(s) { $0.ui.filterApply.text } }),
            ("filter clear ms p50/p99", { s in l(s) { $0.ui.filterClear.text } }),
            ("picker keystroke ms p50/p99", { s in l(s) { $0.ui.pickerKeystroke.text } }),
            ("open peak MB (budget 2x text+50)", { s in l(s) { load in
                let budget = 2 * (s.analysis?.corpusMB ?? 0) + 50
                return "\(f(load.peakMB, 0)) (\(f(budget, 0)))"
            } }),
            ("  cold / warm open peak MB", { s in l(s) { "\(f($0.coldPeakMB, 0)) / \(f($0.warmPeakMB, 0))" } }),
            ("  resident before / after warm open MB", { s in l(s) { "\(f($0.baseResidentMB, 0)) / \(f($0.warmResidentMB, 0))" } }),
        ]
        let cells = rows.map { row in sizes.map { row.1($0) } }
        let labelWidth = rows.map(\.0.count).max() ?? 0
        var widths = sizes.indices.map { i in cells.map { $0[i].count }.max() ?? 0 }
        widths = widths.map { max($0, 8) }
        var out = "newstui bench · \(configuration) build · \(cores) cores · UI at 200x60"
            + " · ms p50/p99 are thread CPU time (wall clock in the JSON); seconds are wall clock\n"
        for (r, row) in rows.enumerated() {
            var line = row.0.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            for (i, cell) in cells[r].enumerated() {
                line += "  " + String(repeating: " ", count: max(0, widths[i] - cell.count)) + cell
            }
            out += line + "\n"
        }
        return out
    }
}
