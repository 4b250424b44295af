// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The built-in Schuldenlab070 sample: the network as of the end of 2019, built from the
/// public sources in DOMAIN.md. Known figures are used as given; amounts of individual
/// commitments are not public and are marked illustrative in the data itself.
public enum SampleLab {
    public static let asOf = Day("2019-12-31")!

    public static var data: LabData {
        LabData(lab: lab, partners: partners, projects: projects, commitments: commitments)
    }

    static let lab = Lab(
        name: "Schuldenlab070",
        city: "Den Haag",
        founded: Day("2016-07-07")!,
        mission: "Gemeente Den Haag en publieke en private partners ontwikkelen samen nieuwe aanpakken "
            + "die Haagse huishoudens uit problematische schulden helpen. Bedragen van afzonderlijke "
            + "toezeggingen zijn niet openbaar; in deze voorbeelddata zijn ze illustratief.",
        asOf: asOf,
        arrangements: SampleFramework.arrangements,
        debtPhases: SampleFramework.debtPhases,
        sharedSupport: SampleFramework.sharedSupport,
        // Illustrative, like the amounts: what an hour and a full-time year of a partner's people are reckoned at.
        rates: Rates(perHour: Money(75), perFTEYear: Money(80_000)))

    static let stamp = Stamp(revision: 1, updatedAt: Timestamp("2019-12-31T12:00:00Z")!, updatedBy: "voorbeelddata")
}
