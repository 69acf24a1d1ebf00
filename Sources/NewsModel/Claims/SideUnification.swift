extension ConflictFinder {
    /// Within each article, a side that is itself a source with a side of its own takes that side:
    /// "Colonel X, the ministry's spokesman" speaks for "Kyrgyzstan's defence ministry", which speaks
    /// for Kyrgyzstan, so X and the ministry are one side, not two voices to pair.
    static func unifySides(_ profiles: inout [Profile], claims: ClaimList) {
        for l in 0..<claims.articleCount where claims.range(of: l).count >= 2 {
            let range = claims.range(of: l)
            var sideOf: [Int32: Int32] = [:]
            for i in range where profiles[i].sideKey != profiles[i].speakerKey {
                sideOf[profiles[i].speakerKey] = profiles[i].sideKey
            }
            guard !sideOf.isEmpty else { continue }
            for i in range {
                // (Two steps at most: a spokesman's body's country.)
                var side = profiles[i].sideKey
                for _ in 0..<2 {
                    guard let next = sideOf[side], next != side else { break }
                    side = next
                }
                profiles[i].sideKey = side
            }
        }
    }
}
