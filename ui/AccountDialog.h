#pragma once

#include "api/AccountConfig.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace lookout {

class SentryClient;
class SentryReply;
class TokenStore;

// Connects a Sentry account: which Sentry (sentry.io in the US or the EU, or a self-hosted URL),
// the organisation and an auth token. Starts from what the user already has for sentry-cli
// (SENTRY_URL / SENTRY_ORG / SENTRY_AUTH_TOKEN, .sentryclirc) and says where each value came from.
// "Test Connection" lists the token's organisations; Save keeps the token with TokenStore and, when
// no keychain could take it, stays open once to say where it went instead.
// The token is never shown, logged or put in any message.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Server { SentryUs, SentryEu, SelfHosted };
    Q_ENUM(Server)

    // initial: prefilled values with their origins (discovered(), or an account being edited).
    // tokens: where Save keeps the token; the caller's, so tests can use a file-only store.
    AccountDialog(const AccountConfig &initial, TokenStore *tokens, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // AccountConfig::discover over this process's environment, home and working folder.
    static AccountConfig discovered(QStringList *warnings = nullptr);
    // Shown under the form: problems met while discovering (a malformed .sentryclirc line).
    void setDiscoveryWarnings(const QStringList &warnings);

    // What the fields say now (url, org, token; origins of untouched prefilled values).
    AccountConfig account() const;
    // After Save: which backend holds the token, as a sentence (TokenStore::backendDescription).
    QString storageDescription() const { return m_storageDescription; }
    bool tokenInFile() const { return m_tokenInFile; }

    static Server serverFor(const QUrl &url);
    static QUrl urlFor(Server server);

    QComboBox *serverField() const { return m_server; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *orgField() const { return m_org; }
    QLineEdit *tokenField() const { return m_token; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const;
    QLabel *resultLabel() const { return m_result; }
    QLabel *storageLabel() const { return m_storage; }
    QLabel *originLabel(const QString &field) const;

public Q_SLOTS:
    void testConnection();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // ok: the token was accepted and the organisation is among its organisations.
    void connectionTested(bool ok, const QString &message);

private:
    QLabel *makeOrigin(const QString &field, const AccountConfig &initial);
    void serverChanged();
    // needOrg false: a test of the token alone may leave the organisation to be picked from its answer.
    bool validate(AccountConfig *config, QString *problem, bool needOrg = true) const;
    enum class Outcome { Working, Ok, Problem };
    void showResult(const QString &text, Outcome outcome);
    void testFinished(SentryReply *reply, const AccountConfig &config);

    TokenStore *m_tokens;
    QHash<QString, QString> m_origins;
    QComboBox *m_server;
    QLineEdit *m_url;
    QLineEdit *m_org;
    QLineEdit *m_token;
    QPushButton *m_test;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QLabel *m_storageIcon;
    QLabel *m_storage;
    QLabel *m_warnings;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_originLabels;
    QNetworkAccessManager *m_nam = nullptr;
    SentryClient *m_client = nullptr;
    QPointer<SentryReply> m_pending;
    QString m_storageDescription;
    bool m_tokenInFile = false;
    bool m_saved = false;
};

} // namespace lookout
