// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// Turns a filled-in form into the change it asks for, or says per field what is wrong. Every field is
/// read by the catalogue, the same way as on the command line.
enum FormSubmit {
    struct FieldErrors: Error {
        var errors: [String: String]
    }

    static func change(from form: FormState, state: AppState) -> Result<EntityChange, FieldErrors> {
        let context = NumberContext.form(state.language)
        let stamp = Stamp(revision: 1, updatedAt: Timestamp(Date(timeIntervalSince1970: 0)), updatedBy: state.author)
        let typed = form.fields.map { EntityEdit.Typed($0.key.split(separator: ".").map(String.init), $0.value) }
        let result: Result<EntityValue, FieldProblems>
        switch form.purpose {
        case .editMarked:
            // Many commitments: `Marking.changes` reads this form.
            return .failure(FieldErrors(errors: [:]))
        case .postUpdate(let id):
            guard let project = state.data.project(id) else { return .failure(FieldErrors(errors: [:])) }
            result = EntityEdit.postUpdate(to: project, health: form["health"], text: form["text"], by: state.author,
                                           on: state.referenceDay, context: context, in: state.data)
        case .addCommitment:
            result = EntityEdit.make(.commitment, existing: nil, newID: state.data.nextCommitmentID, typed: typed, context: context,
                                     in: state.data, stamp: stamp)
        case .addPartner:
            result = EntityEdit.make(.partner, existing: nil, typed: typed, context: context, in: state.data, stamp: stamp)
        case .addProject:
            result = EntityEdit.make(.project, existing: nil, typed: typed, context: context, in: state.data, stamp: stamp)
        case .editCommitment(let id), .editProject(let id), .editPartner(let id):
            // Laid over the version the form started from; a change saved meanwhile is merged on saving.
            guard let base = form.base, base.id == id else { return .failure(FieldErrors(errors: [:])) }
            result = EntityEdit.make(base.kind, existing: base, typed: typed, context: context, in: state.data, stamp: stamp)
        }
        switch result {
        case .success(let value):
            return .success(EntityChange(value, basedOn: form.baseRevision, base: form.base))
        case .failure(let problems):
            return .failure(FieldErrors(errors: errors(problems.problems, on: form, language: state.language)))
        }
    }

    /// Each problem under the form field it is about; one about a field the form does not show goes
    /// under the first field, so that it is never lost.
    static func errors(_ problems: [FieldProblem], on form: FormState, language: Language) -> [String: String] {
        var errors: [String: String] = [:]
        let keys = Set(form.fields.map(\.key))
        for problem in problems {
            let key = (1...max(1, problem.path.count)).reversed().map { problem.path.prefix($0).joined(separator: ".") }
                .first(where: keys.contains) ?? form.fields.first?.key ?? ""
            if errors[key] == nil { errors[key] = problem.kind.message(in: language) }
        }
        return errors
    }
}
