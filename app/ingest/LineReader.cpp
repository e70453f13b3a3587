#include "ingest/LineReader.h"

#include "ingest/InputLimits.h"

#include <QFile>

#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace lookout {

struct LineReader::Impl
{
    gzFile file = nullptr;
};

LineReader::LineReader(const QString &path, qsizetype maxLineLength)
    : d(std::make_unique<Impl>())
    , m_maxLineLength(maxLineLength)
{
    d->file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!d->file)
        m_error = QStringLiteral("cannot open: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    else
        gzbuffer(d->file, 256 * 1024);
}

LineReader::~LineReader()
{
    if (d->file)
        gzclose(d->file);
}

bool LineReader::isOpen() const
{
    return d->file != nullptr;
}

qint64 LineReader::compressedOffset() const
{
    return d->file ? qint64(gzoffset(d->file)) : 0;
}

bool LineReader::fill()
{
    if (m_eof || !d->file)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    constexpr int chunk = 256 * 1024;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunk);
    const int n = gzread(d->file, m_buffer.data() + old, chunk);
    if (n < 0) {
        int code = 0;
        m_error = QString::fromLocal8Bit(gzerror(d->file, &code));
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + n);
    if (n == 0)
        m_eof = true;
    m_decompressed += n;
    if (!gzdirect(d->file) && InputLimits::expandsTooMuch(gzoffset(d->file), m_decompressed)) {
        m_error = InputLimits::expansionError(gzoffset(d->file), m_decompressed);
        m_buffer.resize(old); // the partial line in the buffer is not a line
        m_eof = true;
        return false;
    }
    return n > 0;
}

LineReader::Status LineReader::next(QByteArray *line)
{
    if (!d->file)
        return Status::Error;
    bool skipping = false; // inside an over-long line: discard until its end
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_pos);
        if (nl >= 0) {
            ++m_lineNumber;
            if (skipping) {
                m_pos = nl + 1;
                return Status::TooLong;
            }
            qsizetype end = nl;
            if (end > m_pos && m_buffer.at(end - 1) == '\r')
                --end;
            *line = m_buffer.mid(m_pos, end - m_pos);
            m_pos = nl + 1;
            return Status::Line;
        }
        if (m_buffer.size() - m_pos > m_maxLineLength) {
            skipping = true;
            m_buffer.clear();
            m_pos = 0;
        }
        if (!fill()) {
            if (!m_error.isEmpty())
                return Status::Error;
            if (m_pos < m_buffer.size() || skipping) {
                ++m_lineNumber;
                *line = m_buffer.mid(m_pos);
                m_buffer.clear();
                m_pos = 0;
                return skipping ? Status::TooLong : Status::Line;
            }
            return Status::End;
        }
    }
}

} // namespace lookout
