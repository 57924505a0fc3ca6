#include "test_database.h"

#include "server/storage/database_url.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <cstdlib>

namespace lyceum::test {

namespace {
QAtomicInt g_probes;

// Runs one statement on the cluster's maintenance database through a connection of our own.
bool onCluster(const QString &sql, QString *error, QVariant *value = nullptr) {
    const std::optional<server::DatabaseUrl> url =
        server::DatabaseUrl::parse(TestDatabase::clusterUrl(), error);
    if (!url)
        return false;
    const QString name = QStringLiteral("test-cluster-%1").arg(g_probes.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url->host);
        if (url->port != 0)
            db.setPort(url->port);
        db.setUserName(url->user);
        db.setDatabaseName(url->databaseName);
        db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            else if (value && q.next())
                *value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Before main(): every executable linking the harness checks its backend once.
const bool g_checked = [] {
    TestDatabase::requireBackend();
    return true;
}();
} // namespace

bool TestDatabase::wantsPostgres() {
    return qEnvironmentVariable("LYCEUM_TEST_BACKEND") == QLatin1String("postgresql");
}

QString TestDatabase::clusterUrl() {
    return qEnvironmentVariable("LYCEUM_TEST_POSTGRES");
}

void TestDatabase::requireBackend() {
    if (!wantsPostgres() || !clusterUrl().isEmpty())
        return;
    if (qEnvironmentVariable("CI") == QLatin1String("true")) {
        std::fputs("FAIL: LYCEUM_TEST_BACKEND=postgresql but LYCEUM_TEST_POSTGRES is not set "
                   "(scripts/ci/tests-in-session.sh starts a cluster)\n",
                   stderr);
        std::exit(1);
    }
    std::fputs("SKIP: no PostgreSQL cluster (LYCEUM_TEST_POSTGRES); run the tests through "
               "scripts/ci/tests-in-session.sh\n",
               stderr);
    std::exit(77);
}

TestDatabase::TestDatabase(bool fresh) {
    if (!fresh || !wantsPostgres())
        return;
    m_schema = QStringLiteral("t_%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->generate64(), 0, 36);
}

TestDatabase::~TestDatabase() {
    if (m_schema.isEmpty())
        return;
    QString error;
    if (!onCluster(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema), &error))
        qWarning("cannot drop the test schema %s: %s", qPrintable(m_schema), qPrintable(error));
}

QVariant TestDatabase::clusterScalar(const QString &sql) {
    QString error;
    QVariant value;
    if (!onCluster(sql, &error, &value))
        qWarning("cluster query failed: %s", qPrintable(error));
    return value;
}

QString TestDatabase::url(const QString &dataDir) const {
    if (m_schema.isEmpty())
        return QStringLiteral("sqlite:") %
               QDir(dataDir).filePath(QStringLiteral("lyceum-server.sqlite3"));
    return clusterUrl() % QStringLiteral("&schema=") % m_schema;
}

} // namespace lyceum::test
