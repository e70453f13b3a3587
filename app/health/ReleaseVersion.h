#pragma once

#include <QString>

namespace lookout::ReleaseVersion {

// Orders release names as a release manager reads them: "shop@2.10.0" after "shop@2.9.1", a
// pre-release ("2.0.0-rc.1") before its release, build metadata ("+1180") last and numerically.
// Sentry's release names are "package@version+build" with the package optional; names of one
// package compare by semantic version when both parse as one (1, 1.2 and 1.2.3 do, with an optional
// leading "v"), and otherwise, as do different packages, in natural order (digit runs by value).
// Returns < 0, 0 or > 0.
int compare(const QString &a, const QString &b);

// The part after the package: "4.8.0+1201" for "ios-app@4.8.0+1201".
QString shortVersion(const QString &version);

} // namespace lookout::ReleaseVersion
