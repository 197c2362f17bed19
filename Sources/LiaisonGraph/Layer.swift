/// A type of tie. Five layers are built in; a dataset may define more.
public struct Layer: Sendable, Hashable, Identifiable {
    /// The short ID used in files and on the command line (`sister`).
    public var id: String
    /// A readable name.
    public var name: String
    /// What a tie of this layer means.
    public var description: String

    /// Makes a layer.
    public init(id: String, name: String, description: String = "") {
        self.id = id
        self.name = name
        self.description = description
    }

    /// Sister or friendship cities (友好城市): formal, long-term, one-to-one.
    public static let sister = Layer(id: "sister", name: "Sister / friendship city",
        description: "A formal sister or friendship city or province agreement (友好城市)")
    /// Friendly-cooperation cities (友好合作關係城市): a lighter tie approved locally.
    public static let cooperation = Layer(id: "cooperation", name: "Friendly cooperation",
        description: "A friendly-cooperation or friendly-exchange relationship, or a memorandum of cooperation")
    /// An office's coverage: from the office to the places it represents its government to.
    public static let eto = Layer(id: "eto", name: "ETO coverage",
        description: "An Economic and Trade Office's coverage of a country, province or organisation")
    /// Belt and Road links: cooperation documents and city-level routes.
    public static let bri = Layer(id: "bri", name: "Belt and Road",
        description: "A Belt and Road cooperation document or city-level link")
    /// Diaspora ties: associations that link a home place to its communities abroad.
    public static let diaspora = Layer(id: "diaspora", name: "Diaspora",
        description: "A link from a home place or association to an overseas Chinese community")

    /// The built-in layers, in their canonical order.
    public static let builtIn: [Layer] = [.sister, .cooperation, .eto, .bri, .diaspora]
}

/// The stage a tie has reached, in the order of the procedure (first contact, letter of intent,
/// signing), plus the states after it.
public enum TieStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Proposed or under study; nothing signed.
    case proposed
    /// A letter of intent signed.
    case intent
    /// Signed and in use.
    case active
    /// Signed but with no recent exchanges: "stays on paper".
    case dormant
    /// Terminated or lapsed.
    case ended

    /// Orders statuses by their place in the procedure.
    public static func < (lhs: TieStatus, rhs: TieStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether the tie exists on paper at least (intent signed, active or dormant).
    public var isInForce: Bool { self == .active || self == .dormant || self == .intent }
}

/// The exchange areas of Sister Cities International; a dataset may define more.
public enum ExchangeArea {
    /// Arts and culture; youth and education; business and trade; community development and
    /// technology exchange.
    public static let builtIn = ["culture", "education", "business", "technology"]
}
