import NewsModel

/// Something that happened; `AppState.update` is the only place state changes.
public enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    /// Loading has read `done` of `total` files.
    case loading(done: Int, total: Int)
    /// The articles read so far, not yet analysed: shown while the analysis runs.
    case preview(CorpusAnalysis)
    /// The last run's analysis (from the corpus snapshot), shown while the files are checked.
    case provisional(CorpusAnalysis)
    /// The files were checked and none had changed: the provisional analysis stands.
    case verified
    /// The analysed corpus is ready.
    case loaded(CorpusAnalysis)
}

/// What the update asks the outside world to do.
public enum Effect: Sendable, Hashable {
    case quit
    /// Clear the terminal and draw everything again.
    case fullRedraw
}
