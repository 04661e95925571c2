#include "tests/fuzz/FuzzTargets.h"
#include "tests/support/Samples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

using namespace CampDesk::Fuzz;

// Every input a fuzz target failed on (tests/data/fuzz/<target>/) and every
// seed (tests/fuzz/seeds.txt, tests/fuzz/corpus/<target>/) goes through the
// same entry function as in the fuzzer, in the ordinary sanitized build: a
// fixed parser must stay fixed without clang or libFuzzer.
namespace {

const QString fuzzDir = QStringLiteral(CAMPDESK_FUZZ_DIR);

// The files of a folder, or the file itself.
QStringList filesAt(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {info.absoluteFilePath()};
    QStringList files;
    for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files, QDir::Name))
        files << entry.absoluteFilePath();
    return files;
}

// seeds.txt: target -> its seed paths, resolved.
QHash<QString, QStringList> seedManifest()
{
    QHash<QString, QStringList> seeds;
    QFile file(fuzzDir + QStringLiteral("/seeds.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return seeds;
    const QDir repository(QStringLiteral(CAMPDESK_SOURCE_DIR));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString target = line.section(u' ', 0, 0);
        const QString path = line.section(u' ', 1).trimmed();
        if (!path.startsWith(QLatin1String("samples/")))
            seeds[target] << repository.filePath(path);
        else if (CampDesk::Testing::samplesAvailable())
            seeds[target] << CampDesk::Testing::samplePath(path.section(u'/', 1));
    }
    return seeds;
}

int feed(const FuzzTarget &target, const QStringList &files)
{
    int fed = 0;
    for (const QString &path : files) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_EQ(target.run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0)
            << target.name << ": " << path.toStdString();
        ++fed;
    }
    return fed;
}

class FuzzRegressionTest : public ::testing::TestWithParam<FuzzTarget> { };

} // namespace

TEST(FuzzRegressionManifest, NamesOnlyTargetsAndExistingFiles)
{
    ASSERT_TRUE(QFile::exists(fuzzDir + QStringLiteral("/seeds.txt")));
    QSet<QString> known;
    for (const FuzzTarget &target : targets())
        known.insert(QString::fromLatin1(target.name));
    EXPECT_EQ(known.size(), 14) << "a target was added or lost: update this test, CMake and seeds.txt";
    const QHash<QString, QStringList> seeds = seedManifest();
    EXPECT_FALSE(seeds.isEmpty());
    for (auto it = seeds.cbegin(); it != seeds.cend(); ++it) {
        EXPECT_TRUE(known.contains(it.key())) << "seeds.txt names an unknown target " << it.key().toStdString();
        for (const QString &path : it.value())
            EXPECT_FALSE(filesAt(path).isEmpty()) << "seeds.txt: nothing at " << path.toStdString();
    }
}

TEST_P(FuzzRegressionTest, FormerFailuresAndSeedsParse)
{
    const FuzzTarget &target = GetParam();
    const QString name = QString::fromLatin1(target.name);

    const QString failures = QStringLiteral(CAMPDESK_TEST_DATA "/fuzz/") + name;
    const int formerFailures = feed(target, filesAt(failures));
    if (QDir(failures).exists()) {
        EXPECT_GT(formerFailures, 0) << failures.toStdString() << " is empty";
    }

    int seeds = feed(target, filesAt(fuzzDir + QStringLiteral("/corpus/") + name));
    for (const QString &path : seedManifest().value(name))
        seeds += feed(target, filesAt(path));
    // Every target is seeded: an empty run would pass without testing anything.
    EXPECT_GT(seeds + formerFailures, 0) << "no input at all for " << target.name;
}

INSTANTIATE_TEST_SUITE_P(FuzzRegression, FuzzRegressionTest, ::testing::ValuesIn(targets().begin(), targets().end()),
                         [](const ::testing::TestParamInfo<FuzzTarget> &param) {
                             return std::string(param.param.name);
                         });
