/// Fields that most records leave empty, kept behind one pointer: a record pays eight bytes for
/// them while they are empty, and a heap box holding all of them once one is set.
///
/// A million cities have no host city, no Belt and Road status and no memberships; stored inline
/// those fields were half of every entity record. Empty fields are never boxed, so two values are
/// equal exactly when their fields are.
struct SparseFields<Fields: EmptyFields>: Hashable, Sendable {
    private indirect enum Box: Hashable, Sendable { case fields(Fields) }
    private var box: Box?

    /// No fields set.
    init() {}

    /// The fields; empty ones when none are set.
    var fields: Fields {
        get {
            guard case .fields(let fields)? = box else { return Fields() }
            return fields
        }
        set { box = newValue == Fields() ? nil : .fields(newValue) }
    }
}

/// A group of fields that starts empty.
protocol EmptyFields: Hashable, Sendable {
    /// Every field empty.
    init()
}
