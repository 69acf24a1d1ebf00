import Foundation

/// A news article as read from one file: metadata plus its paragraphs.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier within a corpus (derived from the file name).
    public var id: String
    /// Where the article came from (a file path), or nil when built in memory.
    public var path: String?
    public var title: String
    /// The sub-headline; empty when the source has none.
    public var standfirst: String
    public var outlet: String?
    /// ISO 8601 calendar date (yyyy-MM-dd) when one was found.
    public var date: String?
    public var url: String?
    public var paragraphs: [Paragraph]
    /// The input format the article was parsed from.
    public var format: ArticleFormat
    /// Where the title and standfirst sit in the source text (Unicode scalar offsets).
    public var titleRange: Range<Int>
    public var standfirstRange: Range<Int>

    public init(
        id: String, path: String? = nil, title: String, standfirst: String = "",
        outlet: String? = nil, date: String? = nil, url: String? = nil,
        paragraphs: [Paragraph], format: ArticleFormat = .plainText,
        titleRange: Range<Int> = 0..<0, standfirstRange: Range<Int> = 0..<0
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.standfirst = standfirst
        self.outlet = outlet
        self.date = date
        self.url = url
        self.paragraphs = paragraphs
        self.format = format
        self.titleRange = titleRange
        self.standfirstRange = standfirstRange
    }

    /// The paragraphs that carry the article's own prose (body, headings, posts and captions).
    public var contentParagraphs: [Paragraph] {
        paragraphs.filter { $0.kind != .source && $0.kind != .readMore }
    }
}

/// One paragraph of an article with its place in the source text.
/// (Its numbers are stored in 32 bits: files are far smaller than 2^31 characters.)
public struct Paragraph: Sendable, Hashable {
    /// Exactly the source text between `start` and `end`.
    public var text: String
    /// Position in the article's paragraph list, from 0.
    @Compact32 public var index: Int
    /// Unicode scalar offset of the first character in the decoded source text.
    @Compact32 public var start: Int
    /// Unicode scalar offset just past the last character (exclusive).
    @Compact32 public var end: Int
    public var kind: ParagraphKind

    public init(index: Int, kind: ParagraphKind, text: String, start: Int, end: Int) {
        self.text = text
        self.index = index
        self.start = start
        self.end = end
        self.kind = kind
    }
}

extension Paragraph: Codable {}

/// What role a paragraph plays in the article.
public enum ParagraphKind: String, Sendable, Hashable, Codable, CaseIterable {
    case body
    /// A cross-heading inside the article.
    case heading
    /// A photo caption, recognised by its trailing credit such as "(AFP)".
    case caption
    /// The text of an embedded social-media post.
    case post
    /// The "— Name (@handle) Date" line under an embedded post.
    case postAttribution = "post-attribution"
    /// A trailing "Read more: ..." line.
    case readMore = "read-more"
    /// A trailing "Source: outlet, date, url" line.
    case source
    /// A line that holds only the publication date.
    case dateline
}

/// The input formats newstui reads.
public enum ArticleFormat: String, Sendable, Hashable, Codable {
    /// Line 1 headline, line 2 standfirst, a "-" line, then one paragraph a line.
    case seed
    /// A title line, then paragraphs separated by blank lines.
    case plainText = "plain-text"
}
