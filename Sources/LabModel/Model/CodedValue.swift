// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A closed set of values written in the files as English kebab-case and shown by a
/// localised name.
public protocol CodedValue: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    func name(in language: Language) -> String
}

extension CodedValue {
    public static var allRawValues: [String] { allCases.map(\.rawValue) }
}
