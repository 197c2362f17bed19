/// The words of a `dot` drawing's tables of entities that share all their ties
/// (``LeafFanFolding``), in the drawing's language and script.
extension MapText {
    /// The legend's note: how many entities are listed in how many tables, and how their ties are drawn.
    func folded(_ entities: Int, tables: Int) -> String {
        phrase("\(entities) entities with the same ties listed in \(tables) tables; each shared tie drawn once, with its count",
               "\(entities) 个联系相同的实体列入 \(tables) 个表格；共同的联系只画一条，注明数目")
    }
}
