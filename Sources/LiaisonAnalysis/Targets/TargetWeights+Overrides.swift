import LiaisonGraph

extension TargetWeights {
    /// The default weights, then the dataset's (`weights:` in dataset.yaml), then `NAME=VALUE`
    /// overrides; priority regions as given, else the dataset's.
    /// - Throws: ``AnalysisError/invalid(_:expected:)`` naming an override that is not `NAME=VALUE`
    ///   with a known criterion and a number of 0 or more.
    public init(dataset metadata: NetworkMetadata, overrides: [String] = [], priority: [String] = []) throws(AnalysisError) {
        self.init()
        for (name, value) in metadata.targetWeights { self[name] = value }
        priorityRegions = priority.isEmpty ? metadata.priorityRegions : priority
        let names = TargetWeights.criteria
        for item in overrides {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, names.contains(parts[0]), let value = Double(parts[1]), value >= 0 else {
                throw .invalid("the weight '\(item)'", expected: "write NAME=VALUE with NAME one of \(names.joined(separator: ", ")) and VALUE a number of 0 or more")
            }
            self[parts[0]] = value
        }
    }
}
