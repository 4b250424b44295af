// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension String {
    /// printf's formatting (`%.2f`, `%.15g`) in the C locale: always a decimal point, whatever
    /// locale the terminal set for ncurses. The languages' own signs are put in by the callers.
    public init(cFormat format: String, _ arguments: CVarArg...) {
        let previous = uselocale(CLocale.shared)
        defer { uselocale(previous) }
        var buffer = [CChar](repeating: 0, count: 128)
        let needed = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        if needed >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(needed) + 1)
            _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        self = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

private enum CLocale {
    nonisolated(unsafe) static let shared: locale_t = newlocale(1 << LC_NUMERIC, "C", nil)
}
