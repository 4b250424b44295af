// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel
import Testing

/// Every network score, on hand-made networks and on the sample, against networkx (the script in
/// `Networkx/`, which works out what networkx has no function for by brute force).
@Suite struct NetworkScoresTests {
    /// A two-mode network written as its ties: each project's first partner leads it, the others commit hours.
    struct Network {
        let partners: [(id: String, sector: Sector)]
        let ties: [(partner: String, project: String)]

        var projects: [String] {
            var seen: [String] = []
            for tie in ties where !seen.contains(tie.project) { seen.append(tie.project) }
            return seen
        }

        var data: LabData {
            let partnerEntities = partners.map { Fixture.partner($0.id, $0.id.uppercased(), sector: $0.sector) }
            let projectEntities = projects.map { project in Fixture.project(project, lead: ties.first { $0.project == project }!.partner) }
            let commitments = ties.enumerated().map { index, tie in
                Fixture.commitment("c-\(index)", tie.partner, tie.project, .hours, value: "10")
            }
            return LabData(lab: Fixture.lab, partners: partnerEntities, projects: projectEntities, commitments: commitments)
        }
    }

    static let star = Network(
        partners: [("hub", .public), ("a", .private), ("b", .societal), ("c", .private), ("d", .public)],
        ties: [("hub", "p1"), ("a", "p1"), ("hub", "p2"), ("b", "p2"), ("hub", "p3"), ("c", "p3"), ("hub", "p4"), ("d", "p4")])

    /// Two triangles joined by a project of two: c and d are the bridge.
    static let chain = Network(
        partners: [("a", .public), ("b", .private), ("c", .private), ("d", .societal), ("e", .societal), ("f", .public)],
        ties: [("a", "p1"), ("b", "p1"), ("c", "p1"), ("c", "bridge"), ("d", "bridge"), ("d", "p3"), ("e", "p3"), ("f", "p3")])

    /// Two parts and a partner without a project.
    static let twoComponents = Network(
        partners: [("a", .public), ("b", .private), ("c", .private), ("d", .societal), ("e", .public), ("alone", .private)],
        ties: [("a", "p1"), ("b", "p1"), ("c", "p2"), ("d", "p2"), ("e", "p2"), ("d", "p3"), ("e", "p3")])

    @Test(arguments: ["star", "chain", "twoComponents"])
    func handMadeNetworksScoreAsNetworkxDoes(_ name: String) throws {
        let network = [("star", Self.star), ("chain", Self.chain), ("twoComponents", Self.twoComponents)].first { $0.0 == name }!.1
        let input = try Self.scriptInput(network.data)
        try Self.compare(NetworkScores(network.data), with: Self.networkx(input))
    }

    @Test func theSampleScoresAsNetworkxDoes() throws {
        let data = SampleLab.data
        try Self.compare(NetworkScores(data), with: Self.networkx(Self.scriptInput(data)))
    }

    @Test func theStarsHubHoldsEveryPairAndBrokersAcrossSectors() {
        let scores = NetworkScores(Self.star.data)
        let hub = scores.score(of: "hub")!
        #expect(hub.partedPairs == 6)
        #expect(scores.pairsOnOnePartner == 6)
        #expect(hub.betweenness == 1)
        #expect(hub.holes.brokerage.liaison == 2)
        #expect(hub.holes.brokerage.itinerant == 1)
        #expect(scores.degreeCentralization == 1)
    }

    @Test func theChainsBridgePartnersPartTheTriangles() {
        let scores = NetworkScores(Self.chain.data)
        #expect(scores.score(of: "c")!.partedPairs == 2 * 3)
        #expect(scores.score(of: "d")!.partedPairs == 3 * 2)
        #expect(scores.score(of: "a")!.partedPairs == 0)
        #expect(scores.components == 1)
    }

    @Test func aPartnerWithoutProjectIsAPartOfItsOwnWithoutConstraint() {
        let scores = NetworkScores(Self.twoComponents.data)
        #expect(scores.components == 3)
        #expect(scores.partnersWithoutProject == 1)
        #expect(scores.score(of: "alone")!.holes.constraint == nil)
        #expect(scores.score(of: "alone")!.holes.effectiveSize == nil)
    }

    /// The README states the sample's headline figures; they are the program's, not copied by hand once.
    @Test func theReadmeStatesTheSamplesHeadlineFigures() throws {
        let readme = try String(contentsOf: Self.script.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let data = SampleLab.data
        let capacity = OrganisingCapacity(data, on: data.lab.asOf!)
        let municipality = try #require(capacity.scores.score(of: "gemeente-den-haag"))
        #expect(capacity.connector?.partnerID == "gemeente-den-haag")
        let share = Double(municipality.partedPairs) / Double(capacity.scores.partnerPairs)
        for figure in ["**density \(String(format: "%.3f", capacity.scores.density))**",
                       "**liaison count \(municipality.holes.brokerage.liaison)**",
                       "**betweenness \(String(format: "%.3f", municipality.betweenness))**",
                       "**\(NumberFormat.percent(share)) of the partner pairs", "(as of \(data.lab.asOf!))"] {
            #expect(readme.contains(figure), "README.md should say \(figure)")
        }
    }

    // MARK: networkx

    private static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Networkx/network_scores.py")

    /// The two-mode network as the script reads it: a partner is tied to the projects it leads
    /// and those it has a commitment to that is not withdrawn.
    static func scriptInput(_ data: LabData) throws -> Data {
        var ties = Set<[String]>()
        for project in data.projects { ties.insert([project.lead, project.id]) }
        for commitment in data.commitments where commitment.state != .withdrawn {
            if let project = commitment.project { ties.insert([commitment.partner, project]) }
        }
        let object: [String: Any] = [
            "partners": data.partners.map { ["id": $0.id, "sector": $0.sector.rawValue] },
            "projects": data.projects.map(\.id),
            "ties": ties.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") },
        ]
        return try JSONSerialization.data(withJSONObject: object)
    }

    static func networkx(_ input: Data) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "networkx script failed: \(problems)")
        return try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
    }

    static func compare(_ scores: NetworkScores, with expected: [String: Any]) throws {
        func close(_ ours: Double?, _ theirs: Any?, _ what: String) {
            let theirs = (theirs as? NSNumber)?.doubleValue
            if let ours, let theirs {
                #expect(abs(ours - theirs) <= 1e-9, "\(what): ours \(ours), networkx \(theirs)")
            } else {
                #expect(ours == nil && theirs == nil, "\(what): ours \(String(describing: ours)), networkx \(String(describing: theirs))")
            }
        }
        close(scores.density, expected["density"], "density")
        close(scores.twoModeDensity, expected["twoModeDensity"], "two-mode density")
        close(scores.degreeCentralization, expected["degreeCentralization"], "degree centralization")
        #expect(scores.components == expected["components"] as? Int)
        #expect(scores.pairsOnOnePartner == expected["pairsOnOnePartner"] as? Int)
        let partners = try #require(expected["partners"] as? [String: [String: Any]])
        #expect(partners.count == scores.partners.count)
        for score in scores.partners {
            let theirs = try #require(partners[score.partnerID])
            let id = score.partnerID
            #expect(score.projects == theirs["projects"] as? Int, "\(id) projects")
            #expect(score.contacts == theirs["contacts"] as? Int, "\(id) contacts")
            close(score.betweenness, theirs["betweenness"], "\(id) betweenness")
            close(score.holes.constraint, theirs["constraint"] is NSNull ? nil : theirs["constraint"], "\(id) constraint")
            close(score.holes.effectiveSize, theirs["effectiveSize"] is NSNull ? nil : theirs["effectiveSize"], "\(id) effective size")
            #expect(score.partedPairs == theirs["parted"] as? Int, "\(id) parted pairs")
            let roles = score.holes.brokerage
            #expect([roles.coordinator, roles.itinerant, roles.gatekeeper, roles.representative, roles.liaison]
                == ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"].map { theirs[$0] as? Int ?? -1 },
                "\(id) brokerage")
        }
    }
}
