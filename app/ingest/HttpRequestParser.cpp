#include "ingest/HttpRequestParser.h"

namespace lookout {

// A chunk size with its extensions; longer lines are refused.
constexpr qsizetype maxChunkLine = 1024;

QByteArray HttpRequest::header(QByteArrayView lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

HttpRequestParser::HttpRequestParser(qsizetype maxBodyBytes, qsizetype maxHeaderBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
{ }

HttpRequestParser::Status HttpRequestParser::fail(int status, QByteArray reason)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_errorReason = std::move(reason);
    return Status::Error;
}

static bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= ' ' || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

static bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArrayView part : QByteArray(list).split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray *buffer)
{
    // Clients may send stray CRLFs between requests (RFC 9112 2.2).
    while (buffer->startsWith("\r\n"))
        buffer->remove(0, 2);
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0) {
        // The blank line could still begin within the last 3 bytes: only past that is the head
        // over the limit, whichever way the bytes arrive (the same answer as with all of them).
        if (buffer->size() - 3 > m_maxHeader)
            return fail(431, "request headers too large");
        return Status::NeedMore;
    }
    if (end > m_maxHeader)
        return fail(431, "request headers too large");
    // Read through views of the buffer: only the parts kept are copied (every request passes here).
    const QByteArrayView head = QByteArrayView(*buffer).first(end);
    const qsizetype firstEol = head.indexOf('\n');
    const QByteArrayView requestLine = (firstEol < 0 ? head : head.first(firstEol)).trimmed();
    const qsizetype space1 = requestLine.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : requestLine.indexOf(' ', space1 + 1);
    if (space2 < 0 || requestLine.indexOf(' ', space2 + 1) >= 0)
        return fail(400, "malformed request line");
    const QByteArrayView method = requestLine.first(space1);
    const QByteArrayView target = requestLine.sliced(space1 + 1, space2 - space1 - 1);
    const QByteArrayView version = requestLine.sliced(space2 + 1);
    if (!isToken(method) || !target.startsWith('/'))
        return fail(400, "malformed request line");
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, "only HTTP/1.0 and HTTP/1.1 are spoken here");
    const bool http11 = version == "HTTP/1.1";
    m_request.method = method.toByteArray();
    const qsizetype question = target.indexOf('?');
    m_request.path = (question < 0 ? target : target.first(question)).toByteArray();
    m_request.query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();

    m_request.headers.reserve(head.count('\n'));
    // Every line after a '\n' is a header line, an empty last one too (it is malformed).
    bool more = firstEol >= 0;
    for (qsizetype at = firstEol + 1; more;) {
        const qsizetype eol = head.indexOf('\n', at);
        QByteArrayView line = head.sliced(at, (eol < 0 ? head.size() : eol) - at);
        more = eol >= 0;
        at = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) // also refuses obsolete line folding
            return fail(400, "malformed header line");
        m_request.headers.append({line.first(colon).toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    buffer->remove(0, end + 4); // the views above end here; removing from the front moves no bytes

    const QByteArray connection = m_request.header("connection");
    m_request.keepAlive = http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    m_expectContinue = m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;

    const QByteArray transfer = m_request.header("transfer-encoding");
    qsizetype lengths = 0;
    for (const auto &header : std::as_const(m_request.headers))
        lengths += header.first == "content-length";
    if (!transfer.isEmpty()) {
        // Only "chunked" (alone, or last) is understood; both framings at once is a smuggling
        // attempt or a broken client (RFC 9112 6.1).
        if (!transfer.trimmed().toLower().endsWith("chunked"))
            return fail(501, "unsupported Transfer-Encoding " + transfer);
        if (lengths > 0)
            return fail(400, "both Transfer-Encoding and Content-Length");
        m_chunked = true;
        m_phase = Phase::ChunkSize;
    } else if (lengths > 0) {
        if (lengths > 1)
            return fail(400, "more than one Content-Length");
        bool ok = false;
        const QByteArray text = m_request.header("content-length");
        const qint64 length = text.toLongLong(&ok);
        if (!ok || length < 0 || text.startsWith('+'))
            return fail(400, "invalid Content-Length");
        if (length > m_maxBody)
            return fail(413,
                "body of " + QByteArray::number(length) + " bytes is over the limit of " + QByteArray::number(m_maxBody)
                    + " bytes");
        m_contentLength = length;
        m_phase = Phase::Body;
        m_request.body.reserve(length);
    } else {
        m_contentLength = 0;
        m_phase = Phase::Body;
    }
    return Status::HeadersDone;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray *buffer)
{
    for (;;) {
        switch (m_phase) {
        case Phase::Failed:
            return Status::Error;
        case Phase::Done:
            return Status::Complete;
        case Phase::Head: {
            const Status status = parseHead(buffer);
            if (status != Status::HeadersDone)
                return status;
            return Status::HeadersDone;
        }
        case Phase::Body: {
            const qsizetype want = m_contentLength - m_request.body.size();
            const qsizetype take = std::min(want, buffer->size());
            if (take > 0) {
                if (take == buffer->size() && m_request.body.isEmpty() && take == want)
                    m_request.body = std::exchange(*buffer, {}); // the common case: one read, no copy
                else {
                    m_request.body.append(buffer->constData(), take);
                    buffer->remove(0, take);
                }
            }
            if (m_request.body.size() < m_contentLength)
                return Status::NeedMore;
            m_phase = Phase::Done;
            return Status::Complete;
        }
        case Phase::ChunkSize: {
            const qsizetype eol = buffer->indexOf("\r\n");
            if (eol > maxChunkLine || (eol < 0 && buffer->size() - 1 > maxChunkLine))
                return fail(400, "malformed chunk size line");
            if (eol < 0)
                return Status::NeedMore;
            QByteArray line = buffer->left(eol);
            buffer->remove(0, eol + 2);
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            if (semicolon >= 0)
                line.truncate(semicolon);
            line = line.trimmed();
            bool ok = false;
            const qint64 size = line.toLongLong(&ok, 16);
            if (!ok || size < 0 || line.size() > 15)
                return fail(400, "malformed chunk size");
            if (size > m_maxBody - m_request.body.size())
                return fail(413, "chunked body over the limit of " + QByteArray::number(m_maxBody) + " bytes");
            m_chunkLeft = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qsizetype take = std::min<qint64>(m_chunkLeft, buffer->size());
            m_request.body.append(buffer->constData(), take);
            buffer->remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return Status::NeedMore;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd:
            if (buffer->size() < 2)
                return Status::NeedMore;
            if (!buffer->startsWith("\r\n"))
                return fail(400, "chunk data longer than its size");
            buffer->remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            // Trailer fields are read and dropped, up to the blank line.
            const qsizetype eol = buffer->indexOf("\r\n");
            m_trailerBytes += eol < 0 ? 0 : eol + 2;
            if (m_trailerBytes > m_maxHeader || (eol < 0 && m_trailerBytes + buffer->size() - 1 > m_maxHeader))
                return fail(431, "trailers too large");
            if (eol < 0)
                return Status::NeedMore;
            buffer->remove(0, eol + 2);
            if (eol == 0) {
                m_phase = Phase::Done;
                return Status::Complete;
            }
            break;
        }
        }
    }
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest request = std::exchange(m_request, {});
    m_phase = Phase::Head;
    m_contentLength = -1;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_chunked = false;
    m_expectContinue = false;
    return request;
}

} // namespace lookout
