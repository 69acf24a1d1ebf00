/// A piece of text drawn in one role.
public struct StyledRun: Sendable, Hashable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role) {
        self.text = text
        self.role = role
    }
}

/// A line made of runs, as views draw it.
public typealias StyledLine = [StyledRun]

extension ScreenBuffer {
    /// Draws runs left to right from (x, y), clipped to `width` columns; returns columns used.
    @discardableResult
    public mutating func put(_ runs: StyledLine, x: Int, y: Int, width: Int, theme: Theme, base: Style = .plain) -> Int {
        var used = 0
        for run in runs where used < width {
            used += put(run.text, x: x + used, y: y, maxWidth: width - used, style: base.merged(with: theme.style(run.role)))
        }
        return used
    }
}
