#pragma once

#include "api/AccountConfig.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace lookout {

class Store;

namespace cli {

// --url, --org, --token: the Sentry account, over SENTRY_URL / SENTRY_ORG / SENTRY_AUTH_TOKEN and
// .sentryclirc (sentry-cli's precedence).
void addAccountOptions(QCommandLineParser &parser);
AccountConfig accountFromOptions(const QCommandLineParser &parser, QString *error);

int runSync(Store &store, const QStringList &arguments);
int runTriage(Store &store, const QStringList &arguments); // resolve, unresolve, ignore, assign, ...
int runOutbox(Store &store, const QStringList &arguments);

} // namespace cli
} // namespace lookout
