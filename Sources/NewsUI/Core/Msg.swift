import NewsModel

/// Something that happened; `AppState.update` is the only place state changes.
public enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    /// Loading has read `done` of `total` files.
    case loading(done: Int, total: Int)
    /// The analysed corpus is ready.
    case loaded(CorpusAnalysis)
}

/// What the update asks the outside world to do.
public enum Effect: Sendable, Hashable {
    case quit
    /// Clear the terminal and draw everything again.
    case fullRedraw
}
