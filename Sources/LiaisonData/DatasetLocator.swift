import Foundation

/// Finds the embedded datasets when no folder is named: `LIAISON_DATASETS`, then `datasets/`
/// in the working folder or any folder above it, then beside the executable's package.
public enum DatasetLocator {
    /// The default dataset's folder name.
    public static let defaultDataset = "hong-kong"

    /// The folder holding the embedded datasets, or nil when none is found.
    public static func datasetsFolder() -> String? {
        if let env = ProcessInfo.processInfo.environment["LIAISON_DATASETS"], FileAccess.isFolder(env) { return env }
        var candidates: [URL] = []
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<8 { candidates.append(folder); folder.deleteLastPathComponent() }
        // The executable lives in .build/<config>/liaison inside the package.
        var executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 { candidates.append(executable); executable.deleteLastPathComponent() }
        for candidate in candidates {
            let path = candidate.appendingPathComponent("datasets").path
            if FileAccess.isFile(DatasetLoader.join(DatasetLoader.join(path, defaultDataset), "dataset.yaml")) { return path }
        }
        return nil
    }

    /// The folder of the default dataset, or of a named one (`liaocheng`) among the embedded ones;
    /// a path is returned as it is.
    public static func resolve(_ name: String?) -> String? {
        if let name, name.contains("/") || FileAccess.isFolder(name) || FileAccess.isFile(name) { return name }
        guard let folder = datasetsFolder() else { return name }
        return DatasetLoader.join(folder, name ?? defaultDataset)
    }
}
