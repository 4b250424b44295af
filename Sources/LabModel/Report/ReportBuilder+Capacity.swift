// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The organising capacity in the report: the network's figures and the connecting role, every
/// partner's scores, the projects to watch, the motives that meet, the update lights, the debt
/// phases against the projects and how SMART the commitments are.
extension ReportBuilder {
    func capacitySections() -> [ReportSection] {
        [capacityNetwork(), capacityPartners(), projectsToWatch(), motivesPerProject(), motives(), projectLights(), phasesByProject(),
         smartPerPartner()]
    }

    private func name(_ id: String) -> String { data.partnerName(id) }

    private func capacityNetwork() -> ReportSection {
        let scores = capacity.scores
        var rows: [[ReportCell]] = [
            [.text(say("Dichtheid (partners die een project delen, 0–1)", "Density (partners sharing a project, 0–1)")),
             .figure(scores.density, digits: 3)],
            [.text(say("Dichtheid partners × projecten (0–1)", "Density partners × projects (0–1)")), .figure(scores.twoModeDensity, digits: 3)],
            [.text(say("Centralisatie (graad, Freeman, 0–1)", "Degree centralization (Freeman, 0–1)")),
             .figure(scores.degreeCentralization, digits: 3)],
            [.text(say("Losse delen", "Separate parts")), .count(scores.components)],
            [.text(say("Partners zonder project", "Partners without a project")), .count(scores.partnersWithoutProject)],
            [.text(say("Paren die aan één partner hangen", "Pairs that hang on one partner")), .count(scores.pairsOnOnePartner)],
            [.text(say("Aandeel daarvan (0–1)", "Their share (0–1)")), .figure(scores.shareOnOnePartner, digits: 3)],
        ]
        if let sources = scores.betweennessSources {
            rows.append([.text(say("Tussenpositie geschat uit bronnen", "Betweenness estimated from sources")), .count(sources)])
        }
        rows += PartnershipDepth.allCases.reversed().map { depth in
            [.text(say("Diepte", "Depth") + ": " + depth.name(in: language) + " (" + depth.rule(in: language) + ")"), .count(capacity.depths[depth] ?? 0)]
        }
        rows += UpdateLight.allCases.map { light in
            [.text(say("Projecten", "Projects") + ": " + light.name(in: language)), .count(capacity.lightCounts.projects[light] ?? 0)]
        }
        rows += UpdateLight.allCases.map { light in
            [.text(say("Toezeggingen", "Commitments") + ": " + light.name(in: language)), .count(capacity.lightCounts.commitments[light] ?? 0)]
        }
        rows.append([.text(say("SMART-toezeggingen (0–1)", "SMART commitments (0–1)")), .figure(capacity.smart.share, digits: 3)])
        if let role = capacity.connectingRole(in: language, name: name) { rows.append([.text(role), .text("")]) }
        return ReportSection(id: "capacity", title: say("Organiserend vermogen: het netwerk", "Organising capacity: the network"),
                             columns: [column("measure", say("Maat", "Measure")), column("value", say("Waarde", "Value"), numeric: true)],
                             rows: rows, emptyNote: "")
    }

    private func capacityPartners() -> ReportSection {
        let measures = NetworkMeasure.allCases
        let ordered = capacity.scores.partners.sorted { ($1.betweenness, $0.partnerID) < ($0.betweenness, $1.partnerID) }
        return ReportSection(
            id: "capacity-partners", title: say("Organiserend vermogen per partner", "Organising capacity per partner"),
            columns: [column("id", "id"), column("partner", "Partner"), column("sector", "Sector")]
                + measures.map { column($0.rawValue, $0.name(in: language), numeric: true) },
            rows: ordered.map { score in
                let smart = capacity.smartByPartner[score.partnerID]
                return [.text(score.partnerID), .text(name(score.partnerID)), .text(data.partner(score.partnerID)?.sector.name(in: language) ?? "")]
                    + measures.map { measure in
                        switch measure.figure(score, smart: smart) {
                        case .count(let count): .count(count)
                        case .decimal(let value, let digits): .figure(value, digits: digits)
                        case .share(let share): .figure(share, digits: 3)
                        }
                    }
            },
            emptyNote: say("Geen partners.", "No partners."))
    }

    private func projectsToWatch() -> ReportSection {
        ReportSection(
            id: "projects-to-watch", title: say("Projecten om op te letten", "Projects to watch"),
            columns: [column("id", "id"), column("project", "Project"), column("why", say("Waarom", "Why"))],
            rows: capacity.fragileProjects.map { fragile in
                [.text(fragile.projectID), .text(data.projectName(fragile.projectID)),
                 .text(fragile.reasons.map { $0.text(in: language, partnerName: name) }.joined(separator: "; "))]
            },
            emptyNote: say("Geen project leunt op één partner of motief, en geen is rood.", "No project leans on one partner or motive, and none is red."))
    }

    private func motivesPerProject() -> ReportSection {
        ReportSection(
            id: "motives-per-project", title: say("Gedeelde urgentie: motieven per project", "Shared urgency: motives per project"),
            columns: [column("id", "id"), column("project", "Project"), column("motive", say("Motief", "Motive")),
                      column("partners", "Partners"), column("value", say("Waarde", "Value"), numeric: true)],
            rows: data.projects.flatMap { project in
                (capacity.urgency.byProject[project.id] ?? []).map { share in
                    [.text(project.id), .text(project.name), .text(share.motive), .text(share.partnerIDs.map(name).joined(separator: ", ")),
                     .money(share.value)]
                }
            },
            emptyNote: say("Geen partner heeft motieven.", "No partner has motives."))
    }

    private func motives() -> ReportSection {
        ReportSection(
            id: "motives", title: say("Motieven: wie wil wat, en wat zij geven", "Motives: who wants what, and what they give"),
            columns: [column("motive", say("Motief", "Motive")), column("count", say("Aantal", "Count"), numeric: true),
                      column("partners", "Partners"), column("value", say("Waarde", "Value"), numeric: true)],
            rows: capacity.urgency.byMotive.map { share in
                [.text(share.motive), .count(share.partnerIDs.count), .text(share.partnerIDs.map(name).joined(separator: ", ")), .money(share.value)]
            },
            emptyNote: say("Geen partner heeft motieven.", "No partner has motives."))
    }

    private func projectLights() -> ReportSection {
        let interval = data.lab.updateInterval
        return ReportSection(
            id: "update-lights", title: say("Update-lichten (termijn \(interval) dagen)", "Update lights (interval \(interval) days)"),
            columns: [column("id", "id"), column("project", "Project"), column("light", say("Licht", "Light")),
                      column("lastUpdate", say("Laatste update", "Last update"))],
            rows: data.projects.compactMap { project in
                capacity.projectLights[project.id].map { light in
                    [.text(project.id), .text(project.name), .text(light.name(in: language)), .day(project.lastUpdate)]
                }
            },
            emptyNote: say("Geen lopende projecten.", "No running projects."))
    }

    /// SchuldenlabNL's frame: every project not stopped against the debt phases, a mark where it
    /// works in one, and per phase how many do (a national lab has thousands of projects: they are the rows).
    private func phasesByProject() -> ReportSection {
        let phases = data.lab.debtPhases
        let projects = data.activeProjects
        return ReportSection(
            id: "phases-by-project", title: say("Projecten × schuldfasen", "Projects × debt phases"),
            columns: [column("id", "id"), column("project", "Project")]
                + phases.map { column($0.id, $0.name.text(in: language), numeric: true) },
            rows: projects.map { project in
                [.text(project.id), .text(project.name)] + phases.map { .text(project.debtPhases.contains($0.id) ? "x" : "") }
            } + [[.text(""), .text(say("Aantal projecten", "Number of projects"))] + data.projectCountByDebtPhase().map { .count($0) }],
            emptyNote: say("Geen lopende projecten.", "No running projects."))
    }

    private func smartPerPartner() -> ReportSection {
        ReportSection(
            id: "smart", title: say("SMART-toezeggingen per partner", "SMART commitments per partner"),
            columns: [column("partner", "Partner"), column("counted", say("Toezeggingen", "Commitments"), numeric: true),
                      column("complete", say("Compleet", "Complete"), numeric: true), column("share", say("Aandeel", "Share"), numeric: true),
                      column("missing", say("Ontbreekt", "Missing"))],
            rows: data.partners.sorted { $0.name.lowercased() < $1.name.lowercased() }.compactMap { partner in
                capacity.smartByPartner[partner.id].map { smart in
                    [.text(partner.name), .count(smart.counted), .count(smart.complete), .figure(smart.share, digits: 3),
                     .text(smart.missingText(in: language))]
                }
            },
            emptyNote: say("Geen toezeggingen.", "No commitments."))
    }
}
