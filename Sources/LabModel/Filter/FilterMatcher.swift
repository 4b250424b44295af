/// A filter's field terms made ready for one pass over many rows: what a derived field needs of
/// the whole lab (who contributes to the shared support) is worked out once, not per row.
public struct FilterMatcher: Sendable {
    private let terms: [(term: FieldTerm, read: FilterField.Reader)]
    private let data: LabData
    private let language: Language

    public init(_ query: FilterQuery, data: LabData, day: Day, language: Language) {
        terms = query.terms.map { ($0, $0.field.reader(data, day)) }
        self.data = data
        self.language = language
    }

    /// Whether `entity` passes every field term.
    public func admits(_ entity: EntityValue) -> Bool {
        terms.allSatisfy { $0.term.admits($0.read(entity), in: data, language: language) }
    }
}
