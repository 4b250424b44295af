// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// One field of a form: what it holds as text while the user types, and what is wrong with it.
public struct FormField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        /// One of fixed values; `labels` are what the user sees.
        case choice(values: [String], labels: [String])
        /// The id of a partner or project, typed as its name or id, with a list of what it may mean.
        case reference(EntityKind)
        /// Any of fixed values, in their order, ticked in a list (the debt phases).
        case several(values: [String], labels: [String])
    }

    public let key: String
    public let label: String
    public let kind: Kind
    public var value: String
    public var error: String?
    /// Shown, dimmed, while the field is empty: what empty means or what may be typed.
    public var hint: String?
    /// The marked line of the field's list.
    public var pick = 0

    public init(_ key: String, _ label: String, _ kind: Kind, _ value: String = "", hint: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.value = value
        self.hint = hint
    }

    /// What the field shows: a choice's label, the names of the values ticked, else the text.
    public var shown: String {
        switch kind {
        case .choice(let values, let labels):
            return values.firstIndex(of: value).map { labels[$0] } ?? value
        case .several(let values, let labels):
            return FormPicking.chosenValues(self).map { chosen in values.firstIndex(of: chosen).map { labels[$0] } ?? chosen }.joined(separator: ", ")
        case .text, .reference:
            return value
        }
    }
}

/// A form on screen: what it is for, its fields, which has the focus.
public struct FormState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case addCommitment, editCommitment(String), postUpdate(String), editProject(String)
        case addPartner, editPartner(String), addProject
        /// The marked commitments, changed together.
        case editMarked([String])
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

/// A question before something that cannot simply be taken back: one edit, or a bulk action's.
public struct ConfirmState: Hashable, Sendable {
    public var title: String
    public var question: String
    public var changes: [EntityChange]
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
    /// The conflict a synchronisation found, when this dialog decides one: their version is the one
    /// the merge holds, mine the other site's.
    public var synced: SyncConflict?

    public init(theirs: EntityValue, mine: EntityChange, form: FormState?, fields: [FieldConflict]) {
        self.theirs = theirs
        self.mine = mine
        self.form = form
        self.fields = fields
    }
}

/// What this program saved in one step (one edit, or a bulk action's), so that `u` can undo it
/// as one step (and Ctrl-R redo an undo).
public struct OwnEdit: Hashable, Sendable {
    public struct Change: Hashable, Sendable {
        public var before: EntityValue?
        public var after: EntityValue
    }

    public var changes: [Change]
}

/// Whether the change being saved undoes or redoes an own edit.
public enum UndoStep: Hashable, Sendable {
    case undo, redo
}
