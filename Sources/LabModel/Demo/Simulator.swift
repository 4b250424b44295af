// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The second actor of a demo: plausible edits, one at a time, made through the same journal and
/// checks as a person's: a status update, a new pledge, a commitment delivered.
public struct Simulator<Generator: RandomNumberGenerator> {
    public static var author: String { "simulatie" }
    private var generator: Generator

    public init(generator: Generator) {
        self.generator = generator
    }

    private static var updateTexts: [String] {
        ["Nieuwe deelnemers ingestroomd.", "Overleg met schuldeisers verliep goed.", "Evaluatie besproken in het lab.",
         "Wachtlijst loopt op; extra capaciteit gevraagd.", "Eerste resultaten gedeeld met de partners."]
    }

    /// The next edit for the data as it is now; `nil` when the data offers nothing to change.
    public mutating func nextChange(in data: LabData, today: Day) -> EntityChange? {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: return statusUpdate(data, today) ?? pledge(data, today)
        case 1: return pledge(data, today)
        default: return delivery(data) ?? statusUpdate(data, today)
        }
    }

    private mutating func statusUpdate(_ data: LabData, _ today: Day) -> EntityChange? {
        guard var project = data.activeProjects.randomElement(using: &generator) else { return nil }
        let health = [Health.onTrack, .onTrack, .attention].randomElement(using: &generator)!
        project.health = health
        project.updates.append(StatusUpdate(at: today, by: Self.author, health: health,
                                            text: Self.updateTexts.randomElement(using: &generator)!))
        return EntityChange(.project(project), basedOn: project.stamp.revision)
    }

    private mutating func pledge(_ data: LabData, _ today: Day) -> EntityChange? {
        guard let partner = data.partners.randomElement(using: &generator),
              let project = data.activeProjects.randomElement(using: &generator) else { return nil }
        let euros = Int.random(in: 1...20, using: &generator) * 2_500
        let commitment = Commitment(
            id: data.nextCommitmentID, partner: partner.id, project: project.id, kind: .money, amount: Quantity(euros), unit: "EUR",
            valueEUR: Money(euros), from: today, until: today.adding(days: 365), state: .pledged, note: "Demo: gesimuleerde toezegging.",
            stamp: Stamp(revision: 1, updatedAt: Timestamp("2000-01-01T00:00:00Z")!, updatedBy: Self.author))
        return EntityChange(.commitment(commitment), basedOn: nil)
    }

    private mutating func delivery(_ data: LabData) -> EntityChange? {
        guard var commitment = data.commitments.filter({ $0.state == .pledged }).randomElement(using: &generator) else { return nil }
        commitment.state = .delivered
        return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
    }
}
