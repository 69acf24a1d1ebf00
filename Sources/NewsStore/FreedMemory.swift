import NewsModel

/// `NewsModel.FreedMemory`, for the store's callers (the analyser trims the heap too, between its stages).
public typealias FreedMemory = NewsModel.FreedMemory
