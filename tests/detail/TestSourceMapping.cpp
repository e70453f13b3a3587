// Source mapping reads files named by events, that is by anyone who can send one: every way out
// of the mapped folder must be refused. "Open in editor" is tested by the command it builds;
// nothing is started.

#include "source/EditorCommand.h"
#include "source/SourceMapping.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;
using Refusal = SourceMapping::Refusal;

Q_DECLARE_METATYPE(lookout::SourceMapping::Refusal)

class TestSourceMapping : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_root; // the checkout: <tmp>/checkout
    QString m_outside; // a secret next to it: <tmp>/secret.txt
    SourceMapping m_mapping;

    void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(u"checkout"_s);
        m_outside = m_dir.filePath(u"secret.txt"_s);
        write(m_root + u"/app/views.py"_s, "import os\r\n\ndef view():\n    return 1\n");
        write(m_root + u"/src/App.tsx"_s, "export const App = () => null;\n");
        write(m_root + u"/big.txt"_s, QByteArray(SourceMapping::maxFileSize + 1, 'x'));
        write(m_outside, "password\n");
        QDir().mkpath(m_root + u"/a_dir"_s);
        QVERIFY(QFile::link(m_outside, m_root + u"/app/leak.py"_s)); // a symlink out of the root
        QVERIFY(QFile::link(m_dir.path(), m_root + u"/parent"_s)); // a directory symlink out
        QVERIFY(QFile::link(m_root + u"/app/views.py"_s, m_root + u"/alias.py"_s)); // inside: fine
        QVERIFY(QFile::link(m_root + u"/app/leak.py"_s, m_root + u"/hop.py"_s)); // inside, then out
        m_mapping.setMappings(u"shop"_s,
            {{u"/usr/src/app"_s, m_root}, {u"webpack:///./"_s, m_root}, {u"C:\\build\\shop\\"_s, m_root},
                {u"/usr/src/app/vendor/"_s, m_dir.filePath(u"nowhere"_s)}});
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Refusal>("refusal");
        QTest::addColumn<QString>("file"); // relative to the checkout, when resolved
        QTest::newRow("prefix without slash") << u"/usr/src/app/app/views.py"_s << Refusal::None << u"app/views.py"_s;
        QTest::newRow("webpack url") << u"webpack:///./src/App.tsx"_s << Refusal::None << u"src/App.tsx"_s;
        QTest::newRow("windows path") << u"C:\\build\\shop\\app\\views.py"_s << Refusal::None << u"app/views.py"_s;
        QTest::newRow("dot segments stay inside") << u"/usr/src/app/./app/./views.py"_s << Refusal::None << u"app/views.py"_s;
        QTest::newRow("symlink inside the root") << u"/usr/src/app/alias.py"_s << Refusal::None << u"app/views.py"_s;
        QTest::newRow("no mapping") << u"/etc/passwd"_s << Refusal::NoMapping << QString();
        QTest::newRow("other project's prefix only at a separator")
            << u"/usr/src/application/x.py"_s << Refusal::NoMapping << QString();
        QTest::newRow("parent segment") << u"/usr/src/app/../../../etc/passwd"_s << Refusal::ParentSegment << QString();
        QTest::newRow("parent segment, later") << u"/usr/src/app/app/../../secret.txt"_s << Refusal::ParentSegment << QString();
        QTest::newRow("parent segment, backslashes")
            << u"C:\\build\\shop\\..\\secret.txt"_s << Refusal::ParentSegment << QString();
        QTest::newRow("parent segment, webpack") << u"webpack:///./../secret.txt"_s << Refusal::ParentSegment << QString();
        QTest::newRow("absolute remainder") << u"/usr/src/app//etc/passwd"_s << Refusal::AbsolutePath << QString();
        QTest::newRow("absolute remainder, drive") << u"webpack:///./C:/Windows/win.ini"_s << Refusal::AbsolutePath << QString();
        QTest::newRow("home remainder") << u"webpack:///./~/.ssh/id_rsa"_s << Refusal::AbsolutePath << QString();
        QTest::newRow("NUL") << u"/usr/src/app/app/views.py\0.png"_s << Refusal::InvalidPath << QString();
        QTest::newRow("just the prefix") << u"/usr/src/app"_s << Refusal::InvalidPath << QString();
        QTest::newRow("symlink to a file outside") << u"/usr/src/app/app/leak.py"_s << Refusal::OutsideRoot << QString();
        QTest::newRow("through a directory symlink") << u"/usr/src/app/parent/secret.txt"_s << Refusal::OutsideRoot << QString();
        QTest::newRow("missing") << u"/usr/src/app/app/gone.py"_s << Refusal::NotFound << QString();
        QTest::newRow("a directory") << u"/usr/src/app/a_dir"_s << Refusal::NotAFile << QString();
        QTest::newRow("too large") << u"/usr/src/app/big.txt"_s << Refusal::TooLarge << QString();
        // Encoded escapes are not decoded: they name a file of that literal name, which is not there.
        QTest::newRow("url-encoded parent") << u"/usr/src/app/%2e%2e/secret.txt"_s << Refusal::NotFound << QString();
        QTest::newRow("url-encoded parent and slash")
            << u"/usr/src/app/app/%2E%2E%2F%2E%2E%2Fsecret.txt"_s << Refusal::NotFound << QString();
        QTest::newRow("url-encoded, webpack") << u"webpack:///./%2e%2e%5csecret.txt"_s << Refusal::NotFound << QString();
        QTest::newRow("backslash parent") << u"/usr/src/app/app\\..\\..\\secret.txt"_s << Refusal::ParentSegment << QString();
        QTest::newRow("drive remainder, backslashes")
            << u"webpack:///./C:\\..\\secret.txt"_s << Refusal::AbsolutePath << QString();
        QTest::newRow("drive-relative remainder") << u"webpack:///./C:secret.txt"_s << Refusal::AbsolutePath << QString();
        QTest::newRow("UNC remainder") << u"webpack:///./\\\\server\\share\\x.py"_s << Refusal::AbsolutePath << QString();
        QTest::newRow("absolute path of the secret")
            << QString(u"/usr/src/app/"_s + m_outside) << Refusal::AbsolutePath << QString();
        QTest::newRow("absolute path of the secret, windows prefix")
            << QString(u"C:\\build\\shop\\"_s + m_outside) << Refusal::AbsolutePath << QString();
        QTest::newRow("symlink to a symlink out") << u"/usr/src/app/hop.py"_s << Refusal::OutsideRoot << QString();
        QTest::newRow("longest prefix wins, its root is gone") << u"/usr/src/app/vendor/lib.py"_s << Refusal::NoRoot << QString();
    }

    void resolve()
    {
        QFETCH(QString, path);
        QFETCH(Refusal, refusal);
        QFETCH(QString, file);
        const SourceMapping::Resolution resolution = m_mapping.resolve(u"shop"_s, path);
        QCOMPARE(resolution.refusal, refusal);
        if (refusal == Refusal::None)
            QCOMPARE(resolution.localPath, QFileInfo(m_root + u'/' + file).canonicalFilePath());
        else
            QVERIFY(resolution.localPath.isEmpty());
        QVERIFY(!SourceMapping::describe(refusal).isEmpty() || refusal == Refusal::None);
        // Another project has no mappings at all.
        QCOMPARE(m_mapping.resolve(u"other"_s, path).refusal, Refusal::NoMapping);
    }

    void readsContextLines()
    {
        Refusal refusal = Refusal::NoMapping;
        const std::optional<LocalSource> source
            = m_mapping.readContext(u"shop"_s, {u"/elsewhere/views.py"_s, u"/usr/src/app/app/views.py"_s}, 3, 5, 1, &refusal);
        QCOMPARE(refusal, Refusal::None);
        QVERIFY(source);
        QCOMPARE(source->firstLine, 1);
        QCOMPARE(source->lines, QStringList({u"import os"_s, QString(), u"def view():"_s, u"    return 1"_s}));
        QVERIFY(!m_mapping.readContext(u"shop"_s, {u"/usr/src/app/app/views.py"_s}, 40, 2, 2, &refusal));
        QCOMPARE(refusal, Refusal::NotFound); // past the end of the file
        QVERIFY(!m_mapping.readContext(u"shop"_s, {u"/usr/src/app/app/leak.py"_s}, 1, 2, 2, &refusal));
        QCOMPARE(refusal, Refusal::OutsideRoot);
        QVERIFY(m_mapping.covers(u"shop"_s, u"/usr/src/app/app/leak.py"_s));
        QVERIFY(!m_mapping.covers(u"shop"_s, u"/srv/x.py"_s));
    }

    void settingsRoundTrip()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_mapping.save(settings);
        SourceMapping loaded;
        loaded.load(settings);
        QCOMPARE(loaded.mappings(u"shop"_s), m_mapping.mappings(u"shop"_s));
        // Incomplete rows are dropped; an empty list removes the project.
        loaded.setMappings(u"shop"_s, {{u"/x/"_s, QString()}});
        QVERIFY(loaded.projects().isEmpty());
    }

    void editorCommands_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("visual");
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("terminal");
        const QString file = u"/home/ada/shop/app/views.py"_s;
        QTest::newRow("configured template") << u"code --goto {file}:{line}"_s << u"vim"_s << QString()
                                             << QStringList {u"code"_s, u"--goto"_s, file + u":12"_s} << false;
        QTest::newRow("template without {file}")
            << u"my-editor --wait"_s << QString() << QString() << QStringList {u"my-editor"_s, u"--wait"_s, file} << false;
        QTest::newRow("quoted program") << QStringLiteral(R"("/opt/My Editor/bin/ed" -l {line} {file})") << QString() << QString()
                                        << QStringList {u"/opt/My Editor/bin/ed"_s, u"-l"_s, u"12"_s, file} << false;
        QTest::newRow("VISUAL before EDITOR")
            << QString() << u"nvim"_s << u"nano"_s << QStringList {u"nvim"_s, u"+12"_s, file} << true;
        QTest::newRow("EDITOR") << QString() << QString() << u"nano"_s << QStringList {u"nano"_s, u"+12"_s, file} << true;
        QTest::newRow("vscode with options") << QString() << u"code --wait"_s << QString()
                                             << QStringList {u"code"_s, u"--wait"_s, u"--goto"_s, file + u":12"_s} << false;
        QTest::newRow("kate") << QString() << u"/usr/bin/kate"_s << QString()
                              << QStringList {u"/usr/bin/kate"_s, u"--line"_s, u"12"_s, file} << false;
        QTest::newRow("sublime") << QString() << u"subl"_s << QString() << QStringList {u"subl"_s, file + u":12"_s} << false;
        QTest::newRow("emacsclient") << QString() << u"emacsclient -c"_s << QString()
                                     << QStringList {u"emacsclient"_s, u"-c"_s, u"+12"_s, file} << false;
        QTest::newRow("unknown editor: the file alone")
            << QString() << u"ed"_s << QString() << QStringList {u"ed"_s, file} << false;
    }

    void editorCommands()
    {
        QFETCH(QString, configured);
        QFETCH(QString, visual);
        QFETCH(QString, editor);
        QFETCH(QStringList, command);
        QFETCH(bool, terminal);
        QProcessEnvironment environment;
        if (!visual.isEmpty())
            environment.insert(u"VISUAL"_s, visual);
        if (!editor.isEmpty())
            environment.insert(u"EDITOR"_s, editor);
        const EditorLaunch launch = EditorCommand::build(u"/home/ada/shop/app/views.py"_s, 12, configured, environment);
        QVERIFY(launch.isValid());
        QCOMPARE(QStringList {launch.program} + launch.arguments, command);
        QCOMPARE(launch.needsTerminal, terminal);
    }

    void fileNamesNeverSplitOrInject()
    {
        // A file name with spaces, quotes and shell syntax stays one argument; no shell runs it.
        const QString file = u"/tmp/a b/\"x\"; rm -rf ~ $(id).py"_s;
        const EditorLaunch launch = EditorCommand::build(file, 3, u"code --goto {file}:{line}"_s, {});
        QCOMPARE(launch.arguments, QStringList({u"--goto"_s, file + u":3"_s}));
    }

    void terminalEditorsGetATerminal()
    {
        QProcessEnvironment environment;
        environment.insert(u"EDITOR"_s, u"vim"_s);
        const EditorLaunch vim = EditorCommand::build(u"/x.py"_s, 7, {}, environment);
        QCOMPARE(EditorCommand::inTerminal(vim, environment).program, u"x-terminal-emulator"_s);
        environment.insert(u"TERMINAL"_s, u"foot --app-id lookout"_s);
        const EditorLaunch wrapped = EditorCommand::inTerminal(vim, environment);
        QCOMPARE(QStringList {wrapped.program} + wrapped.arguments,
            QStringList({u"foot"_s, u"--app-id"_s, u"lookout"_s, u"-e"_s, u"vim"_s, u"+7"_s, u"/x.py"_s}));
        const EditorLaunch code = EditorCommand::build(u"/x.py"_s, 7, u"code -g {file}:{line}"_s, environment);
        QCOMPARE(EditorCommand::inTerminal(code, environment).program, u"code"_s);
    }

    void noEditorConfigured()
    {
        const EditorLaunch launch = EditorCommand::build(u"/x.py"_s, 1, {}, {});
        QVERIFY(!launch.isValid());
        QVERIFY(launch.error.contains(u"EDITOR"_s));
        QVERIFY(!EditorCommand::build(QString(), 1, u"code {file}"_s, {}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSourceMapping)
#include "TestSourceMapping.moc"
