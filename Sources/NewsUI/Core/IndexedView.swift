/// The elements of `base` at `indices`, without copying them: views show a filtered list by
/// reading only the rows they draw.
struct IndexedView<Base: RandomAccessCollection>: RandomAccessCollection where Base.Index == Int {
    typealias Element = Base.Element
    let indices_: [Int]
    let base: Base

    init(_ indices: [Int], of base: Base) {
        self.indices_ = indices
        self.base = base
    }

    var startIndex: Int { 0 }
    var endIndex: Int { indices_.count }
    subscript(position: Int) -> Element { base[indices_[position]] }
}
