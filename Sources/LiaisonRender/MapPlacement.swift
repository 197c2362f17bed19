import Foundation
import LiaisonGraph

/// Where each entity sits on a map, and the map's frame.
///
/// Every entity is placed: at its own location; else at a borrowed one (an office at its host
/// city, a province at its seat, the city the data mark as its capital, else its most populous
/// city with a location, else at its country's place); a country, or an entity that borrows a
/// country's place, sits at the centre of that country's land on the basemap rather than at its
/// capital, so that a country's provinces gather over its land. Entities sharing one borrowed place
/// sit on a sunflower spiral around it. Only an entity with no place anywhere (no location, no
/// host, no country on the basemap) goes into a row along the map's bottom edge.
///
/// The map is centred on the meridian opposite the widest empty band of longitude, so that a
/// network around the Pacific is not cut in two; it is cropped to the placed entities and the
/// arcs of their ties, with a margin, at a landscape aspect ratio. Positions are in points, ready
/// for `pos="x,y!"`; (0, 0) is the frame's lower left corner.
struct MapPlacement: Sendable {
    /// Positions in points, by entity ID.
    var positions: [String: MapPoint]
    /// For entities placed at another entity's location, that entity's ID.
    var borrowedFrom: [String: String]
    /// Entities with no place anywhere, in ID order, in a row along the bottom edge.
    var unplaced: [String]
    /// Each drawn tie's path in points, by the index of its edge in the model; nil for a tie
    /// with an unplaced end or a loop. Two points for a short tie; a great-circle arc for a long one.
    var paths: [[MapPoint]?]
    /// The projection.
    let projection: MapProjection
    /// The longitude at the map's centre, in degrees.
    let centralMeridian: Double
    /// Points per map unit.
    let scale: Double
    /// The map point drawn at (0, 0).
    let origin: MapPoint
    /// The frame in map units.
    let extent: MapExtent
    /// The frame's size in points.
    let width: Double, height: Double

    /// The longer side of the map at most, in points.
    static let mapWidth = 1150.0
    /// The shorter side's limit, in points.
    static let mapHeight = 720.0
    /// The spacing of entities that share one borrowed location, in points.
    static let spacing = 9.0
    /// Ties longer than this, in degrees of arc, are drawn as great-circle arcs.
    static let arcThreshold = 8.0

    /// Places the model's nodes and the paths of its edges.
    /// - Complexity: O(n + m·k) for n nodes, m edges and k ≤ 48 samples per arc.
    init(_ model: DrawingModel, projection: MapProjection, bundling: TieBundling = .none, basemap: Basemap = .naturalEarth110) {
        self.projection = projection
        // 1. A place on the globe for every entity that has one, own or borrowed.
        var geo: [String: GeoPoint] = [:]
        var anchorOf: [String: String] = [:]
        var unplaced: [String] = []
        let seats = Self.provinceSeats(of: Set(model.nodes.lazy.map(\.entity).filter { $0.kind == .province && $0.attributes.location == nil }.map(\.id)),
                                       in: model.networks[0])
        for node in model.nodes {
            let e = node.entity
            if let location = e.attributes.location {
                geo[e.id] = location
            } else if e.kind == .country, let centre = basemap.centres[e.id] {
                geo[e.id] = centre
            } else if let seat = seats[e.id], let location = seat.attributes.location {
                geo[e.id] = location
                anchorOf[e.id] = seat.id
            } else if let (anchor, place) = Self.borrowedPlace(of: e, in: model, basemap: basemap) {
                geo[e.id] = place
                anchorOf[e.id] = anchor
            } else {
                unplaced.append(e.id)
            }
        }
        unplaced.sort()

        // 2. The central meridian: opposite the middle of the widest empty band of longitude,
        //    unless that band already holds the antimeridian.
        let c = Self.centralMeridian(for: Array(geo.values))
        centralMeridian = c
        func mapPoint(_ g: GeoPoint) -> MapPoint {
            projection.project(GeoPoint(latitude: g.latitude, longitude: Self.wrapped(g.longitude - c)))
        }

        // 3. Arcs in map units, from the places (offsets come later, in points).
        var mapPaths: [[MapPoint]?] = []
        for edge in model.edges {
            guard edge.tie.from != edge.tie.to, let a = geo[edge.tie.from], let b = geo[edge.tie.to] else { mapPaths.append(nil); continue }
            mapPaths.append(Self.arc(from: a, to: b, centralMeridian: c).map(mapPoint))
        }

        // 4. The frame: the places and arcs, a margin, a landscape shape, inside the world.
        var points = geo.values.map(mapPoint)
        for path in mapPaths { if let path { points += path } }
        let extent = Self.frame(around: points, projection: projection)
        let scale = min(Self.mapWidth / (extent.maxX - extent.minX), Self.mapHeight / (extent.maxY - extent.minY))
        let origin = MapPoint(x: extent.minX, y: extent.minY)
        func page(_ p: MapPoint) -> MapPoint { MapPoint(x: (p.x - origin.x) * scale, y: (p.y - origin.y) * scale) }

        // 5. Positions in points; entities that share a borrowed place on a sunflower (Vogel)
        //    spiral around it, evenly packed, hiding neither the place nor each other.
        var offsets: [String: MapPoint] = [:]
        var perAnchor: [String: Int] = [:]
        for node in model.nodes {
            guard let anchor = anchorOf[node.entity.id] else { continue }
            let k = perAnchor[anchor, default: 0] + 1
            perAnchor[anchor] = k
            let radius = Self.spacing * Double(k).squareRoot()
            let angle = Double(k) * 2.399963229728653
            offsets[node.entity.id] = MapPoint(x: radius * cos(angle), y: radius * sin(angle))
        }
        var positions: [String: MapPoint] = [:]
        for (id, g) in geo {
            let p = page(mapPoint(g)), o = offsets[id] ?? MapPoint(x: 0, y: 0)
            positions[id] = MapPoint(x: p.x + o.x, y: p.y + o.y)
        }
        let width = (extent.maxX - extent.minX) * scale, height = (extent.maxY - extent.minY) * scale
        for (i, id) in unplaced.enumerated() {
            positions[id] = MapPoint(x: 16 + Double(i % 40) * 18, y: 14 + Double(i / 40) * 18)
        }

        // 6. Paths in points: each arc carries its ends' spiral offsets along, so that it meets
        //    the markers where they are drawn.
        var paths: [[MapPoint]?] = []
        for (i, edge) in model.edges.enumerated() {
            guard let path = mapPaths[i] else { paths.append(nil); continue }
            let oa = offsets[edge.tie.from] ?? MapPoint(x: 0, y: 0), ob = offsets[edge.tie.to] ?? MapPoint(x: 0, y: 0)
            let last = Double(max(1, path.count - 1))
            paths.append(path.enumerated().map { k, p in
                let t = Double(k) / last, q = page(p)
                return MapPoint(x: q.x + oa.x * (1 - t) + ob.x * t, y: q.y + oa.y * (1 - t) + ob.y * t)
            })
        }
        if case .corridors = bundling { paths = Self.bundled(paths, edges: model.edges, positions: positions, cell: max(width, height) / 10) }

        self.positions = positions
        self.borrowedFrom = anchorOf
        self.unplaced = unplaced
        self.paths = paths
        self.scale = scale
        self.origin = origin
        self.extent = extent
        self.width = width
        self.height = height
    }

    /// A place in map units, through the projection about the central meridian.
    func map(_ g: GeoPoint) -> MapPoint {
        projection.project(GeoPoint(latitude: g.latitude, longitude: Self.wrapped(g.longitude - centralMeridian)))
    }

    /// A map point in points on the page.
    func page(_ p: MapPoint) -> MapPoint {
        MapPoint(x: (p.x - origin.x) * scale, y: (p.y - origin.y) * scale)
    }

    /// A longitude difference into [-180, 180).
    static func wrapped(_ longitude: Double) -> Double {
        var l = longitude.truncatingRemainder(dividingBy: 360)
        if l >= 180 { l -= 360 }
        if l < -180 { l += 360 }
        return l
    }

    /// The seat of each of `provinces` in `network`: the city with a location that the data mark as
    /// the province's capital (level `provincial-capital`, else a national `capital` in it), else
    /// its most populous city with a location (ties broken by ID); provinces with no such city are
    /// left out. So the 50 US states of Hong Kong's network sit at their capitals, not in a
    /// honeycomb over the middle of the country.
    /// - Complexity: O(n) over the network's entities when `provinces` is not empty.
    static func provinceSeats(of provinces: Set<String>, in network: PartnershipNetwork) -> [String: Entity] {
        guard !provinces.isEmpty else { return [:] }
        func rank(_ city: Entity) -> (Int, Int) {
            let level = city.attributes.level == "provincial-capital" ? 2 : city.attributes.level == "capital" ? 1 : 0
            return (level, city.attributes.population ?? 0)
        }
        var seats: [String: Entity] = [:]
        for city in network.entities where city.kind == .city && city.attributes.location != nil {
            guard let province = city.provinceID, provinces.contains(province) else { continue }
            if let seat = seats[province], rank(seat) > rank(city) || (rank(seat) == rank(city) && seat.id < city.id) { continue }
            seats[province] = city
        }
        return seats
    }

    /// The anchor an entity without a location is drawn at, and its place: its host city, its
    /// province, its country (at the centre of the country's land), or the entity it represents.
    private static func borrowedPlace(of e: Entity, in model: DrawingModel, basemap: Basemap) -> (String, GeoPoint)? {
        for candidate in [e.hostCityID, e.provinceID, e.countryID, e.representsID].compactMap({ $0 }) {
            let anchor = model.entity(candidate)
            if anchor?.kind == .country || (anchor == nil && candidate == e.countryID), let centre = basemap.centres[candidate] {
                return (candidate, centre)
            }
            if let location = anchor?.attributes.location { return (candidate, location) }
        }
        return nil
    }

    /// The central meridian, a multiple of 10°: 0 when the widest gap between the places'
    /// longitudes spans the antimeridian or is narrower than 100°, else opposite that gap's middle.
    static func centralMeridian(for places: [GeoPoint]) -> Double {
        let longitudes = places.map(\.longitude).sorted()
        guard let first = longitudes.first, let last = longitudes.last, longitudes.count > 1 else { return 0 }
        var widest = (gap: first + 360 - last, middle: last + (first + 360 - last) / 2)
        for i in 1..<longitudes.count where longitudes[i] - longitudes[i - 1] > widest.gap {
            widest = (longitudes[i] - longitudes[i - 1], (longitudes[i] + longitudes[i - 1]) / 2)
        }
        let seam = wrapped(widest.middle)
        // Keep the familiar Greenwich-centred map when the antimeridian lies in the widest gap,
        // or when no gap is wide (a worldwide network: turning the map would only cut another
        // continent at its edge).
        if abs(abs(seam) - 180) <= widest.gap / 2 || widest.gap < 100 { return 0 }
        return (wrapped(seam + 180) / 10).rounded() * 10
    }

    /// The great-circle arc between two places as places about the central meridian, or the two
    /// ends alone when the tie is short or its arc would cross the map's edge (then it is drawn
    /// straight, the long way, rather than leaving the map).
    static func arc(from a: GeoPoint, to b: GeoPoint, centralMeridian c: Double) -> [GeoPoint] {
        func vector(_ g: GeoPoint) -> (Double, Double, Double) {
            let phi = g.latitude * .pi / 180, lambda = g.longitude * .pi / 180
            return (cos(phi) * cos(lambda), cos(phi) * sin(lambda), sin(phi))
        }
        let u = vector(a), v = vector(b)
        let dot = max(-1, min(1, u.0 * v.0 + u.1 * v.1 + u.2 * v.2))
        let omega = acos(dot)
        let degrees = omega * 180 / .pi
        guard degrees >= arcThreshold, sin(omega) > 1e-6 else { return [a, b] }
        let n = min(48, max(8, Int(degrees / 2.5)))
        var samples: [GeoPoint] = []
        for k in 0...n {
            let t = Double(k) / Double(n)
            let wa = sin((1 - t) * omega) / sin(omega), wb = sin(t * omega) / sin(omega)
            let x = wa * u.0 + wb * v.0, y = wa * u.1 + wb * v.1, z = wa * u.2 + wb * v.2
            samples.append(GeoPoint(latitude: atan2(z, (x * x + y * y).squareRoot()) * 180 / .pi, longitude: atan2(y, x) * 180 / .pi))
        }
        samples[0] = a
        samples[n] = b
        for k in 1...n where abs(wrapped(samples[k].longitude - c) - wrapped(samples[k - 1].longitude - c)) > 180 {
            return [a, b]
        }
        return samples
    }

    /// The frame around `points`: a margin of 8% across and 7% up (at least 6 and 5 units), at least 40 × 24 units, a
    /// width 1.25 to 2.2 times the height, shifted (not cut) to stay inside the world.
    static func frame(around points: [MapPoint], projection: MapProjection) -> MapExtent {
        let north = projection.project(GeoPoint(latitude: 90, longitude: 0)).y
        let world = MapExtent(minX: -180, maxX: 180, minY: -north, maxY: north)
        guard let firstPoint = points.first else { return world }
        var e = MapExtent(minX: firstPoint.x, maxX: firstPoint.x, minY: firstPoint.y, maxY: firstPoint.y)
        for p in points {
            e.minX = min(e.minX, p.x); e.maxX = max(e.maxX, p.x)
            e.minY = min(e.minY, p.y); e.maxY = max(e.maxY, p.y)
        }
        func grow(_ low: inout Double, _ high: inout Double, to span: Double) {
            let extra = max(0, span - (high - low)) / 2
            low -= extra; high += extra
        }
        let marginX = max(6, 0.08 * (e.maxX - e.minX)), marginY = max(5, 0.07 * (e.maxY - e.minY))
        e.minX -= marginX; e.maxX += marginX; e.minY -= marginY; e.maxY += marginY
        grow(&e.minX, &e.maxX, to: 40)
        grow(&e.minY, &e.maxY, to: 24)
        grow(&e.minX, &e.maxX, to: 1.25 * (e.maxY - e.minY))
        grow(&e.minY, &e.maxY, to: (e.maxX - e.minX) / 2.2)
        func fit(_ low: inout Double, _ high: inout Double, _ lowest: Double, _ highest: Double) {
            if high - low >= highest - lowest { low = lowest; high = highest; return }
            if low < lowest { high += lowest - low; low = lowest }
            if high > highest { low -= high - highest; high = highest }
        }
        fit(&e.minX, &e.maxX, world.minX, world.maxX)
        fit(&e.minY, &e.maxY, world.minY, world.maxY)
        return e
    }
}

/// A rectangle of map units.
struct MapExtent: Sendable, Hashable {
    var minX, maxX, minY, maxY: Double

    func contains(_ p: MapPoint) -> Bool { p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY }
}
