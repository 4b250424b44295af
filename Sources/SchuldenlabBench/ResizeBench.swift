// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel
import LabProgram
import LabViews

/// A window manager's burst: a hundred resizes taken in by the program's loop and drawn, on a
/// recording terminal, so that only the program's own work is timed.
enum ResizeBench {
    static func seconds(_ session: FolderSession) -> Double {
        let backend = TestBackend(width: 100, height: 30)
        let state = AppState(data: session.data, source: .folder(session.folder.path), referenceDay: session.data.lab.asOf ?? Day.today(),
                             width: 100, height: 30, history: session.history)
        let program = Program(state: state, backend: backend, store: FolderStore(session, polling: false, readOnly: false))
        program.handle(.key(.character("4")))
        for step in 0..<100 {
            backend.resize(width: 20 + step * 3 % 180, height: 5 + step * 7 % 60)
        }
        return Measure.seconds { program.run(untilIdle: true) }
    }
}
