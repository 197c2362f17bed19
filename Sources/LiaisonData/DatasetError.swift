import LiaisonGraph

/// A dataset that cannot be loaded: every problem found in one pass, each with its location.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    /// Every problem, sorted by file, line and column.
    public var problems: [ValidationProblem]

    /// Makes an error from problems.
    public init(problems: [ValidationProblem]) { self.problems = problems }

    /// Makes an error from one problem.
    public init(_ problem: ValidationProblem) { self.problems = [problem] }

    /// One problem a line, then a count.
    public var description: String { NetworkError(problems: problems).description }
}
