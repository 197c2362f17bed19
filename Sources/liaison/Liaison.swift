import ArgumentParser
import Foundation
import Liaison

/// The `liaison` command: the partnership networks of cities.
@main
struct LiaisonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Analyse the partnership networks of cities: sister cities, offices, Belt and Road and diaspora ties.",
        discussion: """
            Every command reads the embedded default dataset (datasets/hong-kong) unless --dataset names another folder.

            Exit codes: 0 success; 1 a usage or analysis problem; 2 invalid input data.
            """,
        version: LiaisonVersion.current,
        subcommands: [
            Summary.self,
            Validate.self,
            Export.self,
            Generate.self,
            Import.self,
            Init.self,
            Gaps.self,
            Render.self,
            Targets.self,
            PlanCommand.self,
            ReportCommand.self,
            ScenarioCommand.self,
            CentralityCommand.self,
            StatsCommand.self,
            CommunitiesCommand.self,
            ConnectorCommand.self,
            TimelineCommand.self,
        ])

    /// Runs the command and maps errors to the documented exit codes.
    static func main() {
        do {
            var command = try parseAsRoot()
            ProgressDisplay.shared.configure(quiet: (command as? ShowsProgress)?.progressOptions.quiet ?? true)
            try command.run()
            ProgressDisplay.shared.finish()
        } catch let error as DatasetError {
            printError(error.description)
            Foundation.exit(ExitStatus.invalidInput)
        } catch let error as CommandFailure {
            printError(error.message)
            Foundation.exit(error.status)
        } catch let error as OutputError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as ViewError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as CentralityError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as ScenarioError {
            printError(error.description)
            Foundation.exit(ExitStatus.invalidInput)
        } catch let error as AnalysisError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as DatasetLocatorError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as LookupError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as ScriptError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as ReportError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help and --version print and succeed
            }
            printError(fullMessage(for: error))
            Foundation.exit(ExitStatus.usage)
        }
    }
}

/// The documented exit codes.
enum ExitStatus {
    static let usage: Int32 = 1
    static let invalidInput: Int32 = 2
}

/// A failure with a message and an exit code, turned into words in one place.
struct CommandFailure: Error {
    var message: String
    var status: Int32 = ExitStatus.usage
}

func printError(_ message: String) {
    ProgressDisplay.shared.finish()
    // Byte by byte, not Foundation's replacingOccurrences or a split into Characters: each took a
    // third of the time of a validation with a million problems.
    let prefix = Array("liaison: ".utf8)
    var bytes = prefix
    bytes.reserveCapacity(message.utf8.count + prefix.count * 64)
    for byte in message.utf8 {
        bytes.append(byte)
        if byte == UInt8(ascii: "\n") { bytes += prefix }
    }
    bytes.append(UInt8(ascii: "\n"))
    FileHandle.standardError.write(Data(bytes))
}
