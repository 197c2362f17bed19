/// One step of a greedy selection: the candidate taken, its marginal gain, and the best candidate
/// it was preferred to at that step.
package struct GreedyStep: Sendable, Hashable {
    /// The candidate taken, by index.
    package var index: Int
    /// Its marginal gain.
    package var gain: Double
    /// The runner-up at that step, by index, and its marginal gain; nil when no other candidate added anything.
    package var runnerUp: (index: Int, gain: Double)?

    package static func == (a: GreedyStep, b: GreedyStep) -> Bool {
        a.index == b.index && a.gain == b.gain && a.runnerUp?.index == b.runnerUp?.index && a.runnerUp?.gain == b.runnerUp?.gain
    }

    package func hash(into hasher: inout Hasher) { hasher.combine(index); hasher.combine(gain) }
}

/// Greedy maximisation of a monotone submodular objective: up to `budget` steps, each taking the
/// candidate with the largest marginal gain, stopping when nothing adds. Gains within a relative
/// 1e-12 of each other are equal, and `prefer(a, b)` (true when `a` goes first) breaks them.
/// - Parameters:
///   - gain: the marginal gain of a candidate given what was taken so far.
///   - take: records a candidate as taken (so that later gains see it).
/// - Complexity: O(budget · count) calls of `gain`.
package func greedySelection(count: Int, budget: Int, gain: (Int) -> Double, prefer: (Int, Int) -> Bool, take: (Int) -> Void) -> [GreedyStep] {
    var steps: [GreedyStep] = []
    var used = Set<Int>()
    func better(_ a: (Int, Double), than b: (Int, Double)) -> Bool {
        let scale = max(abs(a.1), abs(b.1), 1e-300)
        if abs(a.1 - b.1) > 1e-12 * scale { return a.1 > b.1 }
        return prefer(a.0, b.0)
    }
    for _ in 0..<max(0, budget) {
        var best: (Int, Double)?
        var second: (Int, Double)?
        for i in 0..<count where !used.contains(i) {
            let g = gain(i)
            guard g > 0 else { continue }
            if best == nil || better((i, g), than: best!) { second = best; best = (i, g) }
            else if second == nil || better((i, g), than: second!) { second = (i, g) }
        }
        guard let best else { break }
        used.insert(best.0)
        take(best.0)
        steps.append(GreedyStep(index: best.0, gain: best.1, runnerUp: second.map { (index: $0.0, gain: $0.1) }))
    }
    return steps
}

/// A set a greedy coverage may pick: an ID, a name and the elements it covers, each with the share of
/// its weight the candidate credits (1 unless `credits` says less: an office counts its host country
/// whole and the neighbours it also covers in part).
package struct CoverageCandidate: Sendable {
    package var id: String
    package var name: String
    package var covers: Set<String>
    /// Shares below 1 of the elements' weights, by element; elements not listed count whole.
    package var credits: [String: Double]

    package init(id: String, name: String, covers: Set<String>, credits: [String: Double] = [:]) {
        self.id = id
        self.name = name
        self.covers = covers
        self.credits = credits
    }

    /// The share of an element's weight this candidate credits.
    package func credit(_ element: String) -> Double { credits[element] ?? 1 }
}

/// Greedy weighted maximum coverage with partial credit: the objective is Σₑ w(e) · maxₛ credit(s, e)
/// over the picks s (a facility-location function, monotone and submodular; with every credit 1 it is
/// plain weighted coverage). Up to `budget` picks, each the candidate with the largest marginal gain
/// (equal gains broken by `prefer(a, b, credited so far)`, by default the order in `candidates`),
/// stopping when nothing adds. An element is newly covered by a pick when the pick raises its credit.
/// - Complexity: O(budget · Σ |covers|).
package func greedyCoverage(candidates: [CoverageCandidate], weight: (String) -> Double, budget: Int,
                            prefer: (Int, Int, [String: Double]) -> Bool = { a, b, _ in a < b }) -> [(step: GreedyStep, newlyCovered: [String], cumulative: Double)] {
    var credited: [String: Double] = [:]
    var newly: [[String]] = []
    func raised(_ i: Int) -> [String] { candidates[i].covers.filter { candidates[i].credit($0) > credited[$0, default: 0] } }
    func gain(_ i: Int) -> Double {
        raised(i).reduce(0) { $0 + (candidates[i].credit($1) - credited[$1, default: 0]) * weight($1) }
    }
    let steps = greedySelection(count: candidates.count, budget: budget, gain: gain, prefer: { prefer($0, $1, credited) }, take: { i in
        let new = raised(i)
        for e in new { credited[e] = candidates[i].credit(e) }
        newly.append(new.sorted())
    })
    var total = 0.0
    return zip(steps, newly).map { step, new in
        total += step.gain
        return (step, new, total)
    }
}
