import LabModel

/// One field of a form: what it holds as text while the user types, and what is wrong with it.
public struct FormField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text, optionalText, date, optionalDate, amount, optionalAmount, id
        /// One of fixed values; `labels` are what the user sees.
        case choice(values: [String], labels: [String])
    }

    public let key: String
    public let label: String
    public let kind: Kind
    public var value: String
    public var error: String?

    public init(_ key: String, _ label: String, _ kind: Kind, _ value: String = "") {
        self.key = key
        self.label = label
        self.kind = kind
        self.value = value
    }

    /// What the field shows: a choice's label, else the text.
    public var shown: String {
        guard case .choice(let values, let labels) = kind, let index = values.firstIndex(of: value) else { return value }
        return labels[index]
    }
}

/// A form on screen: what it is for, its fields, which has the focus.
public struct FormState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case addCommitment, editCommitment(String), postUpdate(String), editProject(String)
        case addPartner, editPartner(String), addProject
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// The revision the user saw; `nil` for a new entity.
    public var baseRevision: Int?

    public subscript(key: String) -> String {
        fields.first { $0.key == key }?.value ?? ""
    }

    mutating func setError(_ error: String?, on key: String) {
        if let index = fields.firstIndex(where: { $0.key == key }) { fields[index].error = error }
    }
}

/// A question before something that cannot simply be taken back.
public struct ConfirmState: Hashable, Sendable {
    public var question: String
    public var change: EntityChange
}

/// Someone else saved the same entity first: their version, and what this user wanted.
public struct ConflictState: Hashable, Sendable {
    public var theirs: EntityValue
    public var mine: EntityChange
    public var form: FormState?
}

/// The last edit this program saved, so that `u` can undo it.
public struct OwnEdit: Hashable, Sendable {
    public var before: EntityValue?
    public var after: EntityValue
}
