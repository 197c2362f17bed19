import ArgumentParser
import Foundation
import Liaison

/// `--lang`: the language of a planner's tables, report and maps.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language of titles, headings and names: en, zh-Hant (Traditional, as Hong Kong writes it) or zh-Hans (Simplified). Default: $LIAISON_LANG, else the dataset's language:, else en. Error messages stay in English.", valueName: "language"))
    var lang: String?

    /// The language asked for: `--lang`, else `LIAISON_LANG`, else the dataset's `language:`, else English.
    func language(dataset: DatasetOptions) throws -> Language {
        try language(datasetPath: try dataset.path())
    }

    /// The language asked for, with the dataset folder at `datasetPath` (if any) giving the last default.
    func language(datasetPath: String?) throws -> Language {
        let environment = ProcessInfo.processInfo.environment[Language.environmentVariable]
        return try Language.chosen(flag: lang, environment: environment, dataset: datasetPath.flatMap(DatasetManifest.language(ofDatasetAt:)))
    }

    /// The wording of the language asked for.
    func wording(dataset: DatasetOptions) throws -> Wording { Wording(try language(dataset: dataset)) }
}
