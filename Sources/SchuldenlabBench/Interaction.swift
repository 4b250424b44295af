import Foundation
import LabKeys
import LabModel
import LabViews

/// What a user waits for inside the program: a key from event to finished frame (update, render,
/// and the cells that would go to the terminal), and each keystroke of a filter.
enum Interaction {
    static func keys(_ data: LabData) -> (p50: Double, p99: Double, changedCells: (one: Int, full: Int)) {
        var state = AppState(data: data, source: .folder("/bench"), referenceDay: data.lab.asOf ?? Day.today(), width: 200, height: 60)
        let context = RenderContext(theme: ThemeCatalog.defaultTheme)
        var previous = Screen.render(state, context: context)
        var timings: [Double] = []
        var keys: [Key] = [.character("4")] + Array(repeating: .character("j"), count: 1000)
        keys += [.pageDown, .character("G"), .tab, .tab, .backTab, .backTab, .character("s"), .character("s"), .enter, .escape]
        keys += [.character("2"), .enter, .escape, .character("3"), .enter, .escape, .character("4")]
        var oneKeyCells = 0
        for (index, key) in keys.enumerated() {
            var frame = previous
            timings.append(Measure.seconds {
                state = App.update(state, .key(key)).0
                frame = Screen.render(state, context: context)
            })
            if index == 2 { oneKeyCells = changedCells(previous, frame) }
            previous = frame
        }
        let full = previous.width * previous.height
        return (Measure.percentile(timings, 0.5), Measure.percentile(timings, 0.99), (oneKeyCells, full))
    }

    static func filter(_ data: LabData, word: String = "gemeente") -> (p50: Double, p99: Double) {
        var state = AppState(data: data, source: .folder("/bench"), referenceDay: data.lab.asOf ?? Day.today(), width: 200, height: 60)
        let context = RenderContext(theme: ThemeCatalog.defaultTheme)
        state = App.update(state, .key(.character("4"))).0
        state = App.update(state, .key(.character("/"))).0
        var timings: [Double] = []
        for character in word {
            timings.append(Measure.seconds {
                state = App.update(state, .key(.character(character))).0
                _ = Screen.render(state, context: context)
            })
        }
        return (Measure.percentile(timings, 0.5), Measure.percentile(timings, 0.99))
    }

    static func changedCells(_ old: Buffer, _ new: Buffer) -> Int {
        zip(old.cells, new.cells).filter { $0 != $1 }.count
    }
}
