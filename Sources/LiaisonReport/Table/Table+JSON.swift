extension TableValue {
    /// The value for programs: numbers as numbers, entities as `{"id", "name"}`, explanations as
    /// objects of their fields, lists as arrays.
    var json: JSONValue {
        switch self {
        case let .text(value): return .string(value)
        case let .integer(value): return .integer(value)
        case let .number(value, _): return .from(value)
        case .missing, .notAvailable: return .null
        case let .entity(id, name): return .object([("id", .string(id)), ("name", .string(name))])
        case let .list(values, _): return .array(values.map(\.json))
        case let .record(fields, _): return .object(fields.map { ($0.key, $0.value.json) })
        }
    }
}

extension Table {
    /// One row as a JSON object: plain columns by key, member columns gathered under their key.
    func jsonRow(_ row: [TableValue]) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        var objects: [String: Int] = [:]
        for (column, value) in zip(fields, row) {
            guard let member = column.member else {
                members.append((column.key, value.json))
                continue
            }
            if let at = objects[column.key], case var .object(inner) = members[at].value {
                inner.append((member, value.json))
                members[at].value = .object(inner)
            } else {
                objects[column.key] = members.count
                members.append((column.key, .object([(member, value.json)])))
            }
        }
        return .object(members)
    }

    /// The table as JSON: its group (if any), title, total rows (when only the first are shown)
    /// and rows.
    var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if !group.isEmpty { members.append(("group", .object(group.map { ($0.key, $0.value.json) }))) }
        members.append(("title", .string(title)))
        if let totalRows { members.append(("total_rows", .integer(totalRows))) }
        members.append(("rows", .array(values.map(jsonRow))))
        return .object(members)
    }
}
