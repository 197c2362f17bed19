import Synchronization

/// The entities of a network by lower-cased ID, name, Chinese name and alias, built once, on the
/// first lookup, by whichever thread asks first.
final class NameIndex: Sendable {
    private let entities: [Entity]
    private let built = Mutex<[String: [Int32]]?>(nil)

    init(entities: [Entity]) { self.entities = entities }

    /// The index, built now if no one asked before.
    var index: [String: [Int32]] {
        built.withLock { index in
            if let index { return index }
            let made = Self.make(entities)
            index = made
            return made
        }
    }

    private static func make(_ entities: [Entity]) -> [String: [Int32]] {
        var index = [String: [Int32]](minimumCapacity: 2 * entities.count)
        for (i, entity) in entities.enumerated() {
            let k = Int32(i)
            // Each entity once per lower-cased name; entities come in order, so a repeat is the last.
            func add(_ name: String) {
                let key = name.lowercased()
                if index[key]?.last != k { index[key, default: []].append(k) }
            }
            add(entity.id)
            add(entity.name)
            for alias in entity.aliases { add(alias) }
            if let zh = entity.nameZh { add(zh) }
        }
        return index
    }
}
