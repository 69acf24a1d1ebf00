/// The views that Tab cycles through.
public enum Screen: String, Sendable, Hashable, CaseIterable {
    case articles = "Articles"
    case reader = "Reader"
    case conflicts = "Conflicts"
    case entities = "Entities"
    case problems = "Problems"
}
