// The local ingest's HTTP/1.1 request parser, fed the way a socket feeds it: any bytes, in pieces.
#include "FuzzTargets.h"
#include "ingest/HttpRequestParser.h"

#include <QByteArray>

#include <algorithm>

namespace lookout::fuzz {

namespace {

constexpr qsizetype maxBody = 4096;
constexpr qsizetype maxHeader = 1024;

struct Outcome
{
    QList<HttpRequest> requests;
    int errorStatus = 0;
};

Outcome feed(QByteArrayView stream, qsizetype step)
{
    Outcome outcome;
    HttpRequestParser parser(maxBody, maxHeader);
    QByteArray buffer;
    for (qsizetype at = 0; at < stream.size(); at += step) {
        buffer.append(stream.sliced(at, std::min(step, stream.size() - at)));
        for (;;) {
            const HttpRequestParser::Status status = parser.parse(&buffer);
            if (status == HttpRequestParser::Status::NeedMore)
                break;
            if (status == HttpRequestParser::Status::HeadersDone) {
                FUZZ_CHECK(parser.current().path.startsWith('/'));
                continue;
            }
            if (status == HttpRequestParser::Status::Error) {
                // What IngestWorker answers with before it closes the connection.
                outcome.errorStatus = parser.errorStatus();
                FUZZ_CHECK(outcome.errorStatus >= 400 && outcome.errorStatus <= 505);
                FUZZ_CHECK(!parser.errorReason().isEmpty());
                return outcome;
            }
            const HttpRequest request = parser.take();
            FUZZ_CHECK(request.body.size() <= maxBody);
            FUZZ_CHECK(!request.method.isEmpty() && request.path.startsWith('/'));
            for (const auto &[name, value] : request.headers)
                FUZZ_CHECK(!name.isEmpty() && name == name.toLower());
            outcome.requests.append(request);
        }
    }
    return outcome;
}

bool same(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.path == b.path && a.query == b.query && a.headers == b.headers && a.body == b.body
        && a.keepAlive == b.keepAlive;
}

} // namespace

int httpRequest(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte says how many bytes each read brings (1-64); the rest is what the client sent.
    const qsizetype step = 1 + data[0] % 64;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const Outcome pieces = feed(stream, step);
    // However the bytes were split, the same requests, and the same answer to bad ones.
    const Outcome whole = feed(stream, std::max<qsizetype>(1, stream.size()));
    FUZZ_CHECK(pieces.errorStatus == whole.errorStatus);
    FUZZ_CHECK(pieces.requests.size() == whole.requests.size());
    for (qsizetype i = 0; i < pieces.requests.size(); ++i)
        FUZZ_CHECK(same(pieces.requests.at(i), whole.requests.at(i)));
    return 0;
}

} // namespace lookout::fuzz
