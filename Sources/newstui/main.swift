import ArgumentParser
import Foundation

// Usage errors exit 2 (ArgumentParser's default is 64); help and --version exit 0.
do {
    var command = try Newstui.parseAsRoot()
    try command.run()
} catch {
    let code = Newstui.exitCode(for: error)
    if code == .success {
        print(Newstui.fullMessage(for: error))
        exit(0)
    }
    let message = Newstui.fullMessage(for: error)
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    if code == .validationFailure { exit(2) }
    exit(code.rawValue == 0 ? 0 : (code.rawValue == 2 ? 2 : (code.rawValue >= 128 ? code.rawValue : 1)))
}
