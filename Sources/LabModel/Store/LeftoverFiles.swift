// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

extension AtomicFile {
    /// Removes the temporary files that writers killed before their rename left in `folder` (one can
    /// hold a whole copy of a file, personal data included); those of a process still running stay.
    /// Call it holding the folder's exclusive lock. Returns how many were removed.
    @discardableResult
    static func removeLeftovers(in folder: String, names: [String]) -> Int {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for entry in entries {
            guard let name = names.first(where: { entry.hasPrefix("." + $0 + temporaryMarker) }) else { continue }
            let owner = entry.dropFirst(name.count + 1 + temporaryMarker.count).prefix { $0.isNumber }
            guard let pid = pid_t(owner), pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
            if unlink(folder + "/" + entry) == 0 { removed += 1 }
        }
        return removed
    }
}
