/// Finds the line and the columns of the records of one file, on demand.
///
/// A loader that reads a million rows keeps one locator per file and hands out
/// ``RecordOrigin``s that are only a reference and a record number; columns are worked out
/// only for the few records that have a problem.
public protocol RecordLocator: AnyObject, Sendable {
    /// The file's path as the user gave it.
    var file: String { get }
    /// The 1-based line a record starts on.
    func line(ofRecord record: Int) -> Int
    /// The location of a named field of a record, when the record has that field.
    func location(ofField field: String, inRecord record: Int) -> SourceLocation?
}

/// Where a record came from: a file, a line and the column of each of its fields.
///
/// Builders and loaders attach origins to records so that every problem can name the file,
/// line and column of the bad value.
public struct RecordOrigin: Sendable {
    /// What finds the record's fields.
    public let locator: any RecordLocator
    /// The record's number, as its locator counts them.
    public let record: Int

    /// Makes an origin from the column each named field starts at.
    public init(file: String, line: Int, columns: [String: Int] = [:]) {
        locator = FixedRecordLocator(file: file, line: line, columns: columns)
        record = 0
    }

    /// Makes an origin for one record of a locator.
    public init(locator: any RecordLocator, record: Int) {
        self.locator = locator
        self.record = record
    }

    /// The file's path as the user gave it.
    public var file: String { locator.file }
    /// The 1-based line the record starts on.
    public var line: Int { locator.line(ofRecord: record) }

    /// The 1-based column a field starts at, when known.
    public func column(ofField field: String) -> Int? {
        locator.location(ofField: field, inRecord: record)?.column
    }

    /// The location of one field of the record (the record's line, column 1, when the field is
    /// not known).
    public func location(ofField field: String?) -> SourceLocation {
        field.flatMap { locator.location(ofField: $0, inRecord: record) }
            ?? SourceLocation(file: file, line: line, column: 1)
    }
}

/// One record whose field columns are given.
final class FixedRecordLocator: RecordLocator {
    let file: String
    let line: Int
    let columns: [String: Int]

    init(file: String, line: Int, columns: [String: Int]) {
        self.file = file
        self.line = line
        self.columns = columns
    }

    func line(ofRecord record: Int) -> Int { line }

    func location(ofField field: String, inRecord record: Int) -> SourceLocation? {
        columns[field].map { SourceLocation(file: file, line: line, column: $0) }
    }
}
