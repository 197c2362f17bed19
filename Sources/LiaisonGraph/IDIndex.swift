/// The positions of a network's entities by ID, found from a `String` or straight from bytes.
package struct IDIndex: Sendable {
    private let symbols: SymbolTable
    /// The entity position of each symbol; -1 for a symbol that names no entity.
    private let positionOfSymbol: [Int32]

    /// An index of entities in order: entity `k` is at position `k`.
    package init(entities: [Entity]) {
        var symbols = SymbolTable()
        symbols.reserve(entities.count)
        var positions = [Int32](repeating: -1, count: entities.count)
        for (k, entity) in entities.enumerated() { positions[Int(symbols.intern(entity.id))] = Int32(k) }
        self.symbols = symbols
        positionOfSymbol = Array(positions.prefix(symbols.count))
    }

    /// An index from a builder's symbols and the position each symbol's entity took.
    package init(symbols: SymbolTable, positionOfSymbol: [Int32]) {
        self.symbols = symbols
        self.positionOfSymbol = positionOfSymbol
    }

    /// The position of the entity with this ID.
    package subscript(id: String) -> Int32? {
        guard let symbol = symbols.find(id) else { return nil }
        let position = positionOfSymbol[Int(symbol)]
        return position >= 0 ? position : nil
    }
}
