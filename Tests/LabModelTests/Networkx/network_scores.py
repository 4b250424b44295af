#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
# SPDX-License-Identifier: EUPL-1.2

"""The network scores of a two-mode partner-project network, as networkx computes them.

Reads {"partners": [{"id", "sector"}], "projects": [id], "ties": [[partner, project]]} on stdin and
prints the figures as JSON, for the tests to compare with the program's own. Where networkx has no
function (brokerage, Freeman's centralization, the pairs one partner parts) the figure is worked out
here by brute force from the definition, independently of the program's algorithm.
"""
import itertools
import json
import math
import sys

import networkx as nx
from networkx.algorithms import bipartite

given = json.load(sys.stdin)
partners = [p["id"] for p in given["partners"]]
sector = {p["id"]: p["sector"] for p in given["partners"]}
projects = given["projects"]

two_mode = nx.Graph()
two_mode.add_nodes_from(("partner", p) for p in partners)
two_mode.add_nodes_from(("project", p) for p in projects)
two_mode.add_edges_from((("partner", a), ("project", b)) for a, b in given["ties"])
top = [("partner", p) for p in partners]

one_mode = bipartite.projected_graph(two_mode, top)
one_mode = nx.relabel_nodes(one_mode, {node: node[1] for node in one_mode})

betweenness = bipartite.betweenness_centrality(two_mode, top) if projects and partners else {}
constraint = nx.constraint(one_mode)
effective_size = nx.effective_size(one_mode)


def brokerage(v):
    roles = dict(coordinator=0, itinerant=0, gatekeeper=0, representative=0, liaison=0)
    for a, b in itertools.combinations(sorted(one_mode[v]), 2):
        if one_mode.has_edge(a, b):
            continue
        ga, gv, gb = sector[a], sector[v], sector[b]
        if ga == gv == gb:
            roles["coordinator"] += 1
        elif ga == gb:
            roles["itinerant"] += 1
        elif gv in (ga, gb):
            roles["gatekeeper"] += 1
            roles["representative"] += 1
        else:
            roles["liaison"] += 1
    return roles


def parted(v):
    rest = one_mode.subgraph(n for n in one_mode if n != v)
    count = 0
    for a, b in itertools.combinations([n for n in one_mode if n != v], 2):
        if nx.has_path(one_mode, a, b) and not nx.has_path(rest, a, b):
            count += 1
    return count


parted_by = {p: parted(p) for p in partners}
on_one_partner = 0
for a, b in itertools.combinations(partners, 2):
    if not nx.has_path(one_mode, a, b):
        continue
    if any(nx.has_path(one_mode, a, b) and not nx.has_path(one_mode.subgraph(n for n in one_mode if n != v), a, b)
           for v in partners if v not in (a, b)):
        on_one_partner += 1

degrees = dict(one_mode.degree())
n = len(partners)
largest = max(degrees.values(), default=0)
centralization = sum(largest - d for d in degrees.values()) / ((n - 1) * (n - 2)) if n > 2 else 0.0


def number(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


print(json.dumps({
    "density": nx.density(one_mode),
    "twoModeDensity": bipartite.density(two_mode, top) if projects else 0.0,
    "degreeCentralization": centralization,
    "components": nx.number_connected_components(one_mode),
    "pairsOnOnePartner": on_one_partner,
    "partners": {
        p: dict(
            projects=two_mode.degree(("partner", p)),
            contacts=degrees[p],
            betweenness=betweenness.get(("partner", p), 0.0),
            constraint=number(constraint[p]),
            effectiveSize=number(effective_size[p]),
            parted=parted_by[p],
            **brokerage(p),
        )
        for p in partners
    },
}, indent=1, sort_keys=True))
