import Foundation
import LabModel

/// One line of the log: a saved edit, or a project's dated status update.
struct LogEntry: Sendable {
    /// `edit:KIND:ID:REVISION` or `update:PROJECT:INDEX`.
    let id: String
    let when: String
    let sortTime: String
    let by: String
    let what: String
    let change: String
    let slot: ThemeSlot?
    /// The pane and id a row opens.
    let target: (pane: PaneID, id: String)
}

enum LogEntries {
    static func build(_ data: LabData, _ history: [HistoryItem], _ language: Language) -> [LogEntry] {
        var entries = history.map { edit($0, data, language) }
        for project in data.projects {
            for (index, update) in project.updates.enumerated() {
                entries.append(LogEntry(
                    id: "update:\(project.id):\(index)", when: update.at.description, sortTime: update.at.description,
                    by: update.by, what: project.name,
                    change: "\(UIText.statusUpdate.text(in: language)) (\(update.health.name(in: language))): \(update.text)",
                    slot: Slots.health(update.health),
                    target: (.projects, project.id)))
            }
        }
        return entries.enumerated().sorted { ($1.element.sortTime, $1.offset) < ($0.element.sortTime, $0.offset) }.map(\.element)
    }

    private static func edit(_ item: HistoryItem, _ data: LabData, _ language: Language) -> LogEntry {
        let entry = item.entry
        let value = entry.value
        let (what, target): (String, (PaneID, String)) = switch value {
        case .partner(let partner): ("\(UIText.entityPartner.text(in: language)) \(partner.name)", (.partners, partner.id))
        case .project(let project): ("\(UIText.entityProject.text(in: language)) \(project.name)", (.projects, project.id))
        case .commitment(let commitment):
            ("\(UIText.entityCommitment.text(in: language)) \(commitment.id) \(data.partner(commitment.partner)?.name ?? commitment.partner)",
             (.commitments, commitment.id))
        }
        return LogEntry(id: "edit:\(value.kind.rawValue):\(value.id):\(value.stamp.revision)",
                        when: String(entry.at.text.prefix(16)).replacingOccurrences(of: "T", with: " "), sortTime: entry.at.text,
                        by: entry.by, what: what, change: summary(item, language), slot: entry.baseRevision == nil ? .ok : nil,
                        target: target)
    }

    /// `nieuw`, or the fields that changed: `state: pledged → withdrawn`.
    static func summary(_ item: HistoryItem, _ language: Language) -> String {
        if item.entry.baseRevision == nil { return UIText.created.text(in: language) }
        guard let changes = item.changes else { return "\(UIText.revision.text(in: language)) \(item.entry.value.stamp.revision)" }
        return changes.map { "\($0.field): \(($0.before ?? "—").truncated(toWidth: 30)) → \(($0.after ?? "—").truncated(toWidth: 30))" }
            .joined(separator: "; ")
    }
}
