import Foundation

/// Capitals that stand for their governments in news prose ("Bishkek called the clash an act of
/// aggression", "Moscow denied ..."): a capital's place id -> its country's id.
enum CapitalCities {
    /// "place/bishkek" -> "country/kg", for sovereign countries of the gazetteer.
    static let countryByPlace: [String: String] = {
        guard let folder = Bundle.module.url(forResource: "Gazetteer", withExtension: nil) else { return [:] }
        var map: [String: String] = [:]
        for row in TSV.read(folder.appendingPathComponent("countries.tsv")) where row["sovereign"] == "1" {
            guard let iso = row["iso2"]?.lowercased(), !iso.isEmpty else { continue }
            for capital in (row["capitals"] ?? "").split(separator: "|") {
                let name = capital.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { map["place/" + Slug.make(name)] = "country/" + iso }
            }
        }
        return map
    }()
}
