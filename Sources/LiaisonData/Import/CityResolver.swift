import Foundation
import LiaisonGraph

/// Places a city named in a public list on a city of the world city universe
/// (`datasets/world-cities`), so that every importer and every dataset give one city one ID.
///
/// The rule, in order; the first step that gives exactly one city wins:
/// 1. **exact name**: the universe cities of the country whose name equals the list's name
///    (folded: case, accents, spaces and punctuation ignored);
/// 2. **alternate name**: those with the name among their aliases or as their Chinese name;
/// 3. **qualified name**: for "Suzhou, Jiangsu" or "Haidian (Beijing)", the cities called by the
///    part before the qualifier whose first-level division is called by the qualifier.
///
/// At each step, when the list gives coordinates, a city counts only within ``radiusKilometres``
/// of them, and of several the nearest is taken (method ``Method/coordinates``). Coordinates that
/// lie nearest a universe city of **another country** are a wrong geocode (London, Ontario
/// geocoded to England) and are set aside: the name decides as if none were given, and the match
/// says so (``Match/coordinatesSetAside``). Without
/// coordinates several cities of one name are **not** resolved: the name is ambiguous and the
/// caller keeps the place as its own. A special administrative region (Hong Kong, Macau) is a city
/// of China here, as in the universe.
public struct CityResolver: Sendable {
    /// How a name was placed.
    public enum Method: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The universe city's name.
        case exactName = "exact-name"
        /// One of its alternate names (aliases, Chinese name).
        case alternateName = "alternate-name"
        /// The name without a qualifier that names the city's first-level division.
        case qualifiedName = "qualified-name"
        /// Several cities of the name; the nearest to the list's coordinates within the radius.
        case coordinates

        /// In the order of the rule.
        public static func < (lhs: Method, rhs: Method) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Why a name was not placed.
    public enum Miss: String, Sendable, Hashable, CaseIterable, Comparable {
        /// No universe city of the country has the name.
        case noSuchName = "no-such-name"
        /// Several have it and the list gives no coordinates to choose.
        case ambiguous
        /// Cities of the name exist, but none within the radius of the list's coordinates.
        case tooFar = "too-far"

        /// In declaration order.
        public static func < (lhs: Miss, rhs: Miss) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// A placed name.
    public struct Match: Sendable, Hashable {
        /// The universe city.
        public var city: Entity
        /// How it was found.
        public var method: Method
        /// Kilometres from the list's coordinates, when given.
        public var distance: Double?
        /// Whether the list's coordinates were set aside as a wrong geocode (they lie in another country).
        public var coordinatesSetAside = false
    }

    /// The radius within which the list's coordinates confirm a city of the name: 30 km, as
    /// `scripts/build_china_network.py` uses (a city's centre and a geocode of its name can lie a
    /// district apart; two towns of one name rarely lie closer).
    public static let radiusKilometres = 30.0

    private let cities: [Entity]
    private var exact: [String: [Int32]] = [:]       // "CC|folded name" -> cities
    private var alternate: [String: [Int32]] = [:]
    private var provinceNames: [String: Set<String>] = [:]  // province ID -> folded names

    /// A resolver over the cities (and the special administrative regions) of `universe`.
    /// - Complexity: O(n + a) for n cities with a names in all.
    public init(universe: PartnershipNetwork) {
        var cities: [Entity] = []
        for entity in universe.entities {
            switch entity.kind {
            case .city:
                cities.append(entity)
            case .province:
                provinceNames[entity.id] = Set(([entity.name] + entity.aliases + [entity.nameZh].compactMap { $0 }).map(Self.key))
            case .country, .organisation:
                continue
            }
        }
        self.cities = cities
        for (index, city) in cities.enumerated() {
            guard let country = city.countryID else { continue }
            let i = Int32(index)
            let own = Self.key(city.name)
            exact["\(country)|\(own)", default: []].append(i)
            var seen: Set<String> = [own]
            for name in city.aliases + [city.nameZh].compactMap({ $0 }) {
                let key = Self.key(name)
                if !key.isEmpty, seen.insert(key).inserted { alternate["\(country)|\(key)", default: []].append(i) }
            }
        }
    }

    /// The universe city a list's name means in `countryID`, or why there is none.
    /// - Parameter location: the list's coordinates for the name, when it gives them.
    /// - Complexity: O(k) for k cities of the name.
    public func resolve(name: String, countryID: String, location: GeoPoint?) -> Result<Match, MissError> {
        let folded = Self.key(name)
        guard !folded.isEmpty else { return .failure(MissError(miss: .noSuchName)) }
        var firstMiss: MissError?
        for (table, method) in [(exact, Method.exactName), (alternate, .alternateName)] {
            let found = choose(table["\(countryID)|\(folded)"] ?? [], method: method, location: location)
            switch found {
            case .success: return found
            case .failure(let miss): if miss.miss != .noSuchName, firstMiss == nil { firstMiss = miss }
            }
        }
        if let (head, qualifier) = Self.splitQualifier(name) {
            let key = "\(countryID)|\(Self.key(head))"
            let qualifierKey = Self.key(qualifier)
            let candidates = Set((exact[key] ?? []) + (alternate[key] ?? [])).sorted().filter { index in
                cities[Int(index)].provinceID.map { provinceNames[$0]?.contains(qualifierKey) ?? false } ?? false
            }
            let found = choose(candidates, method: .qualifiedName, location: location)
            if case .success = found { return found }
            if case .failure(let miss) = found, miss.miss != .noSuchName, firstMiss == nil { firstMiss = miss }
        }
        return .failure(firstMiss ?? MissError(miss: .noSuchName))
    }

    /// Why a name was not placed, with the number of cities of the name and the nearest distance.
    public struct MissError: Error, Sendable, Hashable {
        /// The reason.
        public var miss: Miss
        /// Cities of the name (for ``Miss/ambiguous`` and ``Miss/tooFar``).
        public var candidates = 0
        /// The nearest of them, in kilometres (for ``Miss/tooFar``).
        public var nearest: Double?
    }

    private func choose(_ candidates: [Int32], method: Method, location: GeoPoint?) -> Result<Match, MissError> {
        guard !candidates.isEmpty else { return .failure(MissError(miss: .noSuchName)) }
        guard let location else {
            guard candidates.count == 1 else { return .failure(MissError(miss: .ambiguous, candidates: candidates.count)) }
            return .success(Match(city: cities[Int(candidates[0])], method: method, distance: nil))
        }
        var best: (index: Int32, distance: Double)?
        for index in candidates {
            guard let point = cities[Int(index)].attributes.location else { continue }
            let d = point.distance(to: location)
            if best == nil || d < best!.distance || (d == best!.distance && cities[Int(index)].id < cities[Int(best!.index)].id) {
                best = (index, d)
            }
        }
        guard let best else {
            // No candidate has coordinates: the name alone decides, as without coordinates.
            return choose(candidates, method: method, location: nil)
        }
        guard best.distance <= Self.radiusKilometres else {
            let country = cities[Int(candidates[0])].countryID
            if let nearest = nearestCity(to: location), nearest.countryID != country,
               case .success(var match) = choose(candidates, method: method, location: nil) {
                match.coordinatesSetAside = true
                return .success(match)
            }
            return .failure(MissError(miss: .tooFar, candidates: candidates.count, nearest: best.distance))
        }
        return .success(Match(city: cities[Int(best.index)], method: candidates.count > 1 ? .coordinates : method, distance: best.distance))
    }

    /// The universe city nearest a point.
    /// - Complexity: O(n): used only for names whose coordinates are far from every city of the name.
    private func nearestCity(to point: GeoPoint) -> Entity? {
        var best: (city: Entity, distance: Double)?
        for city in cities {
            guard let location = city.attributes.location else { continue }
            let d = location.distance(to: point)
            if best == nil || d < best!.distance { best = (city, d) }
        }
        return best?.city
    }

    /// ("Suzhou", "Jiangsu") for "Suzhou, Jiangsu" and ("Haidian", "Beijing") for "Haidian (Beijing)".
    static func splitQualifier(_ name: String) -> (head: String, qualifier: String)? {
        if let split = splitParenthesis(name) { return split }
        if let comma = name.firstIndex(of: ",") {
            let head = String(name[..<comma]).trimmingWhitespace()
            let qualifier = String(name[name.index(after: comma)...]).trimmingWhitespace()
            return head.isEmpty || qualifier.isEmpty ? nil : (head, qualifier)
        }
        return nil
    }

    /// ("Haidian", "Beijing") for "Haidian (Beijing)"; nil without a closing parenthesised qualifier.
    static func splitParenthesis(_ name: String) -> (head: String, qualifier: String)? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let head = String(name[..<open]).trimmingWhitespace()
        let qualifier = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingWhitespace()
        return head.isEmpty || qualifier.isEmpty ? nil : (head, qualifier)
    }

    /// Latin letters with diacritics (Latin-1, Latin Extended-A and -B, Latin Extended Additional) and
    /// their folded forms: "é" → "e", "Ł" → "l", "ß" → "ss" as Foundation's case- and
    /// diacritic-insensitive folding gives them, keeping letters and digits only.
    private static let latinFold: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { continue }
            let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            table[UInt32(value)] = String(String.UnicodeScalarView(folded))
        }
        return table
    }()

    /// The name's letters and digits, lower case, without accents: "Sant Julià de Lòria" and
    /// "sant-julia de loria" give the same key. Names in other scripts keep their characters.
    /// - Complexity: O(length); ASCII names take a fast path.
    public static func key(_ name: String) -> String {
        var ascii = true
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            if byte >= 0x80 { ascii = false; break }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(byte)
            default: continue
            }
        }
        if ascii { return String(decoding: out, as: UTF8.self) }
        // Latin letters with diacritics fold through a table made once; other letters and digits
        // (Cyrillic, Han...) are kept, lower-cased; combining marks, spaces and punctuation are dropped.
        var result = ""
        result.unicodeScalars.reserveCapacity(name.unicodeScalars.count)
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(value + 32)!)
                case 0x61...0x7A, 0x30...0x39: result.unicodeScalars.append(scalar)
                default: continue
                }
            } else if let folded = latinFold[value] {
                result.unicodeScalars.append(contentsOf: folded.unicodeScalars)
            } else if (0x300...0x36F).contains(value) {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.isUppercase { result += scalar.properties.lowercaseMapping } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
