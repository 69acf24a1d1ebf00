/// An `Int` kept in 32 bits (clamped): paragraph numbers and offsets of files far smaller than 2^31
/// characters, in types a corpus holds millions of. Encodes as the plain number.
@propertyWrapper
public struct Compact32: Sendable, Hashable, Codable {
    private var value: Int32

    public init(wrappedValue: Int) { value = Int32(clamping: wrappedValue) }

    public var wrappedValue: Int {
        get { Int(value) }
        set { value = Int32(clamping: newValue) }
    }

    public init(from decoder: Decoder) throws {
        self.init(wrappedValue: try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(wrappedValue)
    }
}
