/// The version of Liaison: the library and the `liaison` tool share it, and `liaison --version`
/// prints it. Semantic versioning; 0.x while the command line and the library may still change.
public enum LiaisonVersion {
    /// `MAJOR.MINOR.PATCH`, the one place the version is written.
    public static let current = "0.1.0"
}
