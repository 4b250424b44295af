import LabModel

/// The entities a list pane shows, as its table filters them: what `export --filter` and `:export`
/// write is what the person saw on screen.
public enum PaneRows {
    /// The kind of entity each row of the pane is, for the panes whose rows are entities.
    public static func kind(of pane: PaneID) -> EntityKind? {
        switch pane {
        case .partners: .partner
        case .projects: .project
        case .commitments: .commitment
        case .overview, .network, .arrangements, .log, .capacity: nil
        }
    }

    /// The entities of the pane's rows that match `filter`, in the table's order.
    public static func entities(in pane: PaneID, filter: String, data: LabData, language: Language, day: Day) -> [EntityValue] {
        guard let kind = kind(of: pane), let model = PaneTables.model(for: pane, data: data, history: [], language: language, day: day) else { return [] }
        let order = model.matching(Array(0..<model.ids.count), filter)
        return order.compactMap { data.value(kind, model.ids[$0]) }
    }
}
