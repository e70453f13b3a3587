#include "api/ApiRequest.h"

namespace lookout {

void ApiRequest::setQuery(const QString &key, const QString &value)
{
    query.removeIf([&key](const std::pair<QString, QString> &item) { return item.first == key; });
    query.append({key, value});
}

QString ApiRequest::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace lookout
