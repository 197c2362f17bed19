import LiaisonGraph

extension Tie {
    /// The tie's dates in words, for a gap's reason: "began in 2011 and has been dormant since
    /// 2021". A start year is the date of the status only for a proposal or an intent (the step
    /// the tie started with); a dormant tie without `statusSince` says its status year is unknown.
    var statusHistory: String {
        let status = self.status.rawValue
        switch (since, statusSince) {
        case let (start?, began?) where began != start:
            return "began in \(start) and has been \(status) since \(began)"
        case let (_, began?):
            return "has been \(status) since \(began)"
        case let (start?, nil) where self.status == .proposed || self.status == .intent:
            return "has been \(status) since \(start)"
        case let (start?, nil):
            return "began in \(start) and is \(status) (since a year not recorded)"
        case (nil, nil):
            return "is \(status)"
        }
    }
}
