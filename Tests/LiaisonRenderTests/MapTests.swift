import Foundation
import LiaisonGraph
import Testing
@testable import LiaisonRender

@Suite("World maps")
struct MapTests {
    let network = RenderFixtures.network()

    @Test("the basemap holds Natural Earth's 177 countries; a country's centre lies on its main land")
    func basemap() throws {
        let world = Basemap.naturalEarth110
        #expect(world.countries.count == 177)
        #expect(world.centres["XK"] != nil)  // Kosovo, whose iso_a2 Natural Earth leaves at -99
        // Northern Cyprus, likewise -99, under the code the importers document (XN): an imported
        // twin-town list's Northern Cyprus sat in the row of unplaced entities, its 48 ties
        // running to the map's corner.
        let northernCyprus = try #require(world.centres["XN"])
        #expect(northernCyprus.latitude > 34.9 && northernCyprus.latitude < 35.7 && northernCyprus.longitude > 32.7 && northernCyprus.longitude < 34.6)
        let france = try #require(world.centres["FR"]), us = try #require(world.centres["US"]), cn = try #require(world.centres["CN"])
        #expect((43...49).contains(france.latitude) && (-2...7).contains(france.longitude))  // not pulled toward French Guiana
        #expect((35...43).contains(us.latitude) && (-105...(-92)).contains(us.longitude))   // the lower 48, not Alaska
        #expect((30...40).contains(cn.latitude) && (95...112).contains(cn.longitude))
    }

    /// A province with no location of its own sits at its seat: the city the data mark as its
    /// capital, else its largest city with a location; only a province with no city at all borrows
    /// its country's centre (Hong Kong's 50 US states were a honeycomb over Kansas).
    @Test("a province without a location sits at its capital, else its largest city")
    func provincesSitAtTheirSeats() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Seats"))
        let s = "https://example.org"
        b.add(Entity(id: "US", kind: .country, name: "United States", attributes: EntityAttributes(source: s)))
        b.add(Entity(id: "US-CA", kind: .province, name: "California", countryID: "US", attributes: EntityAttributes(source: s)))
        b.add(Entity(id: "US-TX", kind: .province, name: "Texas", countryID: "US", attributes: EntityAttributes(source: s)))
        b.add(Entity(id: "US-WY", kind: .province, name: "Wyoming", countryID: "US", attributes: EntityAttributes(source: s)))
        b.add(Entity(id: "US-LAX", kind: .city, name: "Los Angeles", countryID: "US", provinceID: "US-CA",
                     attributes: EntityAttributes(population: 3_898_747, location: GeoPoint(latitude: 34.05, longitude: -118.24), source: s)))
        b.add(Entity(id: "US-SAC", kind: .city, name: "Sacramento", countryID: "US", provinceID: "US-CA",
                     attributes: EntityAttributes(population: 524_943, location: GeoPoint(latitude: 38.58, longitude: -121.49), level: "provincial-capital", source: s)))
        b.add(Entity(id: "US-HOU", kind: .city, name: "Houston", countryID: "US", provinceID: "US-TX",
                     attributes: EntityAttributes(population: 2_304_580, location: GeoPoint(latitude: 29.76, longitude: -95.37), source: s)))
        b.add(Entity(id: "US-DAL", kind: .city, name: "Dallas", countryID: "US", provinceID: "US-TX",
                     attributes: EntityAttributes(population: 1_304_379, location: GeoPoint(latitude: 32.78, longitude: -96.8), source: s)))
        let network = try b.build()
        let seats = MapPlacement.provinceSeats(of: ["US-CA", "US-TX", "US-WY"], in: network)
        #expect(seats.mapValues(\.id) == ["US-CA": "US-SAC", "US-TX": "US-HOU"], "the capital, else the largest city; Wyoming has none")
        let model = DrawingModel(network.view, options: DrawingOptions(layout: .geographic(.robinson)))
        let placement = MapPlacement(model, projection: .robinson)
        #expect(placement.borrowedFrom["US-CA"] == "US-SAC" && placement.borrowedFrom["US-TX"] == "US-HOU")
        #expect(placement.borrowedFrom["US-WY"] == "US", "a province with no city borrows its country's centre")
    }

    @Test("Equal Earth keeps areas: a degree square at 60° covers half of one at the equator, as on the globe")
    func equalArea() {
        func area(_ lat: Double) -> Double {
            let p = MapProjection.equalEarth
            let a = p.project(GeoPoint(latitude: lat, longitude: 10)), b = p.project(GeoPoint(latitude: lat, longitude: 11))
            let c = p.project(GeoPoint(latitude: lat + 1, longitude: 10))
            return abs(b.x - a.x) * abs(c.y - a.y)
        }
        let globe = (sin(61 * Double.pi / 180) - sin(60 * Double.pi / 180)) / sin(Double.pi / 180)
        #expect(abs(area(60) / area(0) - globe) < 0.01)
        // Robinson is no equal-area projection: the same ratio is visibly off.
        let r = MapProjection.robinson
        let r0 = abs(r.project(GeoPoint(latitude: 1, longitude: 0)).y) * 1, r60 = abs(r.project(GeoPoint(latitude: 61, longitude: 1)).x - r.project(GeoPoint(latitude: 61, longitude: 0)).x) * abs(r.project(GeoPoint(latitude: 61, longitude: 0)).y - r.project(GeoPoint(latitude: 60, longitude: 0)).y)
        #expect(abs(r60 / r0 - globe) > 0.05)
    }

    @Test("the central meridian stays at Greenwich unless the network wraps the Pacific")
    func centralMeridian() {
        let europeAsia = [GeoPoint(latitude: 52, longitude: 13), GeoPoint(latitude: 22, longitude: 114), GeoPoint(latitude: 40, longitude: -74)]
        #expect(MapPlacement.centralMeridian(for: europeAsia) == 0)
        // Liaocheng's partners: Korea, Australia, Europe, Tonga (west of the antimeridian).
        let pacific = [GeoPoint(latitude: 36.4, longitude: 116), GeoPoint(latitude: 35, longitude: 128), GeoPoint(latitude: -33.8, longitude: 150.9),
                       GeoPoint(latitude: 50.1, longitude: 8.8), GeoPoint(latitude: 55.4, longitude: -4.6), GeoPoint(latitude: -18.6, longitude: -174)]
        let c = MapPlacement.centralMeridian(for: pacific)
        #expect((60...140).contains(c), "central meridian \(c)")
    }

    @Test("a long tie follows its great circle: Hong Kong to Berlin bows north of the straight line")
    func greatCircle() throws {
        let hk = GeoPoint(latitude: 22.3, longitude: 114.2), berlin = GeoPoint(latitude: 52.5, longitude: 13.4)
        let arc = MapPlacement.arc(from: hk, to: berlin, centralMeridian: 0)
        #expect(arc.count > 8)
        let middle = arc[arc.count / 2]
        #expect(middle.latitude > (hk.latitude + berlin.latitude) / 2 + 5)
        // Every sample is on the sphere's shortest path: the distances add up.
        let total = hk.distance(to: berlin)
        let summed = zip(arc, arc.dropFirst()).map { $0.distance(to: $1) }.reduce(0, +)
        #expect(abs(summed - total) / total < 0.001)
        // A short tie is straight; one that would cross the map's edge too.
        #expect(MapPlacement.arc(from: hk, to: GeoPoint(latitude: 22.2, longitude: 113.5), centralMeridian: 0).count == 2)
        #expect(MapPlacement.arc(from: hk, to: GeoPoint(latitude: 37.8, longitude: -122.4), centralMeridian: 0).count == 2)
    }

    @Test("a map is cropped to its entities with a margin, holds each of them, and draws the land under them", arguments: MapProjection.allCases)
    func frame(projection: MapProjection) throws {
        let drawing = try NetworkDrawing(network.view, options: DrawingOptions(layout: .geographic(projection), isolated: .drawn))
        let svg = try drawing.render(as: .svg)
        let inspector = SVGInspector(svg.bytes)
        #expect(inspector.parsed)
        #expect(inspector.nodeTitles.sorted() == network.view.entities.map(\.id).sorted())
        // Sea, then the land of the countries in the frame (East Asia to Europe): dozens, not all 177.
        #expect(inspector.backgroundPolygons > 30 && inspector.backgroundPolygons < 177, "\(inspector.backgroundPolygons) background polygons")
        let placement = MapPlacement(DrawingModel(network.view, options: DrawingOptions(isolated: .drawn)), projection: projection)
        // Berlin to Yokohama spans about 126° of longitude: the frame is wider, but not the world.
        let span = placement.extent.maxX - placement.extent.minX
        #expect(span > 100 && span < 300, "frame \(span) units wide")
        for (id, p) in placement.positions {
            #expect(p.x > 0 && p.x < placement.width && p.y > 0 && p.y < placement.height, "\(id) at \(p) outside \(placement.width) × \(placement.height)")
        }
        #expect(placement.unplaced.isEmpty)
        #expect(drawing.dot.contains("bb=\"0,0,"))
    }

    @Test("an entity without a location sits at its host city, or at its country's centre")
    func borrowedPlaces() throws {
        var b = RenderFixtures.builder()
        b.add(Entity(id: "FR", kind: .country, name: "France"))  // no location: the centre of its land
        b.add(Entity(id: "FR-IDF", kind: .province, name: "Île-de-France", countryID: "FR"))
        b.add(Tie(from: "HK", to: "FR-IDF", layer: "cooperation", source: RenderFixtures.source))
        b.add(Tie(from: "HK", to: "FR", layer: "bri", source: RenderFixtures.source))
        let view = try b.build().view
        let placement = MapPlacement(DrawingModel(view, options: DrawingOptions()), projection: .equirectangular)
        #expect(placement.unplaced.isEmpty)
        #expect(placement.borrowedFrom["HKETO-BER"] == "DE-BER")
        #expect(placement.borrowedFrom["FR-IDF"] == "FR")
        let france = try #require(placement.positions["FR"]), province = try #require(placement.positions["FR-IDF"])
        #expect(hypot(france.x - province.x, france.y - province.y) < 3 * MapPlacement.spacing)
    }

    @Test("ties that share a corridor are bundled toward one path, their ends kept")
    func bundling() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Corridor", focusID: "CN-A"))
        func at(_ lat: Double, _ lon: Double) -> EntityAttributes { EntityAttributes(location: GeoPoint(latitude: lat, longitude: lon)) }
        b.add(Entity(id: "CN", kind: .country, name: "China"))
        b.add(Entity(id: "FR", kind: .country, name: "France"))
        b.add(Entity(id: "CN-A", kind: .city, name: "A", countryID: "CN", attributes: at(22, 114)))
        b.add(Entity(id: "CN-A2", kind: .city, name: "A2", countryID: "CN", attributes: at(23.5, 113)))
        b.add(Entity(id: "FR-B", kind: .city, name: "B", countryID: "FR", attributes: at(51, 0)))
        b.add(Entity(id: "FR-B2", kind: .city, name: "B2", countryID: "FR", attributes: at(49, 3)))
        b.add(Tie(from: "CN-A", to: "FR-B", layer: "sister", source: "t"))
        b.add(Tie(from: "CN-A2", to: "FR-B2", layer: "sister", source: "t"))
        let view = try b.build().view
        let model = DrawingModel(view, options: DrawingOptions())
        let apart = MapPlacement(model, projection: .robinson)
        let bundled = MapPlacement(model, projection: .robinson, bundling: .corridors)
        func gap(_ p: MapPlacement) -> Double {
            let a = MapPlacement.resampled(p.paths[0]!, count: 33)[16], c = MapPlacement.resampled(p.paths[1]!, count: 33)[16]
            return hypot(a.x - c.x, a.y - c.y)
        }
        #expect(gap(bundled) < gap(apart) / 3)
        #expect(bundled.paths[0]!.first == apart.paths[0]!.first && bundled.paths[0]!.last == apart.paths[0]!.last)
    }

    @Test("the names placed on a map overlap neither each other nor other markers, measured in the SVG")
    func labelsDoNotOverlap() throws {
        // Forty cities in a tight cluster around Hong Kong, each tied to it: most names find no room.
        var b = RenderFixtures.builder()
        for i in 0..<40 {
            let lat = 22.3 + Double(i % 7) * 0.9 - 2.7, lon = 114.2 + Double(i / 7) * 1.1 - 2.7
            b.add(Entity(id: "CN-C\(i)", kind: .city, name: "Cluster city number \(i)", countryID: "CN",
                         attributes: EntityAttributes(location: GeoPoint(latitude: lat, longitude: lon))))
            b.add(Tie(from: "HK", to: "CN-C\(i)", layer: "cooperation", source: RenderFixtures.source))
        }
        let view = try b.build().view
        let drawing = try NetworkDrawing(view, options: DrawingOptions(layout: .geographic(.robinson), labelling: .all))
        let inspector = SVGInspector(try drawing.render(as: .svg).bytes)
        let boxes = inspector.labelBoxes
        #expect(boxes.count >= 8)
        var overlaps: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let a = boxes[i], c = boxes[j]
                if a.minX < c.maxX && c.minX < a.maxX && a.minY < c.maxY && c.minY < a.maxY { overlaps.append("\(a) × \(c)") }
            }
        }
        #expect(overlaps.isEmpty, "overlapping names: \(overlaps.prefix(3))")
        // The legend says how many names are hidden; the focus keeps its own.
        let hidden = view.entityCount - 2 - boxes.count  // CN and JP are left out: no tie
        #expect(drawing.dot.contains("\(hidden) hidden, in tooltips"), "\(boxes.count) boxes")
        #expect(drawing.dot.contains("label=\"Hong Kong\""))
        // No Graphviz warning: no external labels are left for Graphviz to drop.
        #expect(try drawing.render(as: .svg).warnings.isEmpty)
    }

    @Test("Graphviz's warnings are said in the planner's words")
    func warnings() {
        #expect(GraphvizWarning.explained("Warning: : 30 out of 60 exterior labels positioned.").hasPrefix("30 of 60 names found no room"))
        #expect(GraphvizWarning.explained("Warning: something new").hasPrefix("Graphviz: something new"))
    }

    @Test("a change drawing works on the map: the basemap, the changes in their colours")
    func changeMap() throws {
        let before = RenderFixtures.network().view, after = RenderFixtures.changedNetwork().view
        let drawing = try NetworkDrawing(before: before, after: after, options: DrawingOptions(layout: .geographic(.robinson)))
        let svg = try drawing.render(as: .svg)
        let inspector = SVGInspector(svg.bytes)
        #expect(inspector.parsed)
        #expect(inspector.backgroundPolygons > 30)
        #expect(inspector.edgeClasses.filter { $0.contains(" added") }.count == 1)
        #expect(inspector.edgeClasses.filter { $0.contains(" removed") }.count == 1)
        #expect(inspector.nodeTitles.contains("SG"))
        #expect(String(decoding: svg.bytes, as: UTF8.self).contains("added: 1 ties, 1 entities"))
        #expect(svg.warnings.isEmpty)
    }

    @Test("PNG, PDF and JPEG come out as what they say", arguments: [OutputFormat.png, .pdf, .jpeg])
    func bitmapFormats(format: OutputFormat) throws {
        let bytes = try NetworkDrawing(network.view, options: DrawingOptions(layout: .geographic(.robinson))).render(as: format).bytes
        let magic: [UInt8] = format == .png ? [0x89, 0x50, 0x4E, 0x47] : format == .pdf ? [0x25, 0x50, 0x44, 0x46] : [0xFF, 0xD8, 0xFF]
        #expect(Array(bytes.prefix(magic.count)) == magic)
    }
}
