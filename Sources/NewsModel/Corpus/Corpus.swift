/// The articles read from one or more paths, and the files that could not be read.
public struct Corpus: Sendable, Hashable {
    /// A short name for the header: the folder or file that was opened.
    public var name: String
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(name: String, articles: [Article], problems: [LoadProblem] = []) {
        self.name = name
        self.articles = articles
        self.problems = problems
    }
}
