// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
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
    /// Every saved edit, and each status update in the files that no edit on record brought, newest first.
    static func build(_ data: LabData, _ history: [HistoryItem], _ language: Language, showsContacts: Bool = true) -> [LogEntry] {
        let zone = LabTime.zone(of: data.lab)
        var entries = history.map { edit($0, data, language, zone, showsContacts) }
        let posted = postedUpdates(history)
        for project in data.projects {
            for (index, update) in project.updates.enumerated() where !posted.contains(PostedUpdate(project: project.id, update: update)) {
                entries.append(LogEntry(
                    id: "update:\(project.id):\(index)", when: LabTime.display(update.at, in: language), sortTime: update.at.description,
                    by: update.by, what: project.name, change: ChangeWording.posted(update, on: project, in: language, data: data, limit: 40), slot: Slots.health(update.health),
                    target: (.projects, project.id)))
            }
        }
        return entries.enumerated().sorted { ($1.element.sortTime, $1.offset) < ($0.element.sortTime, $0.offset) }.map(\.element)
    }

    private struct PostedUpdate: Hashable {
        let project: String
        let update: StatusUpdate
    }

    /// The status updates that edits on record added, so that each is listed once, as its edit.
    private static func postedUpdates(_ history: [HistoryItem]) -> Set<PostedUpdate> {
        var posted = Set<PostedUpdate>()
        for item in history {
            guard case .project(let project) = item.entry.value,
                  let change = item.changes?.first(where: { $0.field == "updates" }) else { continue }
            let before = if case .array(let nodes)? = change.before { nodes.count } else { 0 }
            for update in project.updates.dropFirst(before) { posted.insert(PostedUpdate(project: project.id, update: update)) }
        }
        return posted
    }

    private static func edit(_ item: HistoryItem, _ data: LabData, _ language: Language, _ zone: ZoneRules,
                             _ showsContacts: Bool) -> LogEntry {
        let entry = item.entry
        let value = entry.value
        let (what, target): (String, (PaneID, String)) = switch value {
        case .partner(let partner): ("\(UIText.entityPartner.text(in: language)) \(partner.name)", (.partners, partner.id))
        case .project(let project): ("\(UIText.entityProject.text(in: language)) \(project.name)", (.projects, project.id))
        case .commitment(let commitment):
            ("\(UIText.entityCommitment.text(in: language)) \(data.partnerName(commitment.partner)) · "
                + Format.destination(of: commitment, in: data, language),
             (.commitments, commitment.id))
        }
        let sortTime = LabTime.seconds(of: entry.at).map(Self.sortKey) ?? entry.at.text
        return LogEntry(id: "edit:\(value.kind.rawValue):\(value.id):\(value.stamp.revision)",
                        when: LabTime.display(entry.at, in: language, zone: zone), sortTime: sortTime,
                        by: entry.by, what: what, change: summary(item, data, language, showsContacts: showsContacts), slot: entry.baseRevision == nil ? .ok : nil,
                        target: target)
    }

    /// A moment as text that sorts with the days of status updates in the files: `2026-12-01T20:17:15`.
    private static func sortKey(_ seconds: Int) -> String {
        String(Timestamp(Date(timeIntervalSince1970: TimeInterval(seconds))).text.dropLast())
    }

    /// `nieuw`, or the fields that changed in words: `Status: toegezegd → ingetrokken`.
    static func summary(_ item: HistoryItem, _ data: LabData, _ language: Language, showsContacts: Bool) -> String {
        ChangeWording.summary(item, in: language, data: data, limit: 40, showingPersonalData: showsContacts)
    }
}
