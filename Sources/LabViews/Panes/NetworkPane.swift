import LabModel

/// The partner x project matrix: who works on what, shaded by euro value, with the
/// public, private and societal mix of each project below.
enum NetworkPane {
    static let cellWidth = 5

    static func code(of project: Project) -> String {
        String(project.id.replacingOccurrences(of: "-", with: "").prefix(4)).uppercased()
    }

    static func shade(_ value: Money, glyphs: Glyphs) -> String {
        switch value.units {
        case ..<1: glyphs.dot
        case ..<1_000_000: glyphs.shades[0]
        case ..<10_000_000: glyphs.shades[1]
        case ..<100_000_000: glyphs.shades[2]
        default: glyphs.shades[3]
        }
    }

    private static let totalWidth = 6

    private static func nameWidth(_ inner: Rect) -> Int { min(24, max(8, inner.width / 4)) }

    private static func visibleColumns(_ inner: Rect) -> Int {
        max(1, (inner.width - nameWidth(inner) - totalWidth) / cellWidth)
    }

    /// How many projects `l` can scroll past.
    static func scrollLimit(_ state: AppState) -> Int {
        max(0, state.data.projects.count - visibleColumns(state.layout.body.inset(by: 1)))
    }

    static func draw(_ buffer: inout Buffer, _ body: Rect, state: AppState, context: RenderContext) {
        let data = state.data
        guard let rows = state.visibleRows else { return }
        Box.draw(&buffer, body, title: "\(state.say(.paneNetwork)) (\(Format.count(rows.count, state.language)) x \(Format.count(data.projects.count, state.language)))"
                     + FilterTitle.words(state), alert: FilterTitle.alert(state), focused: true, context: context)
        let inner = body.inset(by: 1)
        guard inner.height >= 4, inner.width >= 10 else { return }
        let legendHeight = min(2, max(0, inner.height - 8))
        let mixHeight = 3
        let nameWidth = nameWidth(inner)
        let visibleColumns = visibleColumns(inner)
        let projects = Array(data.projects.dropFirst(min(state.list.horizontalOffset, max(0, data.projects.count - visibleColumns)))
            .prefix(visibleColumns))

        // Header: project codes.
        var x = inner.x + nameWidth
        for project in projects {
            buffer.write(code(of: project).padded(toWidth: cellWidth), x: x, y: inner.y, limit: cellWidth, style: context.style(.header))
            x += cellWidth
        }
        buffer.write(state.say(.columnProjects).padded(toWidth: totalWidth, alignRight: true), x: x, y: inner.y, limit: totalWidth,
                     style: context.style(.header))

        // One row per partner.
        var values: [String: [String: Money]] = [:]
        for commitment in data.commitments where commitment.state != .withdrawn {
            guard let project = commitment.project else { continue }
            values[commitment.partner, default: [:]][project, default: .zero] += commitment.valueEUR
        }
        let rowArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1 - mixHeight - legendHeight)
        let selected = state.selectedIndex
        for (offset, row) in rows.dropFirst(state.list.offset).prefix(rowArea.height).enumerated() {
            let y = rowArea.y + offset
            let isSelected = state.list.offset + offset == selected
            let base = context.style(isSelected ? .selection : .text)
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
            buffer.write(row.cells[0].padded(toWidth: nameWidth - 1), x: inner.x, y: y, limit: nameWidth - 1, style: base)
            x = inner.x + nameWidth
            let own = values[row.id] ?? [:]
            for project in projects {
                let isLead = project.lead == row.id
                let symbol = own[project.id].map { shade($0, glyphs: context.glyphs) } ?? (isLead ? " " : context.glyphs.pending)
                let slot: ThemeSlot = isLead ? .accent : own[project.id] == nil ? .muted : .chartBar
                buffer.write(" " + symbol + (isLead ? "L" : " "), x: x, y: y, limit: cellWidth,
                             style: isSelected ? base : context.style(slot))
                x += cellWidth
            }
            let count = data.projects.filter { own[$0.id] != nil || $0.lead == row.id }.count
            buffer.write(String(count).padded(toWidth: totalWidth, alignRight: true), x: x, y: y, limit: totalWidth, style: base)
        }

        // The public-private mix per project.
        let mixY = inner.maxY - mixHeight - legendHeight
        let sectors: [(Sector, UIText)] = [(.public, .mixPublic), (.private, .mixPrivate), (.societal, .mixSocietal)]
        for (index, (sector, label)) in sectors.enumerated() {
            let y = mixY + index
            buffer.write((state.say(.mixLabel) + " " + state.say(label)).padded(toWidth: nameWidth - 1), x: inner.x, y: y,
                         limit: nameWidth - 1, style: context.style(.muted))
            x = inner.x + nameWidth
            for project in projects {
                let count = data.sectorMix(ofProject: project.id)[sector] ?? 0
                buffer.write(String(count).padded(toWidth: 2, alignRight: true), x: x, y: y, limit: cellWidth,
                             style: context.style(count == 0 ? .muted : .text))
                x += cellWidth
            }
        }
        if legendHeight > 0 {
            let legend = Line(state.say(.matrixLegend), .muted).wrapped(toWidth: inner.width)
            TextView.draw(&buffer, Rect(x: inner.x, y: inner.maxY - legendHeight, width: inner.width, height: legendHeight),
                          lines: Array(legend.prefix(legendHeight)), scroll: 0, context: context)
        }
    }
}
