import LiaisonText

/// A report: a title, an introduction, and sections of prose, tables and figures, written as one
/// self-contained HTML page (``HTMLReportWriter``) or as Markdown (``MarkdownReportWriter``).
public struct ReportDocument: Sendable {
    /// The page's title.
    public var title: String
    /// A line under the title (dataset, date).
    public var subtitle: String
    /// The sections, in order.
    public var sections: [ReportSection]
    /// The language it is written in (the HTML page's `lang`).
    public var language: Language

    /// Makes a document.
    public init(title: String, subtitle: String = "", sections: [ReportSection] = [], language: Language = .english) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.language = language
    }
}

/// One section of a report.
public struct ReportSection: Sendable {
    /// The heading.
    public var heading: String
    /// Paragraphs of prose before the tables.
    public var paragraphs: [String]
    /// Figures, each an SVG picture with a caption.
    public var figures: [ReportFigure]
    /// Tables.
    public var tables: [Table]
    /// For each paragraph, the anchor of the section it sums up, or nil: a key finding links to the
    /// section that holds its evidence. Empty when no paragraph links.
    public var paragraphLinks: [String?] = []

    /// Makes a section.
    public init(heading: String, paragraphs: [String] = [], figures: [ReportFigure] = [], tables: [Table] = []) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.figures = figures
        self.tables = tables
    }

    /// The anchor of the section in the page.
    public var anchor: String {
        let allowed = heading.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(allowed).split(separator: "-").joined(separator: "-")
    }
}

/// A picture in a report: SVG text, a caption, and the file it was also written to, if any.
public struct ReportFigure: Sendable {
    /// The SVG document.
    public var svg: String
    /// What the picture shows.
    public var caption: String
    /// The file name of the picture beside the report (for the Markdown form), if written.
    public var fileName: String?

    /// Makes a figure.
    public init(svg: String, caption: String, fileName: String? = nil) {
        self.svg = svg
        self.caption = caption
        self.fileName = fileName
    }
}
