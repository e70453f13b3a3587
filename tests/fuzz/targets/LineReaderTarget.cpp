#include "FuzzTargets.h"
#include "ingest/LineReader.h"

#include <QByteArray>
#include <QString>

#include <sys/mman.h>
#include <unistd.h>

namespace lookout::fuzz {

int lineReader(const uint8_t *data, size_t size)
{
    // The input is a file's content (gzip or not); LineReader opens files by name, so it gets an
    // in-memory file. The first byte picks the line-length limit, so the over-long path is reached
    // with small inputs.
    if (size == 0)
        return 0;
    const qsizetype maxLine = 1 + data[0] % 64;
    ++data;
    --size;
    static const int fd = memfd_create("lookout-fuzz-lines", 0);
    FUZZ_CHECK(fd >= 0);
    FUZZ_CHECK(ftruncate(fd, 0) == 0);
    FUZZ_CHECK(pwrite(fd, data, size, 0) == ssize_t(size));
    LineReader reader(QStringLiteral("/proc/self/fd/%1").arg(fd), maxLine);
    FUZZ_CHECK(reader.isOpen());
    QByteArray line;
    qint64 lines = 0;
    for (;;) {
        const LineReader::Status status = reader.next(&line);
        if (status == LineReader::Status::End || status == LineReader::Status::Error)
            break;
        ++lines;
        FUZZ_CHECK(reader.lineNumber() == lines);
        if (status == LineReader::Status::Line) {
            FUZZ_CHECK(!line.contains('\n'));
            FUZZ_CHECK(line.size() <= maxLine + 256 * 1024); // bounded by the limit plus one read
        }
        // A line needs at least one byte of input, even through gzip.
        FUZZ_CHECK(lines <= qint64(size) * 1100 + 1);
    }
    return 0;
}

} // namespace lookout::fuzz
