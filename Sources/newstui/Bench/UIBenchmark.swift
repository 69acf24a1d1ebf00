import Foundation
import NewsModel
import NewsUI

/// Times the pure UI core on a loaded analysis at a fixed terminal size: a frame of each view,
/// a keypress to its drawn frame, applying and clearing filters, and the picker's type-ahead.
/// Drawing to the terminal itself (ncurses' diff and write) is not included.
struct UIBenchmark {
    var analysis: CorpusAnalysis
    var size = Size(width: 200, height: 60)
    /// Samples per timing.
    var samples = 300

    struct Figures: Codable {
        /// Rendering one frame of each view (no state change), ms.
        var render: [String: Percentiles] = [:]
        /// A key (↓, PgDn, ...) applied and the frame rendered, per view, ms.
        var keypress: [String: Percentiles] = [:]
        var filterApply = Percentiles()
        var filterClear = Percentiles()
        /// One keystroke in the filter picker (search and ranking), ms.
        var pickerKeystroke = Percentiles()
    }

    func run() -> Figures {
        var figures = Figures()
        let theme = Theme(colors: true)
        let views: [(String, (inout AppState) -> Void, Key)] = [
            ("articles", { $0.screen = .articles }, .down),
            ("reader", { $0.screen = .reader }, .pageDown),
            ("conflicts", { $0.screen = .conflicts }, .down),
            ("entities", { $0.screen = .entities }, .down),
            ("picker", { $0.picker = FilterPicker(index: $0.analysis.index) }, .down),
        ]
        for (name, setUp, key) in views {
            var state = AppState(analysis: analysis, size: size)
            setUp(&state)
            var render = Timings()
            for _ in 0..<samples { _ = render.time { RootView.render(state, theme: theme) } }
            figures.render[name] = render.summary
            var keypress = Timings()
            for i in 0..<samples {
                // Back to the top now and then, so the keys keep moving something.
                if i % 100 == 0 { _ = state.update(.key(.home)) }
                _ = keypress.time { () -> ScreenBuffer in
                    _ = state.update(.key(key))
                    return RootView.render(state, theme: theme)
                }
            }
            figures.keypress[name] = keypress.summary
        }

        // Filters: the most mentioned people and countries, and some from the long tail.
        let people = analysis.entities.filter { $0.kind == .person }
        let countries = analysis.entities.filter { $0.kind == .country }
        var chosen = Array(people.prefix(10)) + Array(countries.prefix(10))
        for list in [people, countries] where list.count > 20 {
            for k in 1...10 { chosen.append(list[list.count * k / 11]) }
        }
        var state = AppState(analysis: analysis, size: size)
        var apply = Timings(), clear = Timings()
        for round in 0..<max(1, samples / max(1, chosen.count)) {
            for (i, entity) in chosen.enumerated() {
                // Every other time two filters at once (AND).
                let second = round % 2 == 1 && chosen.count > 1 ? [chosen[(i + 1) % chosen.count].id] : []
                apply.time { state.setFilters([entity.id] + second) }
                clear.time { state.setFilters([]) }
            }
        }
        figures.filterApply = apply.summary
        figures.filterClear = clear.summary

        // The picker: typing names letter by letter, as a user would.
        var typing = Timings()
        let reportSlow = ProcessInfo.processInfo.environment["NEWSTUI_BENCH_SLOW"] != nil
        for entity in chosen {
            var picker = AppState(analysis: analysis, size: size)
            _ = picker.update(.key(.char("f")))
            for c in entity.name.prefix(8) {
                let before = typing.cpuSamples.count
                typing.time { _ = picker.update(.key(.char(c))) }
                if reportSlow, typing.cpuSamples[before] > 0.002 {
                    print("slow keystroke:", picker.picker?.query ?? "", typing.cpuSamples[before] * 1000, "ms", picker.picker?.results.count ?? 0)
                }
            }
        }
        figures.pickerKeystroke = typing.summary
        return figures
    }
}
