/// Something that happened; `AppState.update` is the only place state changes.
public enum Msg: Sendable, Hashable {
    case key(Key)
    case resize(Size)
}

/// What the update asks the outside world to do.
public enum Effect: Sendable, Hashable {
    case quit
    /// Clear the terminal and draw everything again.
    case fullRedraw
}
