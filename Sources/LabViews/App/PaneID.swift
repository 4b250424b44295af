// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabKeys
import LabModel

/// The eight panes, in the order of their number keys.
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
    case overview = 1, partners, projects, commitments, network, arrangements, log, capacity

    public var title: UIText {
        switch self {
        case .overview: .paneOverview
        case .partners: .panePartners
        case .projects: .paneProjects
        case .commitments: .paneCommitments
        case .network: .paneNetwork
        case .arrangements: .paneArrangements
        case .log: .paneLog
        case .capacity: .paneCapacity
        }
    }

    /// The pane's name where the tab row is narrow.
    var shortTitle: UIText {
        switch self {
        case .overview: .shortOverview
        case .partners: .shortPartners
        case .projects: .shortProjects
        case .commitments: .shortCommitments
        case .network: .shortNetwork
        case .arrangements: .shortArrangements
        case .log: .shortLog
        case .capacity: .shortCapacity
        }
    }

    /// The names a command line or a tour file may use: the English id, the Dutch or English title, or the number.
    public static let names: [String: PaneID] = {
        var names: [String: PaneID] = [:]
        for pane in allCases {
            names[String(pane.rawValue)] = pane
            names[pane.id] = pane
            names[pane.title.text(in: .nl).lowercased()] = pane
            names[pane.title.text(in: .en).lowercased()] = pane
        }
        return names
    }()

    public init?(name: String) {
        guard let pane = PaneID.names[name.lowercased()] else { return nil }
        self = pane
    }

    public var id: String {
        switch self {
        case .overview: "overview"
        case .partners: "partners"
        case .projects: "projects"
        case .commitments: "commitments"
        case .network: "network"
        case .arrangements: "arrangements"
        case .log: "log"
        case .capacity: "capacity"
        }
    }

    var showAction: ActionID {
        switch self {
        case .overview: .showOverview
        case .partners: .showPartners
        case .projects: .showProjects
        case .commitments: .showCommitments
        case .network: .showNetwork
        case .arrangements: .showArrangements
        case .log: .showLog
        case .capacity: .showCapacity
        }
    }

    /// The kind of entity whose rows the pane lists, one row each.
    /// The entities a filter's field terms are about: the network and the capacity list partners too.
    var filteredKind: EntityKind? {
        switch self {
        case .network, .capacity: .partner
        default: listedKind
        }
    }

    public var listedKind: EntityKind? {
        switch self {
        case .partners: .partner
        case .projects: .project
        case .commitments: .commitment
        case .overview, .network, .arrangements, .log, .capacity: nil
        }
    }

    /// Panes whose rows open into a detail view.
    /// The pane is a table, which can be filtered, sorted and kept as a view.
    public var hasTable: Bool {
        switch self {
        case .partners, .projects, .commitments, .network, .log, .capacity: true
        case .overview, .arrangements: false
        }
    }

    /// Every table's rows open: into a detail, or the row they stand for.
    var opensDetail: Bool { hasTable }

    func next(by step: Int) -> PaneID {
        let count = PaneID.allCases.count
        return PaneID(rawValue: ((rawValue - 1 + step) % count + count) % count + 1)!
    }
}
