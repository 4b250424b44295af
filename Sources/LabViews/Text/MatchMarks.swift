// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Where the words of a filter stand in a text as shown, found the way the filter finds them
/// (without case or accents), so that a cell can mark them.
enum MatchMarks {
    /// The runs of `text` that are one of `words`: their start column and their text.
    static func runs(in text: String, of words: [[UInt8]]) -> [(column: Int, text: String)] {
        guard !words.isEmpty else { return [] }
        // Most cells hold none of the words: they are told at once, without going character by character.
        let whole = SearchText.folded(text)
        guard words.contains(where: { SearchText.contains(whole[...], $0) }) else { return [] }
        let characters = Array(text)
        var folded: [UInt8] = []
        var characterOfByte: [Int] = []
        for (index, character) in characters.enumerated() {
            let bytes = SearchText.folded(String(character))
            folded += bytes
            characterOfByte += repeatElement(index, count: bytes.count)
        }
        var marked = [Bool](repeating: false, count: characters.count)
        for word in words where !word.isEmpty && word.count <= folded.count {
            for start in 0...(folded.count - word.count) where folded[start..<start + word.count].elementsEqual(word) {
                for byte in start..<start + word.count { marked[characterOfByte[byte]] = true }
            }
        }
        var runs: [(column: Int, text: String)] = []
        var column = 0
        for (index, character) in characters.enumerated() {
            if marked[index] {
                if index > 0, marked[index - 1], !runs.isEmpty { runs[runs.count - 1].text.append(character) } else { runs.append((column, String(character))) }
            }
            column += DisplayWidth.of(character)
        }
        return runs
    }
}
