/// The elements of `base` at `indices`, without copying them: views show a filtered list by
/// reading only the rows they draw.
struct IndexedView<Element>: RandomAccessCollection {
    let indices_: [Int]
    let base: [Element]

    init(_ indices: [Int], of base: [Element]) {
        self.indices_ = indices
        self.base = base
    }

    var startIndex: Int { 0 }
    var endIndex: Int { indices_.count }
    subscript(position: Int) -> Element { base[indices_[position]] }
}
