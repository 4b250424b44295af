// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// `views.json`: the views a team keeps in its data folder, or a user in
/// `$XDG_CONFIG_HOME/schuldenlab/`. Read as the settings files are, so that a hand edit that goes
/// wrong is said with file, line and column, and the views that are right are still used.
///
///     {"views": [{"name": "Grote toezeggingen", "pane": "commitments", "filter": "waarde>100000",
///                 "sort": "Waarde", "descending": true, "scrolledColumns": 0}]}
public enum ViewsFile {
    public static let fileName = "views.json"

    /// The views in `bytes`, and what is wrong in them; `panes` are the names a view may show.
    public static func read(_ bytes: [UInt8], file: String, origin: SavedView.Origin, panes: [String]) -> (views: [SavedView], problems: [Problem]) {
        let settings = SettingsFile(bytes: bytes, file: file)
        var views: [SavedView] = []
        if let root = settings.root {
            _ = root.value("$schema")?.string
            for element in root.value("views", required: true)?.elements ?? [] {
                guard let object = element.object, let view = read(object, origin: origin, panes: panes) else { continue }
                if views.contains(where: { $0.isNamed(view.name.nl) }) {
                    element.refuse(.described(LocalizedText(nl: "een tweede weergave met de naam \(quoted(view.name.nl))",
                                                            en: "a second view named \(quoted(view.name.nl))")))
                    continue
                }
                views.append(view)
            }
            root.finish()
        }
        return (views, settings.problems)
    }

    private static func read(_ object: SettingsObject, origin: SavedView.Origin, panes: [String]) -> SavedView? {
        let name = object.value("name", required: true)?.nonBlankString
        var pane = object.value("pane", required: true).flatMap(\.string)
        if let chosen = pane, !panes.contains(chosen) {
            object.value("pane")?.refuse(.unknownValue(chosen, allowed: panes))
            pane = nil
        }
        let filter = object.value("filter")?.string ?? ""
        let sort = object.value("sort")?.nonBlankString
        let descending = object.value("descending")?.bool ?? false
        var scrolled = 0
        if let value = object.value("scrolledColumns"), let number = value.number {
            if number >= 0, number <= 50, number == number.rounded() { scrolled = Int(number) } else {
                value.refuse(.described(LocalizedText(nl: "een geheel getal van 0 tot en met 50", en: "a whole number from 0 to 50")))
            }
        }
        object.finish()
        guard let name, let pane else { return nil }
        return SavedView(named: name, pane: pane, filter: filter, sortColumn: sort, descending: descending, scrolledColumns: scrolled,
                         origin: origin)
    }

    /// The file with these views, pointing to its schema.
    public static func text(_ views: [SavedView], schema: String) -> String {
        let objects = views.map { view -> JSONNode in
            var members = [JSONMember("name", JSONNode(.string(view.name.nl))), JSONMember("pane", JSONNode(.string(view.pane))),
                           JSONMember("filter", JSONNode(.string(view.filter)))]
            if let sort = view.sortColumn { members.append(JSONMember("sort", JSONNode(.string(sort)))) }
            if view.descending { members.append(JSONMember("descending", JSONNode(.bool(true)))) }
            if view.scrolledColumns > 0 { members.append(JSONMember("scrolledColumns", JSONNode(.number(String(view.scrolledColumns))))) }
            return JSONNode(.object(members))
        }
        return JSONWriter.prettyPrinted(.object([JSONMember("$schema", JSONNode(.string(schema))),
                                                 JSONMember("views", JSONNode(.array(objects)))])) + "\n"
    }
}
