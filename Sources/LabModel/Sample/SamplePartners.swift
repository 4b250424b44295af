// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension SampleLab {
    private static let covenant = "2016-07-07"
    private static let illustrativeDate = "Toetredingsdatum illustratief."
    // The motives DOMAIN.md names by kind of partner, spelled alike so that they meet in projects.
    private static let creditor = "Geld sneller terug"
    private static let insurer = "Lagere zorgkosten"
    private static let employer = "Productieve medewerkers"
    private static let fund = "Maatschappelijke impact"

    static let partners: [Partner] = [
        partner("gemeente-den-haag", "Gemeente Den Haag", .local, .public, .municipality, founding: true,
                contact: Contact(name: "Programmabureau Schuldenlab070", email: "schuldenlab070@denhaag.example"),
                motives: ["Minder huishoudens in problematische schulden"],
                note: "Initiatiefnemer, samen met Society Impact."),
        partner("adg", "ADG Dienstengroep", .national, .private, .employer, founding: true,
                motives: [employer], note: "Bouwde de buddy-app fiKks."),
        partner("htm", "HTM", .local, .public, .other, founding: true,
                motives: [creditor, employer],
                note: "Haags openbaar vervoerbedrijf."),
        partner("cz", "CZ", .national, .private, .insurer, founding: true,
                contact: Contact(name: "Team maatschappelijke impact", email: "impact@cz.example"),
                motives: [insurer], note: "Voorfinancier van de health impact bond voor SOHOS."),
        partner("vgz", "VGZ", .national, .private, .insurer, founding: true,
                motives: [insurer, creditor]),
        partner("eneco", "Eneco", .national, .private, .energy, founding: true,
                motives: [creditor]),
        partner("ing", "ING", .national, .private, .bank, founding: true,
                contact: Contact(name: "Financiële fitheid", email: "financiele.fitheid@ing.example"),
                motives: [creditor]),
        partner("rabobank", "Rabobank", .national, .private, .bank, founding: true,
                motives: [creditor, fund]),
        partner("haag-wonen", "Haag Wonen", .local, .societal, .housing, founding: true,
                motives: ["Huisuitzettingen voorkomen"]),
        partner("staedion", "Staedion", .local, .societal, .housing, founding: true,
                contact: Contact(name: "Team huurincasso", email: "huurincasso@staedion.example"),
                motives: [creditor, "Huisuitzettingen voorkomen"]),
        partner("vestia", "Vestia", .local, .societal, .housing, founding: true,
                motives: ["Huisuitzettingen voorkomen"]),
        partner("fonds-1818", "Fonds 1818", .local, .societal, .fund, founding: true,
                motives: [fund]),
        partner("philadelphia", "Philadelphia", .national, .societal, .care, founding: true,
                motives: ["Cliënten met schulden beter begeleiden"], note: "Zorgorganisatie."),
        partner("society-impact", "Society Impact", .national, .societal, .foundation, founding: true,
                contact: Contact(name: "Kwartiermaker", email: "lab@societyimpact.example"),
                motives: [fund],
                note: "Initiatiefnemer, samen met de gemeente."),
        partner("aegon", "Aegon", .national, .private, .insurer, founding: false, joined: "2018-09-01",
                motives: [fund], note: "Financier van het revolverend jongerenfonds. " + illustrativeDate),
        partner("ing-nederland-fonds", "ING Nederland fonds", .national, .societal, .fund, founding: false, joined: "2018-09-01",
                motives: [fund], note: "Financier van het revolverend jongerenfonds. " + illustrativeDate),
        partner("cak", "CAK", .national, .public, .governmentAgency, founding: false, joined: "2017-03-01",
                motives: [creditor], note: illustrativeDate),
        partner("uwv", "UWV", .national, .public, .governmentAgency, founding: false, joined: covenant,
                motives: ["Uitkeringsgerechtigden zonder schulden aan het werk"], note: "Vanaf het begin aan tafel."),
        partner("belastingdienst", "Belastingdienst", .national, .public, .governmentAgency, founding: false, joined: covenant,
                motives: [creditor], note: "Vanaf het begin aan tafel."),
        partner("ipw", "Instituut voor Publieke Waarden", .national, .societal, .knowledge, founding: false, joined: "2017-06-01",
                motives: ["Kennis over publieke waarde"], note: illustrativeDate),
        partner("rebel-group", "Rebel Group", .national, .private, .other, founding: false, joined: "2017-01-15",
                motives: ["Financiering op resultaat ontwikkelen"], note: "Adviesbureau; structureerde de impact bond. " + illustrativeDate),
        partner("abn-amro", "ABN AMRO", .national, .private, .bank, founding: false, joined: "2018-11-01",
                motives: [creditor], note: "Schuldeiser in Collectief Schuldregelen. " + illustrativeDate),
        partner("duo", "DUO", .national, .public, .creditor, founding: false, joined: "2018-11-01",
                motives: [creditor], note: "Schuldeiser in Collectief Schuldregelen. " + illustrativeDate),
        partner("menzis", "Menzis", .national, .private, .insurer, founding: false, joined: "2018-11-01",
                motives: [creditor, insurer], note: "Schuldeiser in Collectief Schuldregelen. " + illustrativeDate),
        partner("vodafone", "Vodafone", .national, .private, .creditor, founding: false, joined: "2018-11-01",
                motives: [creditor], note: "Schuldeiser in Collectief Schuldregelen. " + illustrativeDate),
    ]

    private static func partner(_ id: String, _ name: String, _ scope: Scope, _ sector: Sector, _ kind: PartnerKind,
                                founding: Bool, joined: String = covenant, contact: Contact? = nil,
                                motives: [String], note: String? = nil) -> Partner {
        // Every partner has someone to write to, as a coordinator's list has; the addresses are made up.
        Partner(id: id, name: name, scope: scope, sector: sector, kind: kind, founding: founding, joined: Day(joined)!,
                contact: contact ?? Contact(name: "Contactpersoon Schuldenlab", email: "schuldenlab@\(id).example"), motives: motives,
                note: note, stamp: stamp)
    }
}
