import LabModel

/// One field of a form: what it holds as text while the user types, and what is wrong with it.
public struct FormField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        /// One of fixed values; `labels` are what the user sees.
        case choice(values: [String], labels: [String])
    }

    public let key: String
    public let label: String
    public let kind: Kind
    public var value: String
    public var error: String?
    /// Shown, dimmed, while the field is empty: what empty means or what may be typed.
    public var hint: String?

    public init(_ key: String, _ label: String, _ kind: Kind, _ value: String = "", hint: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.value = value
        self.hint = hint
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
    /// The entity as the user saw it when the form opened; `nil` for a new entity.
    public var base: EntityValue?

    public init(purpose: Purpose, title: String, fields: [FormField], base: EntityValue?) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.base = base
    }

    /// The revision the user saw; `nil` for a new entity.
    public var baseRevision: Int? { base?.stamp.revision }

    public subscript(key: String) -> String {
        fields.first { $0.key == key }?.value ?? ""
    }

}

/// A question before something that cannot simply be taken back.
public struct ConfirmState: Hashable, Sendable {
    public var question: String
    public var change: EntityChange
}

/// Someone else saved the same entity first and changed some of the same fields differently: their
/// version, what this user wanted, and per conflicting field which of the two to keep.
public struct ConflictState: Hashable, Sendable {
    public var theirs: EntityValue
    public var mine: EntityChange
    public var form: FormState?
    /// The fields both changed; empty when the version the edit started from is not known.
    public var fields: [FieldConflict]
    public var choices: [String: MergeSide] = [:]
    /// The conflicting field that Left and Right choose for.
    public var focus = 0

    public init(theirs: EntityValue, mine: EntityChange, form: FormState?, fields: [FieldConflict]) {
        self.theirs = theirs
        self.mine = mine
        self.form = form
        self.fields = fields
    }
}

/// An edit this program saved, so that `u` can undo it (and Ctrl-R redo an undo).
public struct OwnEdit: Hashable, Sendable {
    public var before: EntityValue?
    public var after: EntityValue
}

/// Whether the change being saved undoes or redoes an own edit.
public enum UndoStep: Hashable, Sendable {
    case undo, redo
}
