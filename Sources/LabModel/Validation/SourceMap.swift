/// Where each entity of a `LabData` was read from, so that rules across entities can point
/// into the files; and which ids the files declare, even for entities that could not be read.
public struct SourceMap: Sendable {
    var partnerPaths: [JSONPath]
    var projectPaths: [JSONPath]
    var commitmentPaths: [JSONPath]
    var declaredPartnerIDs: Set<String>
    var declaredProjectIDs: Set<String>

    /// The map of data that stands in its files exactly as in memory.
    public init(matching data: LabData) {
        partnerPaths = data.partners.indices.map { JSONPath([.key("partners"), .index($0)]) }
        projectPaths = data.projects.indices.map { JSONPath([.key("projects"), .index($0)]) }
        commitmentPaths = data.commitments.indices.map { JSONPath([.key("commitments"), .index($0)]) }
        declaredPartnerIDs = Set(data.partners.map(\.id))
        declaredProjectIDs = Set(data.projects.map(\.id))
    }

    init(partnerPaths: [JSONPath], projectPaths: [JSONPath], commitmentPaths: [JSONPath],
         declaredPartnerIDs: Set<String>, declaredProjectIDs: Set<String>) {
        self.partnerPaths = partnerPaths
        self.projectPaths = projectPaths
        self.commitmentPaths = commitmentPaths
        self.declaredPartnerIDs = declaredPartnerIDs
        self.declaredProjectIDs = declaredProjectIDs
    }
}
