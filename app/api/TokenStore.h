#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace lookout {

// Keeps each account's auth token (service "lookout", key "BASE_URL ORG") in the OS keychain through
// QtKeychain. Where no keychain service runs (a bare server, CI, a build root without a D-Bus session)
// it falls back to a JSON file in the app's config folder that only the user may read: the file is
// made 0600 before a secret goes in, and one that others can read is refused rather than used, since
// the token in it must be treated as leaked.
// Errors never contain the token; nothing here logs it.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    enum class Backend { Keychain, File };
    enum class Mode {
        Auto, // the keychain when a service answers, else the file
        FileOnly, // never ask the keychain (tests, and LOOKOUT_TOKEN_STORE=file)
    };

    explicit TokenStore(Mode mode = modeFromEnvironment());

    // Reads LOOKOUT_TOKEN_STORE: "file" skips the keychain (where asking it hangs or prompts).
    static Mode modeFromEnvironment();
    static QString accountKey(const QUrl &baseUrl, const QString &org);
    // Where the fallback file lives (QStandardPaths::AppConfigLocation).
    static QString filePath();

    bool store(const QUrl &baseUrl, const QString &org, const QString &token, QString *error);
    // std::nullopt with an empty error: no token stored for that account.
    std::optional<QString> read(const QUrl &baseUrl, const QString &org, QString *error);
    // Removes it from both places; removing what is not there succeeds.
    bool remove(const QUrl &baseUrl, const QString &org, QString *error);

    // Which backend held the token of the last store() or read() (Keychain before any).
    Backend backend() const { return m_backend; }
    // A sentence for the UI and lookoutctl, e.g. "The token is in the file ... (no keychain service)".
    QString backendDescription() const;

private:
    Mode m_mode;
    Backend m_backend = Backend::Keychain;
    QString m_keychainProblem; // why the keychain was not used, for backendDescription()
};

} // namespace lookout
