// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension SampleLab {
    private static let illustrative = "Bedrag illustratief."

    /// One commitment as a row of the sample; ids are given in order: c-0001, c-0002, ...
    private struct Row {
        let partner: String, project: String?, kind: CommitmentKind, amount: String, unit: String, value: String
        let from: String, until: String?, state: CommitmentState, note: String

        init(_ partner: String, _ project: String?, _ kind: CommitmentKind, _ amount: String, _ unit: String,
             _ value: String, _ from: String, _ until: String?, _ state: CommitmentState, _ note: String = illustrative) {
            self.partner = partner
            self.project = project
            self.kind = kind
            self.amount = amount
            self.unit = unit
            self.value = value
            self.from = from
            self.until = until
            self.state = state
            self.note = note
        }
    }

    static let commitments: [Commitment] = rows.enumerated().map { index, row in
        Commitment(id: "c-" + String(index + 1).leftPadded(to: 4), partner: row.partner, project: row.project,
                   kind: row.kind, amount: Quantity(exactly: row.amount)!, unit: row.unit,
                   valueEUR: Money(exactly: row.value)!, from: Day(row.from)!, until: row.until.map { Day($0)! },
                   state: row.state, note: row.note, stamp: stamp)
    }

    private static let rows: [Row] = [
        // The shared support (the programme office): who carries it, and who not yet.
        Row("gemeente-den-haag", nil, .money, "150000", "EUR", "150000", "2017-01-01", "2020-12-31", .delivered),
        Row("gemeente-den-haag", nil, .hours, "0.8", "FTE", "64000", "2017-01-01", "2020-03-31", .delivered,
            "Programmamanager. Bedrag illustratief."),
        Row("society-impact", nil, .hours, "16", "hours/week", "48000", "2016-07-07", "2020-12-31", .delivered,
            "Kwartiermaken en netwerkregie. Bedrag illustratief."),
        Row("fonds-1818", nil, .money, "50000", "EUR", "50000", "2018-01-01", "2020-12-31", .pledged),
        Row("ing", nil, .money, "25000", "EUR", "25000", "2018-01-01", "2019-12-31", .delivered),
        Row("ing", nil, .money, "25000", "EUR", "25000", "2020-01-01", "2020-12-31", .pledged),
        Row("rabobank", nil, .money, "20000", "EUR", "20000", "2018-01-01", "2020-12-31", .pledged),
        Row("cz", nil, .money, "15000", "EUR", "15000", "2018-01-01", "2020-12-31", .pledged),
        Row("vgz", nil, .money, "15000", "EUR", "15000", "2018-01-01", "2020-02-29", .pledged),
        Row("eneco", nil, .money, "10000", "EUR", "10000", "2018-01-01", "2020-12-31", .delivered),
        Row("staedion", nil, .hours, "4", "hours/week", "12000", "2017-01-01", "2020-12-31", .delivered),
        Row("haag-wonen", nil, .hours, "4", "hours/week", "12000", "2017-01-01", "2020-12-31", .pledged),
        Row("vestia", nil, .money, "7500", "EUR", "7500", "2019-01-01", "2020-03-15", .pledged),
        Row("adg", nil, .expertise, "40", "hours", "4000", "2019-01-01", "2020-12-31", .delivered,
            "Communicatie-advies. Bedrag illustratief."),
        Row("htm", nil, .money, "5000", "EUR", "5000", "2020-01-01", "2020-12-31", .proposed),
        Row("philadelphia", nil, .expertise, "80", "hours", "6400", "2018-01-01", "2020-12-31", .delivered,
            "Training ervaringsdeskundigheid. Bedrag illustratief."),
        Row("uwv", nil, .hours, "2", "hours/week", "6000", "2018-01-01", "2020-12-31", .pledged),
        Row("belastingdienst", nil, .hours, "2", "hours/week", "6000", "2018-01-01", "2020-12-31", .withdrawn,
            "Ingetrokken na reorganisatie. Bedrag illustratief."),
        Row("cak", nil, .expertise, "60", "hours", "5400", "2018-01-01", "2019-06-30", .delivered),
        Row("ipw", nil, .expertise, "120", "hours", "12000", "2018-01-01", "2020-12-31", .delivered,
            "Reflectie en evaluatie. Bedrag illustratief."),
        Row("vgz", nil, .inKind, "1", "vergaderruimte", "3000", "2019-01-01", "2019-12-31", .delivered,
            "Vergaderruimte voor labbijeenkomsten. Bedrag illustratief."),

        // Jongeren Perspectief Fonds.
        Row("aegon", "jpf", .money, "450000", "EUR", "450000", "2019-04-01", "2024-03-31", .pledged,
            "Samen met ING Nederland fonds € 900.000 voor het revolverend fonds; verdeling illustratief."),
        Row("ing-nederland-fonds", "jpf", .money, "450000", "EUR", "450000", "2019-04-01", "2024-03-31", .pledged,
            "Samen met Aegon € 900.000 voor het revolverend fonds; verdeling illustratief."),
        Row("gemeente-den-haag", "jpf", .money, "250000", "EUR", "250000", "2016-07-01", "2019-03-31", .delivered,
            "Pilot- en projectfase. Bedrag illustratief."),
        Row("society-impact", "jpf", .hours, "0.5", "FTE", "40000", "2016-07-01", "2020-12-31", .delivered,
            "Projectleiding. Bedrag illustratief."),
        Row("fonds-1818", "jpf", .money, "75000", "EUR", "75000", "2016-07-01", "2018-12-31", .delivered),
        Row("ing", "jpf", .expertise, "200", "hours", "20000", "2017-01-01", "2020-12-31", .delivered,
            "Vrijwillige coaches. Bedrag illustratief."),
        Row("rabobank", "jpf", .expertise, "150", "hours", "15000", "2017-01-01", "2020-03-31", .pledged,
            "Coaches voor jongeren. Bedrag illustratief."),
        Row("adg", "jpf", .inKind, "12", "werkplekken", "36000", "2017-01-01", "2020-12-31", .delivered,
            "Leerwerkplekken. Bedrag illustratief."),
        Row("htm", "jpf", .inKind, "6", "werkplekken", "18000", "2017-06-01", "2020-12-31", .delivered,
            "Leerwerkplekken. Bedrag illustratief."),
        Row("uwv", "jpf", .expertise, "100", "hours", "9000", "2017-01-01", "2019-12-31", .delivered),
        Row("duo", "jpf", .mandate, "1", "standaardregeling", "0", "2018-06-01", nil, .pledged,
            "Akkoord met afkoop van studieschuldachterstanden."),
        Row("cak", "jpf", .mandate, "1", "standaardregeling", "0", "2018-06-01", nil, .pledged,
            "Akkoord met afkoop van premieachterstanden."),
        Row("ipw", "jpf", .expertise, "80", "hours", "8000", "2018-01-01", "2018-10-01", .delivered,
            "Evaluatie: circa € 10.000 besparing per jongere. Bedrag illustratief."),
        Row("vodafone", "jpf", .money, "10000", "EUR", "10000", "2020-01-01", "2020-12-31", .proposed),

        // Sociaal Hospitaal (SOHOS), financed by a health impact bond.
        Row("cz", "sohos", .money, "1200000", "EUR", "1200000", "2017-01-01", "2020-06-30", .delivered,
            "Voorfinanciering health impact bond. Bedrag illustratief."),
        Row("gemeente-den-haag", "sohos", .money, "1200000", "EUR", "1200000", "2017-01-01", "2020-12-31", .pledged,
            "Terugbetaling op resultaat. Bedrag illustratief."),
        Row("rebel-group", "sohos", .expertise, "300", "hours", "45000", "2016-09-01", "2017-01-01", .delivered,
            "Structureren van de impact bond. Bedrag illustratief."),
        Row("philadelphia", "sohos", .hours, "2", "FTE", "160000", "2017-01-01", "2020-06-30", .delivered,
            "Gezinscoaches. Bedrag illustratief."),
        Row("staedion", "sohos", .data, "1", "huurachterstanden", "5000", "2017-01-01", "2020-06-30", .delivered),
        Row("haag-wonen", "sohos", .data, "1", "huurachterstanden", "5000", "2017-01-01", "2020-06-30", .delivered),
        Row("vestia", "sohos", .data, "1", "huurachterstanden", "5000", "2017-01-01", "2020-06-30", .pledged),
        Row("vgz", "sohos", .expertise, "60", "hours", "6000", "2018-01-01", "2020-06-30", .pledged),
        Row("fonds-1818", "sohos", .money, "40000", "EUR", "40000", "2017-01-01", "2018-12-31", .delivered),
        Row("ipw", "sohos", .expertise, "40", "hours", "4000", "2019-06-01", "2020-03-01", .proposed),
        Row("menzis", "sohos", .money, "20000", "EUR", "20000", "2019-01-01", "2019-12-31", .withdrawn,
            "Ingetrokken: geen verzekerden in de doelgroep. Bedrag illustratief."),

        // Collectief Schuldregelen: creditors agree to standard settlements in advance.
        Row("gemeente-den-haag", "csr", .hours, "3", "FTE", "240000", "2018-11-01", "2020-12-31", .delivered,
            "Schuldhulpverleners. Bedrag illustratief."),
        Row("abn-amro", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("duo", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("menzis", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("vodafone", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("belastingdienst", "csr", .mandate, "1", "standaardregeling", "0", "2019-01-01", nil, .pledged),
        Row("cak", "csr", .mandate, "1", "standaardregeling", "0", "2019-01-01", nil, .delivered),
        Row("cz", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("vgz", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("eneco", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("staedion", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("haag-wonen", "csr", .mandate, "1", "standaardregeling", "0", "2019-02-01", nil, .delivered),
        Row("vestia", "csr", .mandate, "1", "standaardregeling", "0", "2019-06-01", nil, .proposed),
        Row("ing", "csr", .mandate, "1", "standaardregeling", "0", "2018-11-01", nil, .delivered),
        Row("rabobank", "csr", .mandate, "1", "standaardregeling", "0", "2019-03-01", nil, .pledged),
        Row("htm", "csr", .mandate, "1", "standaardregeling", "0", "2019-03-01", nil, .pledged),
        Row("rebel-group", "csr", .expertise, "120", "hours", "18000", "2019-09-01", "2020-02-15", .pledged,
            "Businesscase voor landelijke opschaling. Bedrag illustratief."),
        Row("fonds-1818", "csr", .money, "30000", "EUR", "30000", "2018-11-01", "2019-10-31", .delivered),

        // fiKks.
        Row("adg", "fikks", .money, "120000", "EUR", "120000", "2017-09-01", "2019-12-31", .delivered,
            "Bouw en beheer van de app. Bedrag illustratief."),
        Row("adg", "fikks", .hours, "0.4", "FTE", "32000", "2018-03-01", "2020-02-29", .pledged),
        Row("ing", "fikks", .expertise, "60", "hours", "6000", "2018-01-01", "2018-06-30", .delivered),
        Row("society-impact", "fikks", .hours, "50", "hours", "5000", "2018-01-01", "2020-01-31", .pledged),
        Row("gemeente-den-haag", "fikks", .money, "15000", "EUR", "15000", "2020-01-01", "2020-12-31", .proposed),

        // Helpdesk Geldzaken.
        Row("gemeente-den-haag", "helpdesk-geldzaken", .money, "180000", "EUR", "180000", "2017-11-01", "2020-12-31", .delivered),
        Row("fonds-1818", "helpdesk-geldzaken", .money, "25000", "EUR", "25000", "2017-11-01", "2018-10-31", .delivered),
        Row("philadelphia", "helpdesk-geldzaken", .hours, "8", "hours/week", "24000", "2018-01-01", "2020-12-31", .delivered,
            "Vrijwilligers met ervaringsdeskundigheid. Bedrag illustratief."),
        Row("rabobank", "helpdesk-geldzaken", .expertise, "40", "hours", "4000", "2019-01-01", "2019-12-31", .delivered),
        Row("uwv", "helpdesk-geldzaken", .expertise, "30", "hours", "2700", "2019-01-01", "2020-03-31", .pledged),
        Row("belastingdienst", "helpdesk-geldzaken", .expertise, "30", "hours", "2700", "2019-01-01", "2020-12-31", .pledged,
            "Spreekuur toeslagen. Bedrag illustratief."),

        // Early signalling of arrears.
        Row("gemeente-den-haag", "vroegsignalering", .hours, "1.5", "FTE", "120000", "2019-01-15", "2020-12-31", .delivered),
        Row("staedion", "vroegsignalering", .data, "1", "huurachterstanden", "8000", "2019-07-01", "2020-12-31", .delivered),
        Row("haag-wonen", "vroegsignalering", .data, "1", "huurachterstanden", "8000", "2019-07-01", "2020-12-31", .delivered),
        Row("vestia", "vroegsignalering", .data, "1", "huurachterstanden", "8000", "2020-01-01", "2020-12-31", .proposed),
        Row("eneco", "vroegsignalering", .data, "1", "energieachterstanden", "8000", "2019-07-01", "2020-12-31", .pledged),
        Row("cz", "vroegsignalering", .data, "1", "premieachterstanden", "6000", "2019-07-01", "2020-12-31", .pledged),
        Row("vgz", "vroegsignalering", .data, "1", "premieachterstanden", "6000", "2019-07-01", "2020-12-31", .pledged),
        Row("menzis", "vroegsignalering", .data, "1", "premieachterstanden", "6000", "2019-07-01", "2020-12-31", .proposed),
        Row("cak", "vroegsignalering", .data, "1", "wanbetalersregeling", "6000", "2019-09-01", "2020-02-01", .pledged),
        Row("ipw", "vroegsignalering", .expertise, "60", "hours", "6000", "2019-01-15", "2019-12-31", .delivered,
            "Privacytoets. Bedrag illustratief."),

        // Projects in development.
        Row("gemeente-den-haag", "detentie-in-uit", .hours, "0.3", "FTE", "24000", "2019-03-01", "2020-03-01", .pledged),
        Row("philadelphia", "detentie-in-uit", .expertise, "40", "hours", "3600", "2019-06-01", "2020-06-30", .proposed),
        Row("duo", "slim-afstuderen", .expertise, "80", "hours", "7200", "2019-05-01", "2020-06-30", .pledged),
        Row("ing", "slim-afstuderen", .expertise, "40", "hours", "4000", "2019-09-01", "2020-06-30", .proposed,
            "Gastlessen. Bedrag illustratief."),
        Row("staedion", "huisvesting-kwetsbaar", .hours, "0.2", "FTE", "16000", "2019-04-01", "2020-03-31", .pledged),
        Row("haag-wonen", "huisvesting-kwetsbaar", .hours, "0.2", "FTE", "16000", "2019-04-01", "2020-03-31", .proposed),
        Row("vestia", "huisvesting-kwetsbaar", .inKind, "10", "woningen", "0", "2019-04-01", nil, .withdrawn,
            "Ingetrokken tot er afspraken zijn over het huurrisico."),
        Row("fonds-1818", "huisvesting-kwetsbaar", .money, "20000", "EUR", "20000", "2020-01-01", "2020-12-31", .proposed),
    ]
}
