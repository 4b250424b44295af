// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

// The program stands on FoundationEssentials and the C library: the full Foundation brings ICU's
// 34 MB of data into the binary for formatting the program does itself. Elsewhere Foundation is all there is.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
@_exported import Dispatch
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
