import Testing
@testable import LiaisonGraph

/// A problem prints on one line, whatever its value holds (issue 15, point 8).
@Suite struct ValidationProblemTests {
    @Test func lineBreaksAndControlCharactersAreShownEscaped() {
        let problem = ValidationProblem(location: SourceLocation(file: "cities.csv", line: 2, column: 1), value: "A\r\nB\t\u{1B}[31m",
                                        message: "unknown entity", expected: "an ID")
        #expect(problem.description == "cities.csv:2:1: unknown entity 'A\\r\\nB\\t\\u{1B}[31m'; an ID")
        #expect(!problem.description.contains("\n") && !problem.description.contains("\u{1B}"))
    }

    @Test func printableTextIsLeftAsItIs() {
        let problem = ValidationProblem(location: nil, value: "香港 Hong Kong", message: "unknown name")
        #expect(problem.description == "unknown name '香港 Hong Kong'")
    }
}
