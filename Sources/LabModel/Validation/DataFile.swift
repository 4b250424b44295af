/// The files of a data folder.
public enum DataFile: String, Sendable, CaseIterable, Hashable {
    case lab = "lab.json"
    case partners = "partners.json"
    case projects = "projects.json"
    case commitments = "commitments.json"

    public var fileName: String { rawValue }

    /// The key under which a collection file keeps its entities.
    var collectionKey: String? {
        switch self {
        case .lab: nil
        case .partners: "partners"
        case .projects: "projects"
        case .commitments: "commitments"
        }
    }
}
