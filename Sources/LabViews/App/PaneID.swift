import LabKeys

/// The seven panes, in the order of their number keys.
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
    case overview = 1, partners, projects, commitments, network, arrangements, log

    public var title: UIText {
        switch self {
        case .overview: .paneOverview
        case .partners: .panePartners
        case .projects: .paneProjects
        case .commitments: .paneCommitments
        case .network: .paneNetwork
        case .arrangements: .paneArrangements
        case .log: .paneLog
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
        }
    }

    /// Panes whose rows open into a detail view.
    var opensDetail: Bool {
        switch self {
        case .partners, .projects, .commitments, .network, .log: true
        case .overview, .arrangements: false
        }
    }

    func next(by step: Int) -> PaneID {
        let count = PaneID.allCases.count
        return PaneID(rawValue: ((rawValue - 1 + step) % count + count) % count + 1)!
    }
}
