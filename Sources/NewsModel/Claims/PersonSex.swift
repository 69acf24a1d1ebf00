import Foundation

/// A person's sex as the text gives it, so "she" finds the woman named before and "he" the man.
enum PersonSex: Sendable {
    case male, female

    /// The sex a pronoun refers to ("she", "her", "he", "his", "him"); nil for others.
    init?(pronoun: String) {
        switch pronoun {
        case "she", "her", "hers", "herself": self = .female
        case "he", "his", "him", "himself": self = .male
        default: return nil
        }
    }

    /// Given names that are nearly always one sex (`given_name_sex.tsv`: census 1990 names and a
    /// curated list of world-news names; see the gazetteer's SOURCES.md).
    static let givenNames: [String: PersonSex] = {
        guard let url = Bundle.module.url(forResource: "Gazetteer", withExtension: nil)?.appendingPathComponent("given_name_sex.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var table: [String: PersonSex] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            table[String(fields[0])] = fields[1] == "f" ? .female : .male
        }
        return table
    }()

    /// Words right before a name that give its sex: honorifics ("Ms Nandakumar") and roles ("spokeswoman X").
    static let markers: [String: PersonSex] = {
        var table: [String: PersonSex] = [:]
        for w in ["mr", "sir", "lord", "spokesman", "chairman", "businessman", "congressman", "actor", "king", "prince", "father",
                  "husband", "son", "brother", "uncle", "grandfather", "boyfriend", "nephew", "monsieur", "herr", "señor", "signor"] {
            table[w] = .male
        }
        for w in ["ms", "mrs", "miss", "madam", "madame", "dame", "lady", "spokeswoman", "chairwoman", "businesswoman", "congresswoman",
                  "actress", "queen", "princess", "mother", "wife", "daughter", "sister", "aunt", "grandmother", "girlfriend", "niece",
                  "frau", "señora", "signora", "mme"] {
            table[w] = .female
        }
        return table
    }()
}
