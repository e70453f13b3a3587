#include "AccountDialog.h"

#include "api/SentryClient.h"
#include "api/TokenStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace lookout {

namespace {

const QString kUrl = u"url"_s;
const QString kOrg = u"org"_s;
const QString kToken = u"token"_s;

// "/home/ana/.sentryclirc:3" -> "~/.sentryclirc, line 3"; "SENTRY_ORG" -> "the environment (SENTRY_ORG)".
QString describeOrigin(const QString &origin)
{
    if (origin.startsWith(u"SENTRY_"_s))
        return AccountDialog::tr("From the environment (%1)").arg(origin);
    QString path = origin;
    QString line;
    const qsizetype colon = origin.lastIndexOf(u':');
    if (colon > 0) {
        bool numeric = false;
        origin.mid(colon + 1).toInt(&numeric);
        if (numeric) {
            path = origin.left(colon);
            line = origin.mid(colon + 1);
        }
    }
    const QString home = QDir::homePath() + u'/';
    if (path.startsWith(home))
        path = u"~/"_s + path.mid(home.size());
    path = QDir::toNativeSeparators(path);
    return line.isEmpty() ? AccountDialog::tr("From %1").arg(path) : AccountDialog::tr("From %1, line %2").arg(path, line);
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // Sentry's messages and file paths are not markup
    label->setWordWrap(true);
    return label;
}

void setIcon(QLabel *label, QStyle::StandardPixmap pixmap)
{
    const int size = label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
    label->setPixmap(label->style()->standardIcon(pixmap, nullptr, label).pixmap(size, size));
}

} // namespace

AccountDialog::AccountDialog(const AccountConfig &initial, TokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_origins(initial.origins)
    , m_server(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_org(new QLineEdit(initial.org, this))
    , m_token(new QLineEdit(initial.token, this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_resultIcon(new QLabel(this))
    , m_result(plainLabel(this))
    , m_storageIcon(new QLabel(this))
    , m_storage(plainLabel(this))
    , m_warnings(plainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_nam(new QNetworkAccessManager(this))
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(tr("Connect a Sentry Account"));

    auto *intro = plainLabel(this);
    intro->setText(tr("Lookout reads your organisation's issues and events with an auth token. Create one in Sentry under "
                      "Settings › Auth Tokens: an organisation token, or a personal token with the scopes org:read, "
                      "project:read and event:read (event:write lets you resolve and assign from Lookout)."));

    m_server->addItem(tr("sentry.io (United States)"), QVariant::fromValue(Server::SentryUs));
    m_server->addItem(tr("sentry.io (European Union, Frankfurt)"), QVariant::fromValue(Server::SentryEu));
    m_server->addItem(tr("Self-hosted Sentry"), QVariant::fromValue(Server::SelfHosted));
    const Server server = initial.url.isValid() ? serverFor(initial.url) : Server::SentryUs;
    m_server->setCurrentIndex(m_server->findData(QVariant::fromValue(server)));
    if (server == Server::SelfHosted)
        m_url->setText(initial.url.toDisplayString());
    m_url->setPlaceholderText(u"https://sentry.example.com"_s);
    m_org->setPlaceholderText(tr("the slug in your Sentry URLs, e.g. acme"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("sntrys_… or sntryu_…"));
    m_token->setObjectName(u"tokenField"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A field with the line saying where its value came from beneath it.
    const auto addRow = [&](const QString &text, QWidget *field, const QString &key) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(makeOrigin(key, initial));
        form->addRow(label, box);
    };
    addRow(tr("&Sentry:"), m_server, kUrl);
    form->addRow(tr("Server &URL:"), m_url);
    addRow(tr("&Organisation:"), m_org, kOrg);
    addRow(tr("Auth &token:"), m_token, kToken);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addSpacing(4);
    testRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    m_resultIcon->hide();
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), testRow);

    auto *storageRow = new QHBoxLayout;
    storageRow->addWidget(m_storageIcon, 0, Qt::AlignTop);
    storageRow->addWidget(m_storage, 1);
    m_storage->setObjectName(u"tokenStorage"_s);
    m_storage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storageIcon->hide();
    m_storage->hide();
    m_warnings->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addLayout(storageRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        m_origins.remove(kUrl);
        m_originLabels.value(kUrl)->hide();
        serverChanged();
    });
    // A value the user typed no longer comes from where it was found.
    const auto forget = [this](QLineEdit *field, const QString &key) {
        connect(field, &QLineEdit::textEdited, this, [this, key] {
            m_origins.remove(key);
            m_originLabels.value(key)->hide();
        });
    };
    forget(m_url, kUrl);
    forget(m_org, kOrg);
    forget(m_token, kToken);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    serverChanged();
    resize(640, sizeHint().height());
}

AccountDialog::~AccountDialog() = default;

AccountConfig AccountDialog::discovered(QStringList *warnings)
{
    return AccountConfig::discover(QProcessEnvironment::systemEnvironment(), QDir::homePath(), QDir::currentPath(), warnings);
}

void AccountDialog::setDiscoveryWarnings(const QStringList &warnings)
{
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

QLabel *AccountDialog::makeOrigin(const QString &field, const AccountConfig &initial)
{
    auto *label = plainLabel(this);
    label->setObjectName(field + u"Origin"_s);
    const QString origin = initial.origins.value(field);
    // The built-in default (sentry.io) came from nowhere worth naming.
    if (!origin.isEmpty() && origin != u"default"_s)
        label->setText(describeOrigin(origin));
    label->setVisible(!label->text().isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    m_originLabels.insert(field, label);
    return label;
}

QLabel *AccountDialog::originLabel(const QString &field) const
{
    return m_originLabels.value(field);
}

QPushButton *AccountDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

AccountDialog::Server AccountDialog::serverFor(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (url.scheme() == u"https"_s && url.path().isEmpty()) {
        if (host == u"sentry.io"_s || host == u"us.sentry.io"_s)
            return Server::SentryUs;
        if (host == u"de.sentry.io"_s)
            return Server::SentryEu;
    }
    return Server::SelfHosted;
}

QUrl AccountDialog::urlFor(Server server)
{
    switch (server) {
    case Server::SentryUs:
        return AccountConfig::defaultUrl();
    case Server::SentryEu:
        return AccountConfig::regionUrl(u"de"_s);
    case Server::SelfHosted:
        break;
    }
    return {};
}

void AccountDialog::serverChanged()
{
    const bool selfHosted = m_server->currentData().value<Server>() == Server::SelfHosted;
    m_url->setEnabled(selfHosted);
    if (!selfHosted)
        m_url->setText(urlFor(m_server->currentData().value<Server>()).toDisplayString());
    else if (serverFor(QUrl(m_url->text())) != Server::SelfHosted)
        m_url->clear();
}

AccountConfig AccountDialog::account() const
{
    AccountConfig config;
    QString ignored;
    validate(&config, &ignored);
    return config;
}

bool AccountDialog::validate(AccountConfig *config, QString *problem, bool needOrg) const
{
    const Server server = m_server->currentData().value<Server>();
    QString error;
    config->url = server == Server::SelfHosted ? AccountConfig::parseUrl(m_url->text(), &error) : urlFor(server);
    config->org = m_org->text().trimmed();
    config->token = m_token->text().trimmed();
    for (const QString &key : {kUrl, kOrg, kToken}) {
        if (m_origins.contains(key))
            config->origins.insert(key, m_origins.value(key));
    }
    if (server == Server::SelfHosted && m_url->text().trimmed().isEmpty())
        *problem = tr("Enter the address of your Sentry server, e.g. https://sentry.example.com.");
    else if (!config->url.isValid())
        *problem = tr("The server URL is not usable: %1.").arg(error);
    else if (config->org.isEmpty() && needOrg)
        *problem = tr("Enter the organisation's slug (the part after /organizations/ in Sentry's URLs).");
    else if (config->org.contains(u'/') || config->org.contains(u' '))
        *problem = tr("An organisation slug has no spaces or slashes: use the part after /organizations/ in Sentry's URLs.");
    else if (config->token.isEmpty())
        *problem = tr("Enter an auth token.");
    else if (std::any_of(config->token.cbegin(), config->token.cend(), [](QChar c) { return c.isSpace(); }))
        *problem = tr("The auth token has spaces in it; paste it again.");
    else
        problem->clear();
    return problem->isEmpty();
}

void AccountDialog::showResult(const QString &text, Outcome outcome)
{
    m_result->setText(text);
    if (outcome != Outcome::Working)
        setIcon(m_resultIcon, outcome == Outcome::Ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical);
    m_resultIcon->setVisible(outcome != Outcome::Working);
}

void AccountDialog::testConnection()
{
    AccountConfig config;
    QString problem;
    if (!validate(&config, &problem, false)) {
        showResult(problem, Outcome::Problem);
        Q_EMIT connectionTested(false, problem);
        return;
    }
    delete m_client;
    m_client = new SentryClient(m_nam, this);
    m_client->setAccount(config);
    // An answer is wanted now: one retry, and no long waits behind a dead server.
    SentryTransport::RetryPolicy retry;
    retry.maxAttempts = 2;
    retry.maxDelay = 2s;
    retry.maxRateLimitWaits = 1;
    m_client->transport().setRetryPolicy(retry);
    m_client->transport().setTransferTimeout(15s);
    PageOptions pages;
    pages.maxPages = 5;
    m_pending = m_client->organizations(pages);
    m_test->setEnabled(false);
    showResult(tr("Connecting to %1…").arg(config.url.host()), Outcome::Working);
    SentryReply *reply = m_pending;
    connect(reply, &SentryReply::finished, this, [this, reply, config] { testFinished(reply, config); });
}

void AccountDialog::testFinished(SentryReply *reply, const AccountConfig &config)
{
    reply->deleteLater();
    m_test->setEnabled(true);
    if (!reply->isOk()) {
        const ApiError &error = reply->error();
        QString text;
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
            text = error.detail.isEmpty() ? tr("%1 refused the token (HTTP 401).").arg(config.url.host())
                                          : tr("%1 refused the token: %2 (HTTP 401).").arg(config.url.host(), error.detail);
        else if (error.kind == ApiError::Kind::Http && error.httpStatus == 403)
            text = tr("The token may not list organisations; it needs the org:read scope. Sentry says: %1")
                       .arg(error.detail.isEmpty() ? tr("forbidden (HTTP 403)") : error.detail);
        else
            text = error.message;
        showResult(text, Outcome::Problem);
        Q_EMIT connectionTested(false, text);
        return;
    }
    QStringList slugs;
    for (const QJsonValue &org : reply->items())
        slugs << org.toObject().value(u"slug"_s).toString();
    const int n = int(slugs.size());
    const QString counted = n == 1 ? tr("1 organisation") : tr("%n organisations", nullptr, n);
    QString org = config.org;
    if (org.isEmpty() && n == 1) {
        org = slugs.constFirst();
        m_org->setText(org);
    }
    const bool ok = slugs.contains(org);
    QString text;
    if (ok) {
        text = tr("Connected: %1, %2 found.").arg(counted, org);
    } else if (n == 0) {
        text = tr("Connected, but this token sees no organisation.");
    } else if (org.isEmpty()) {
        text = tr("Connected: %1. Enter one of them as the organisation: %2.").arg(counted, slugs.mid(0, 8).join(u", "_s));
    } else {
        QStringList shown = slugs.mid(0, 8);
        if (n > shown.size())
            shown << tr("and %n more", nullptr, n - int(shown.size()));
        text = tr("Connected: %1, but not %2. This token can see: %3.").arg(counted, org, shown.join(u", "_s));
    }
    showResult(text, ok ? Outcome::Ok : Outcome::Problem);
    Q_EMIT connectionTested(ok, text);
}

void AccountDialog::accept()
{
    if (m_saved) {
        QDialog::accept();
        return;
    }
    AccountConfig config;
    QString problem;
    if (!validate(&config, &problem)) {
        showResult(problem, Outcome::Problem);
        return;
    }
    // A keychain may take a moment (or ask to be unlocked); nothing here may be clicked twice meanwhile.
    m_buttons->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QString error;
    const bool stored = m_tokens->store(config.url, config.org, config.token, &error);
    QApplication::restoreOverrideCursor();
    m_buttons->setEnabled(true);
    if (!stored) {
        showResult(tr("The token could not be saved: %1").arg(error), Outcome::Problem);
        return;
    }
    m_storageDescription = m_tokens->backendDescription();
    m_tokenInFile = m_tokens->backend() == TokenStore::Backend::File;
    if (!m_tokenInFile) {
        QDialog::accept();
        return;
    }
    // The user must see where the token went before the dialog goes away.
    m_saved = true;
    m_storage->setText(m_storageDescription);
    setIcon(m_storageIcon, QStyle::SP_MessageBoxWarning);
    m_storageIcon->show();
    m_storage->show();
    saveButton()->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_org),
             static_cast<QWidget *>(m_token), static_cast<QWidget *>(m_test)})
        field->setEnabled(false);
}

void AccountDialog::reject()
{
    // Once the token is saved, closing the dialog in any way keeps the account.
    if (m_saved)
        QDialog::accept();
    else
        QDialog::reject();
}

} // namespace lookout
