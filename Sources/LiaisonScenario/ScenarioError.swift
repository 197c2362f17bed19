import LiaisonGraph

/// A scenario that cannot be read or applied: every problem, each at its place in the script.
/// Nothing was applied.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by location.
    public var problems: [ValidationProblem]

    /// Makes an error.
    public init(problems: [ValidationProblem]) { self.problems = problems }

    /// One problem a line, then a count.
    public var description: String { NetworkError(problems: problems).description }
}
