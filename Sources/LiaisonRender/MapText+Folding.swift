/// The words of a `dot` drawing's tables of entities that share all their ties
/// (``LeafFanFolding``), in the drawing's language and script.
extension MapText {
    /// The legend's note: how many entities are listed in how many tables, and how their ties are drawn.
    func folded(_ entities: Int, tables: Int) -> String {
        phrase("lists of entities with the same ties: \(tables) (\(entities) entities), each shared tie drawn once with its count",
               "联系相同的实体列表：\(tables) 个（共 \(entities) 个实体），共同的联系只画一条，注明数目")
    }
}
